import { requireText } from '../calendar.js';
import type { CaseId } from '../case-id.js';
import { appearanceAt, initialCaseState, type CaseState } from '../case-state.js';
import { ensureMeeting, isCancelled, streams, writes } from '../command.js';
import { MeetingHasDecisions } from '../errors.js';
import { event, type ItemPostponed, type MeetingCancelled, type StreamEvents } from '../events.js';
import { agenda, type MeetingState } from '../meeting-state.js';
import type { CancelMeeting } from './cancel-meeting.command.js';

export interface CancelMeetingState {
  meeting: MeetingState;
  /** The state of every case on the meeting's agenda, by the case id the agenda names. */
  cases: ReadonlyMap<CaseId, { caseId: CaseId; state: CaseState }>;
}

/**
 * Cancels a meeting and postpones every item on its agenda, with the cancellation as the reason.
 * Items already postponed there are left alone; a meeting with recorded decisions was held, so
 * cancelling it is refused. Cancelling twice is a no-op.
 */
export function decideCancelMeeting(command: CancelMeeting, state: CancelMeetingState): StreamEvents[] {
  const reason = requireText(command.input.reason, 'reason');
  const { meeting, events } = ensureMeeting(command.input.meeting, state.meeting);
  if (isCancelled(state.meeting)) return [];

  const items = agenda(state.meeting).map((item) => {
    const target = state.cases.get(item.caseId) ?? { caseId: item.caseId, state: initialCaseState() };
    return { item, ...target, appearance: appearanceAt(target.state, meeting.meetingId, item.itemNumber) };
  });
  const decided = items.filter((i) => i.appearance?.decision).map((i) => i.caseId);
  if (decided.length > 0) throw new MeetingHasDecisions(meeting.meetingId, decided);

  const cancelled = event<MeetingCancelled>('MeetingCancelled', { meetingId: meeting.meetingId, body: meeting.body, meetingDate: meeting.meetingDate, reason });
  // A provisional case on the agenda that was linked to a real case also on it: postponed once.
  const postponements = items
    .filter((i, index) => !i.appearance?.postponement && items.findIndex((other) => other.caseId === i.caseId) === index)
    .map(({ caseId, item, appearance }) => {
      const itemNumber = appearance?.itemNumber ?? item.itemNumber;
      const postponed = event<ItemPostponed>('ItemPostponed', {
        caseId,
        meetingId: meeting.meetingId,
        body: meeting.body,
        meetingDate: meeting.meetingDate,
        ...(itemNumber !== undefined ? { itemNumber } : {}),
        reason,
        causedByCancellation: true,
      });
      return [streams.case(caseId), [postponed]] as [string, ItemPostponed[]];
    });
  return writes([streams.meeting(meeting.meetingId), [...events, cancelled]], ...postponements);
}
