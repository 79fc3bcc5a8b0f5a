import { caseStreamId, provisionalCaseId } from '../case-id.js';
import { MeetingHasDecisions } from '../errors.js';
import { meetingIdFor, meetingStreamId } from '../meeting-id.js';
import { PostponeItem } from '../postpone-item/postpone-item.command.js';
import { decidePostponeItem } from '../postpone-item/postpone-item.decide.js';
import { PresentItem } from '../present-item/present-item.command.js';
import { decidePresentItem } from '../present-item/present-item.decide.js';
import { RecordDecision } from '../record-decision/record-decision.command.js';
import { decideRecordDecision } from '../record-decision/record-decision.decide.js';
import { EBU, eventsIn, meta, Scenario } from '../test-fixtures.js';
import { CancelMeeting } from './cancel-meeting.command.js';
import { decideCancelMeeting } from './cancel-meeting.decide.js';

const meeting = { body: EBU, date: '2024-01-16' };
const meetingId = meetingIdFor(EBU, '2024-01-16');
const REASON = 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.';
const A = '15.00.05-A00-1-19';
const B = '00.01.10-P35-9-23';

function present(s: Scenario, caseId: string, itemNumber: number) {
  s.then(decidePresentItem(new PresentItem({ caseId, meeting, itemNumber, title: `Punkt ${itemNumber}` }, meta(`p${itemNumber}`)), { caseId, case: s.caseState(caseId), meeting: s.meetingState(meetingId) }));
}

function cancel(s: Scenario) {
  const cases = new Map([A, B].map((id) => [id, { caseId: id, state: s.caseState(id) }]));
  return decideCancelMeeting(new CancelMeeting({ meeting, reason: REASON }, meta('cancel')), { meeting: s.meetingState(meetingId), cases });
}

describe('CancelMeeting', () => {
  it('postpones every item on the agenda, with the cancellation as the reason', () => {
    const s = new Scenario();
    present(s, A, 1);
    present(s, B, 2);
    const decision = cancel(s);
    expect(eventsIn(decision, meetingStreamId(meetingId))).toEqual([
      { type: 'MeetingCancelled', schemaVersion: 1, data: { meetingId, body: EBU, meetingDate: '2024-01-16', reason: REASON } },
    ]);
    expect(eventsIn(decision, caseStreamId(A))).toEqual([
      { type: 'ItemPostponed', schemaVersion: 2, data: { caseId: A, meetingId, body: EBU, meetingDate: '2024-01-16', itemNumber: 1, reason: REASON, causedByCancellation: true } },
    ]);
    expect(eventsIn(decision, caseStreamId(B))[0]!.data).toMatchObject({ caseId: B, itemNumber: 2, causedByCancellation: true });
  });

  it('leaves items already postponed there alone, and cancelling twice is a no-op', () => {
    const s = new Scenario();
    present(s, A, 1);
    present(s, B, 2);
    s.then(decidePostponeItem(new PostponeItem({ caseId: A, meeting, reason: 'Udsættes.' }, meta('pp')), { caseId: A, case: s.caseState(A), meeting: s.meetingState(meetingId) }));
    const decision = cancel(s);
    expect(decision.map((w) => w.streamId)).toEqual([meetingStreamId(meetingId), caseStreamId(B)]);
    s.then(decision);
    expect(cancel(s)).toEqual([]);
  });

  it('records an unknown meeting on the way (minutes only say it was cancelled)', () => {
    const s = new Scenario();
    expect(eventsIn(cancel(s), meetingStreamId(meetingId)).map((e) => [e.type, (e.data as { implied?: boolean }).implied])).toEqual([
      ['MeetingScheduled', true],
      ['MeetingCancelled', undefined],
    ]);
  });

  it('is refused for a meeting with recorded decisions (it was held)', () => {
    const s = new Scenario();
    present(s, A, 1);
    s.then(decideRecordDecision(new RecordDecision({ caseId: A, meeting, outcome: 'noted', decisionText: 'Taget til efterretning' }, meta('d')), { caseId: A, case: s.caseState(A), meeting: s.meetingState(meetingId) }, { today: '2024-02-01' }));
    expect(() => cancel(s)).toThrow(MeetingHasDecisions);
    expect(() => cancel(s)).toThrow(expect.objectContaining({ caseIds: [A], rule: 'cancelled-meeting-has-no-decisions' }));
  });

  it('postpones a case once when the agenda names it twice: under a provisional id linked to it, and under its own', () => {
    const s = new Scenario();
    present(s, A, 1);
    const provisional = provisionalCaseId(meetingId, 7);
    present(s, provisional, 7);
    // The handler loads the provisional id as the real case it was linked to.
    const cases = new Map([A, provisional].map((id) => [id, { caseId: A, state: s.caseState(A) }]));
    const decision = decideCancelMeeting(new CancelMeeting({ meeting, reason: REASON }, meta('cancel')), { meeting: s.meetingState(meetingId), cases });
    expect(decision.filter((w) => w.streamId === caseStreamId(A))).toHaveLength(1);
    expect(eventsIn(decision, caseStreamId(A)).map((e) => e.type)).toEqual(['ItemPostponed']);
  });

  it('requires a reason', () => {
    const s = new Scenario();
    expect(() => decideCancelMeeting(new CancelMeeting({ meeting, reason: ' ' }, meta()), { meeting: s.meetingState(meetingId), cases: new Map() })).toThrow(expect.objectContaining({ field: 'reason' }));
  });
});
