import { listOf, optionalItemNumber, optionalText, requireText } from '../calendar.js';
import { isProvisionalCaseId, parseCaseId, provisionalCaseId, provisionalCaseIdAt, type CaseId } from '../case-id.js';
import { CaseNumber } from '../case-number.js';
import { appearanceAt, type CaseState } from '../case-state.js';
import { agendaItemAdded, ensureMeeting, itemPresented, resolveMeetingId, streams, writes } from '../command.js';
import { ClosedItemContent, InvalidInput } from '../errors.js';
import { event, type ItemPostponed, type StreamEvents } from '../events.js';
import { LIMITS } from '../limits.js';
import { cancellation, type MeetingState } from '../meeting-state.js';
import type { PresentItem } from './present-item.command.js';

/**
 * The case the item belongs to: its journal number, else a provisional id from meeting and item
 * number, else (an agenda printed without numbers) from meeting and the item's place on the agenda.
 */
export function presentItemCaseId(command: PresentItem): CaseId {
  const { input } = command;
  if (optionalText(input.caseId, 'caseId', LIMITS.caseId)) return parseCaseId(input.caseId!, 'caseId');
  const itemNumber = optionalItemNumber(input.itemNumber, 'itemNumber');
  if (itemNumber !== undefined) return provisionalCaseId(resolveMeetingId(input.meeting), itemNumber);
  const position = optionalItemNumber(input.agendaPosition, 'agendaPosition');
  if (position === undefined || position === 0) throw new InvalidInput('caseId', 'is required when the item has no number (a provisional id needs one, or the place on the agenda)');
  return provisionalCaseIdAt(resolveMeetingId(input.meeting), position);
}

/**
 * The journal number as the minutes printed it: a real case's from its number; a provisional case's the reference
 * given beside it (one that names no single case). Both at once would leave two printed numbers for one item.
 */
function printedCaseNumber(input: PresentItem['input'], caseId: CaseId): string | undefined {
  const reference = optionalText(input.printedCaseNumber, 'printedCaseNumber', LIMITS.name);
  if (isProvisionalCaseId(caseId)) return reference;
  if (reference !== undefined) throw new InvalidInput('printedCaseNumber', 'is only for an item without a journal number (recorded under a provisional case); a journal number goes in caseNumber and is kept as printed');
  return optionalText(input.caseId) ? CaseNumber.parse(input.caseId!, 'caseId').printed : undefined;
}

/**
 * Puts a case on a meeting's agenda: ItemPresented on the case, AgendaItemAdded on the meeting
 * (which must know its agenda to cancel it). At a cancelled meeting the item is postponed at once.
 */
export function decidePresentItem(command: PresentItem, state: { caseId: CaseId; case: CaseState; meeting: MeetingState }): StreamEvents[] {
  const { input } = command;
  const title = requireText(input.title, 'title', LIMITS.title);
  const itemNumber = optionalItemNumber(input.itemNumber, 'itemNumber');
  const closed = input.closed ?? false;
  const recommendation = listOf(input.recommendation, 'recommendation', (p, i) => ({
    number: optionalItemNumber(p.number, `recommendation[${i}].number`) ?? i + 1,
    text: requireText(p.text, `recommendation[${i}].text`),
  }));
  const summary = listOf(input.summary, 'summary', (s, i) => ({
    heading: requireText(s.heading, `summary[${i}].heading`, LIMITS.title),
    text: requireText(s.text, `summary[${i}].text`),
  }));
  const attachments = listOf(input.attachments, 'attachments', (a, i) => ({
    title: requireText(a.title, `attachments[${i}].title`, LIMITS.title),
    recommended: a.recommended === true,
  }));
  // A closed item's content is never stored in an open field: refuse rather than silently drop.
  if (closed && recommendation.length + summary.length + attachments.length > 0) throw new ClosedItemContent(state.caseId, 'content');

  const { meeting, events: meetingEvents } = ensureMeeting(input.meeting, state.meeting);
  const appearance = appearanceAt(state.case, meeting.meetingId, itemNumber);
  // Already presented with a title: nothing new (a re-import under another key).
  if (appearance?.presented?.data.title) return [];

  const printed = printedCaseNumber(input, state.caseId);
  const presented = itemPresented(state.caseId, meeting, {
    ...(printed && printed !== state.caseId ? { printedCaseNumber: printed } : {}),
    ...(itemNumber !== undefined ? { itemNumber } : {}),
    title,
    closed,
    ...(optionalText(input.decidingBody, 'decidingBody', LIMITS.name) ? { decidingBody: optionalText(input.decidingBody, 'decidingBody', LIMITS.name) } : {}),
    recommendation,
    summary,
    attachments,
  });
  const caseEvents: Array<typeof presented | ItemPostponed> = [presented];
  const cancelled = cancellation(state.meeting);
  if (cancelled && !appearance?.postponement) {
    caseEvents.push(
      event<ItemPostponed>('ItemPostponed', {
        caseId: state.caseId,
        meetingId: meeting.meetingId,
        body: meeting.body,
        meetingDate: meeting.meetingDate,
        ...(itemNumber !== undefined ? { itemNumber } : {}),
        reason: cancelled.reason,
        causedByCancellation: true,
      }),
    );
  }
  return writes([streams.case(state.caseId), caseEvents], [streams.meeting(meeting.meetingId), [...meetingEvents, agendaItemAdded(presented)]]);
}
