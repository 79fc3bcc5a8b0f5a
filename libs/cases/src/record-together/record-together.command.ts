import type { CancelMeeting } from '../domain/cancel-meeting/cancel-meeting.command.js';
import type { CorrectFact } from '../domain/correct-fact/correct-fact.command.js';
import type { LinkProvisionalCase } from '../domain/link-provisional-case/link-provisional-case.command.js';
import type { NoteEarlierTreatment } from '../domain/note-earlier-treatment/note-earlier-treatment.command.js';
import type { PostponeItem } from '../domain/postpone-item/postpone-item.command.js';
import type { PresentItem } from '../domain/present-item/present-item.command.js';
import type { RecordAttendance } from '../domain/record-attendance/record-attendance.command.js';
import type { RecordDecision } from '../domain/record-decision/record-decision.command.js';
import type { ScheduleMeeting } from '../domain/schedule-meeting/schedule-meeting.command.js';

export type CaseCommand =
  | ScheduleMeeting
  | RecordAttendance
  | CancelMeeting
  | PresentItem
  | PostponeItem
  | RecordDecision
  | NoteEarlierTreatment
  | LinkProvisionalCase
  | CorrectFact;

/**
 * Records several commands in one transaction, each decided after the ones before it (an imported
 * referat: its meeting, agenda and every item's facts). Each command keeps its own idempotency key,
 * events and outcome; `requires` names an earlier entry whose failure skips this one. `prefetch`:
 * streams worth reading in one round trip before deciding (the meeting's and its cases').
 */
export class RecordTogether {
  static readonly type = 'RecordTogether';
  constructor(
    readonly entries: ReadonlyArray<{ command: CaseCommand; requires?: number }>,
    readonly prefetch: readonly string[] = [],
  ) {}
}
