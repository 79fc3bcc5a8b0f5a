import { listOf, optionalItemNumber, optionalText, verbatimText, type IsoDate } from '../calendar.js';
import type { CaseId } from '../case-id.js';
import type { CaseState } from '../case-state.js';
import { ensureMeeting, isCancelled, presentIfGiven, streams, writes } from '../command.js';
import {
  ClosedItemContent,
  DecidingBodyUnknown,
  DecisionBeforeMeeting,
  DuplicateDecision,
  InvalidInput,
  ItemAlreadyPostponed,
  ItemNotOnAgenda,
  MeetingIsCancelled,
} from '../errors.js';
import { event, type DecisionTaken, type ItemReferred, type StreamEvents } from '../events.js';
import { LIMITS } from '../limits.js';
import type { MeetingState } from '../meeting-state.js';
import { parseOutcome } from '../outcome.js';
import { voteLinesOf } from '../vote-lines.js';
import type { RecordDecision } from './record-decision.command.js';

export interface RecordDecisionContext {
  /** Today's date, from the injected clock. */
  today: IsoDate;
}

/**
 * Records what a body decided on an item. Needs the item on the meeting's agenda (or brings it),
 * a meeting that was not cancelled and has taken place, and no earlier decision there (a second
 * one is a correction). `recommended` also refers the case on to the deciding body.
 */
export function decideRecordDecision(
  command: RecordDecision,
  state: { caseId: CaseId; case: CaseState; meeting: MeetingState },
  context: RecordDecisionContext,
): StreamEvents[] {
  const { input } = command;
  const outcome = parseOutcome(input.outcome, 'outcome');
  // Kept exactly as written; only an empty text is refused.
  if (typeof input.decisionText !== 'string' || input.decisionText.trim() === '') throw new InvalidInput('decisionText', 'must not be empty');
  const decisionText = verbatimText(input.decisionText, 'decisionText');
  const pointOutcomes = listOf(input.pointOutcomes, 'pointOutcomes', (p, i) => ({
    point: optionalItemNumber(p.point, `pointOutcomes[${i}].point`) ?? 0,
    outcome: parseOutcome(p.outcome, `pointOutcomes[${i}].outcome`),
    text: verbatimText(p.text ?? '', `pointOutcomes[${i}].text`),
  }));
  const remarks = optionalText(input.remarks, 'remarks');
  const voteLines = voteLinesOf(input);

  const { meeting, events: meetingEvents } = ensureMeeting(input.meeting, state.meeting);
  if (isCancelled(state.meeting)) throw new MeetingIsCancelled(meeting.meetingId);
  if (meeting.meetingDate > context.today) throw new DecisionBeforeMeeting(meeting.meetingId, meeting.meetingDate);

  const agenda = presentIfGiven(state.caseId, state.case, meeting, input.agendaItem, 'agendaItem', optionalItemNumber(input.itemNumber, 'itemNumber'));
  const { appearance } = agenda;
  if (!appearance?.presented && agenda.caseEvents.length === 0) throw new ItemNotOnAgenda(state.caseId, meeting.meetingId);
  if (appearance?.decision) throw new DuplicateDecision(state.caseId, meeting.meetingId, appearance.decision.eventId);
  if (appearance?.postponement) throw new ItemAlreadyPostponed(state.caseId, meeting.meetingId);
  if (appearance?.closed || input.agendaItem?.closed) throw new ClosedItemContent(state.caseId, 'decision');

  const itemNumber = appearance?.itemNumber ?? input.agendaItem?.itemNumber;
  const at = {
    caseId: state.caseId,
    meetingId: meeting.meetingId,
    body: meeting.body,
    meetingDate: meeting.meetingDate,
    ...(itemNumber !== undefined ? { itemNumber } : {}),
  };
  const caseEvents: Array<DecisionTaken | ItemReferred> = [
    event<DecisionTaken>('DecisionTaken', {
      ...at,
      outcome,
      decisionText,
      ...(remarks ? { remarks } : {}),
      pointOutcomes,
      ...voteLines,
    }),
  ];
  if (outcome === 'recommended') {
    const toBody = optionalText(input.decidingBody, 'decidingBody', LIMITS.name) ?? appearance?.decidingBody ?? optionalText(input.agendaItem?.decidingBody, 'agendaItem.decidingBody', LIMITS.name);
    if (toBody) caseEvents.push(event<ItemReferred>('ItemReferred', { ...at, toBody }));
    else if (input.recipientUnstated !== true) throw new DecidingBodyUnknown(state.caseId);
  }
  return writes(
    [streams.case(state.caseId), [...agenda.caseEvents, ...caseEvents]],
    [streams.meeting(meeting.meetingId), [...meetingEvents, ...agenda.meetingEvents]],
  );
}
