import { optionalItemNumber, optionalText } from '../calendar.js';
import type { CaseId } from '../case-id.js';
import type { CaseState } from '../case-state.js';
import { ensureMeeting, presentIfGiven, streams, writes } from '../command.js';
import { ItemAlreadyDecided, ItemNotOnAgenda } from '../errors.js';
import { event, type ItemPostponed, type StreamEvents } from '../events.js';
import { cancellation, type MeetingState } from '../meeting-state.js';
import { voteLinesOf } from '../vote-lines.js';
import type { PostponeItem } from './postpone-item.command.js';

/**
 * Postpones the case's item at a meeting (`Udsættes`). The item must be on that meeting's agenda,
 * or the command brings the agenda entry. At a cancelled meeting the postponement is marked as
 * caused by the cancellation. Postponing twice is a no-op; a decided item cannot be postponed. Vote
 * lines and reservations on the postponement are kept with it, as with a decision.
 */
export function decidePostponeItem(command: PostponeItem, state: { caseId: CaseId; case: CaseState; meeting: MeetingState }): StreamEvents[] {
  const { input } = command;
  const voteLines = voteLinesOf(input);
  const { meeting, events: meetingEvents } = ensureMeeting(input.meeting, state.meeting);
  const agenda = presentIfGiven(state.caseId, state.case, meeting, input.agendaItem, 'agendaItem', optionalItemNumber(input.itemNumber, 'itemNumber'));
  const { appearance } = agenda;
  if (!appearance?.presented && agenda.caseEvents.length === 0) throw new ItemNotOnAgenda(state.caseId, meeting.meetingId);
  if (appearance?.decision) throw new ItemAlreadyDecided(state.caseId, meeting.meetingId);
  if (appearance?.postponement) return [];

  const cancelled = cancellation(state.meeting);
  const reason = optionalText(input.reason, 'reason') ?? cancelled?.reason;
  const itemNumber = appearance?.itemNumber ?? input.agendaItem?.itemNumber;
  const postponed = event<ItemPostponed>('ItemPostponed', {
    caseId: state.caseId,
    meetingId: meeting.meetingId,
    body: meeting.body,
    meetingDate: meeting.meetingDate,
    ...(itemNumber !== undefined ? { itemNumber } : {}),
    ...(reason ? { reason } : {}),
    causedByCancellation: cancelled !== undefined,
    ...voteLines,
  });
  return writes(
    [streams.case(state.caseId), [...agenda.caseEvents, postponed]],
    [streams.meeting(meeting.meetingId), [...meetingEvents, ...agenda.meetingEvents]],
  );
}
