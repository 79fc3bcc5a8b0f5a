// Domain core: pure, usable by the importer, the REST layer and projections alike.
export * from './domain/errors.js';
export * from './domain/case-number.js';
export * from './domain/case-id.js';
export * from './domain/meeting-id.js';
export * from './domain/municipality/municipality.js';
export * from './domain/calendar.js';
export * from './domain/limits.js';
export * from './domain/outcome.js';
export * from './domain/events.js';
export * from './domain/fact-log.js';
export * from './domain/meeting-state.js';
export * from './domain/case-state.js';
export * from './domain/case-status.js';
export type { CommandMeta, MeetingRef, AgendaItemInput } from './domain/command.js';
export type { VoteLinesInput } from './domain/vote-lines.js';
export { resolveMeetingId } from './domain/command.js';

// Commands and their pure decide functions.
export * from './domain/schedule-meeting/schedule-meeting.command.js';
export * from './domain/schedule-meeting/schedule-meeting.decide.js';
export * from './domain/record-attendance/record-attendance.command.js';
export * from './domain/record-attendance/record-attendance.decide.js';
export * from './domain/cancel-meeting/cancel-meeting.command.js';
export * from './domain/cancel-meeting/cancel-meeting.decide.js';
export * from './domain/present-item/present-item.command.js';
export * from './domain/present-item/present-item.decide.js';
export * from './domain/postpone-item/postpone-item.command.js';
export * from './domain/postpone-item/postpone-item.decide.js';
export * from './domain/record-decision/record-decision.command.js';
export * from './domain/record-decision/record-decision.decide.js';
export * from './domain/note-earlier-treatment/note-earlier-treatment.command.js';
export * from './domain/note-earlier-treatment/note-earlier-treatment.decide.js';
export * from './domain/link-provisional-case/link-provisional-case.command.js';
export * from './domain/link-provisional-case/link-provisional-case.decide.js';
export * from './domain/correct-fact/correct-fact.command.js';
export * from './domain/correct-fact/correct-fact.decide.js';

// Application shell: Nest handlers, runner, injected clock and ids.
export * from './application/clock.js';
export * from './application/id-generator.js';
export * from './application/deterministic-ids.js';
export * from './application/command-runner.js';
export * from './application/load-session.js';
export * from './application/municipality-view.js';
export * from './schedule-meeting/schedule-meeting.handler.js';
export * from './record-attendance/record-attendance.handler.js';
export * from './cancel-meeting/cancel-meeting.handler.js';
export * from './present-item/present-item.handler.js';
export * from './postpone-item/postpone-item.handler.js';
export * from './record-decision/record-decision.handler.js';
export * from './note-earlier-treatment/note-earlier-treatment.handler.js';
export * from './link-provisional-case/link-provisional-case.handler.js';
export * from './correct-fact/correct-fact.handler.js';
export * from './record-together/record-together.command.js';
export * from './record-together/record-together.handler.js';
export * from './cases.module.js';
