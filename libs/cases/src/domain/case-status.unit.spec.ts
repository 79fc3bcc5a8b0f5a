import { CancelMeeting } from './cancel-meeting/cancel-meeting.command.js';
import { decideCancelMeeting } from './cancel-meeting/cancel-meeting.decide.js';
import { caseStatus } from './case-status.js';
import { foldCase } from './case-state.js';
import type { CaseEvent, Stored, StreamEvents } from './events.js';
import { meetingIdFor } from './meeting-id.js';
import { NoteEarlierTreatment } from './note-earlier-treatment/note-earlier-treatment.command.js';
import { decideNoteEarlierTreatment } from './note-earlier-treatment/note-earlier-treatment.decide.js';
import { PostponeItem } from './postpone-item/postpone-item.command.js';
import { decidePostponeItem } from './postpone-item/postpone-item.decide.js';
import { RecordDecision } from './record-decision/record-decision.command.js';
import { decideRecordDecision } from './record-decision/record-decision.decide.js';
import { EBU, KB, meta, NYTTE, Scenario } from './test-fixtures.js';

const REASON = 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.';
const today = { today: '2024-03-01' };

/** The course of case 15.00.05-A00-1-19 as DOMAIN.md tells it, one step per function. */
const steps: Record<string, (s: Scenario) => StreamEvents[]> = {
  treated2023: (s) =>
    decideNoteEarlierTreatment(
      new NoteEarlierTreatment({ caseId: NYTTE, body: EBU, date: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling', notedAt: meetingIdFor(EBU, '2024-02-06') }, meta('ref')),
      { caseId: NYTTE, case: s.caseState(NYTTE) },
    ),
  cancelled2024: (s) => {
    const id = meetingIdFor(EBU, '2024-01-16');
    return decideCancelMeeting(new CancelMeeting({ meeting: { body: EBU, date: '2024-01-16' }, reason: REASON }, meta('cancel')), {
      meeting: s.meetingState(id),
      cases: new Map([[NYTTE, { caseId: NYTTE, state: s.caseState(NYTTE) }]]),
    });
  },
  postponed2024: (s) =>
    decidePostponeItem(new PostponeItem({ caseId: NYTTE, meeting: { body: EBU, date: '2024-01-16' }, reason: 'Udsættes.', agendaItem: {} }, meta('pp')), {
      caseId: NYTTE,
      case: s.caseState(NYTTE),
      meeting: s.meetingState(meetingIdFor(EBU, '2024-01-16')),
    }),
  noted2024: (s) =>
    decideRecordDecision(
      new RecordDecision({ caseId: NYTTE, meeting: { body: EBU, date: '2024-02-06' }, outcome: 'noted', decisionText: 'Taget til efterretning', agendaItem: { itemNumber: 10, title: 'Orientering om nytteindsatsen i Ballerup Kommune', decidingBody: EBU } }, meta('d')),
      { caseId: NYTTE, case: s.caseState(NYTTE), meeting: s.meetingState(meetingIdFor(EBU, '2024-02-06')) },
      today,
    ),
};

function run(order: string[]): Scenario {
  const s = new Scenario();
  for (const step of order) s.then(steps[step]!(s));
  return s;
}

describe('caseStatus', () => {
  it('the course of 15.00.05-A00-1-19: decided, noted, postponed once', () => {
    const s = run(['treated2023', 'cancelled2024', 'postponed2024', 'noted2024']);
    expect(caseStatus(s.caseState(NYTTE))).toEqual({
      status: 'decided',
      statusSince: '2024-02-06',
      latestMeeting: { meetingId: meetingIdFor(EBU, '2024-02-06'), body: EBU, meetingDate: '2024-02-06', itemNumber: 10 },
      decidingBody: EBU,
      lastOutcome: { meetingId: meetingIdFor(EBU, '2024-02-06'), body: EBU, meetingDate: '2024-02-06', itemNumber: 10, outcome: 'noted', label: 'Taget til efterretning' },
      postponements: 1,
      firstPresented: { meetingId: meetingIdFor(EBU, '2023-01-17'), body: EBU, meetingDate: '2023-01-17', itemNumber: 1 },
      lastActivity: '2024-02-06',
      title: 'Orientering om nytteindsatsen i Ballerup Kommune',
      provisionalIds: [],
    });
    const postponed = s.caseState(NYTTE).facts.find((f) => f.type === 'ItemPostponed')!;
    expect(postponed.data).toMatchObject({ causedByCancellation: true, meetingDate: '2024-01-16' });
  });

  it.each([
    [['noted2024', 'postponed2024', 'cancelled2024', 'treated2023']],
    [['postponed2024', 'noted2024', 'treated2023', 'cancelled2024']],
    [['cancelled2024', 'noted2024', 'treated2023', 'postponed2024']],
  ])('gives the same status whatever order the facts arrive in: %j', (order) => {
    const expected = caseStatus(run(['treated2023', 'cancelled2024', 'postponed2024', 'noted2024']).caseState(NYTTE));
    expect(caseStatus(run(order).caseState(NYTTE))).toEqual(expected);
  });

  it('a later meeting decides the status even when its minutes arrived first', () => {
    const s = run(['noted2024']);
    s.then(steps.postponed2024!(s));
    expect(caseStatus(s.caseState(NYTTE))).toMatchObject({ status: 'decided', statusSince: '2024-02-06', postponements: 1 });
    const t = run(['postponed2024']);
    expect(caseStatus(t.caseState(NYTTE))).toMatchObject({ status: 'postponed', statusSince: '2024-01-16' });
  });

  const at = (meetingDate: string, body = EBU) => ({ caseId: NYTTE, meetingId: meetingIdFor(body, meetingDate), body, meetingDate });
  const facts = (events: CaseEvent[]): Stored<CaseEvent>[] => events.map((e, i) => ({ ...e, eventId: `f-${i}` }));

  it('recommended awaits the deciding body, which is named; its decision then decides the case', () => {
    const recommended = facts([
      { type: 'DecisionTaken', schemaVersion: 2, data: { ...at('2023-06-06'), itemNumber: 2, outcome: 'recommended', decisionText: 'Indstilles til godkendelse', pointOutcomes: [] } },
      { type: 'ItemReferred', schemaVersion: 1, data: { ...at('2023-06-06'), itemNumber: 2, toBody: KB } },
    ]);
    expect(caseStatus(foldCase(recommended))).toMatchObject({ status: 'recommended', decidingBody: KB });
    const approved = facts([
      ...recommended,
      { type: 'DecisionTaken', schemaVersion: 2, data: { ...at('2023-06-19', KB), itemNumber: 14, outcome: 'approved', decisionText: 'Godkendt', pointOutcomes: [] } },
    ]);
    expect(caseStatus(foldCase(approved))).toMatchObject({ status: 'decided', lastOutcome: { outcome: 'approved', body: KB } });
  });

  it('withdrawn, and an empty case has no status', () => {
    const withdrawn = facts([{ type: 'DecisionTaken', schemaVersion: 2, data: { ...at('2023-06-06'), outcome: 'withdrawn', decisionText: 'Sagen blev trukket', pointOutcomes: [] } }]);
    expect(caseStatus(foldCase(withdrawn))!.status).toBe('withdrawn');
    expect(caseStatus(foldCase([]))).toBeUndefined();
  });

  it('a retracted postponement no longer counts', () => {
    const history = facts([
      { type: 'ItemPostponed', schemaVersion: 2, data: { ...at('2024-01-16'), causedByCancellation: true } },
      { type: 'FactCorrected', schemaVersion: 1, data: { subject: { caseId: NYTTE }, targetEventId: 'f-0', targetType: 'ItemPostponed', action: 'retracted', reason: 'Forkert sag' } },
      { type: 'EarlierTreatmentNoted', schemaVersion: 2, data: { ...at('2023-01-17'), itemNumber: 1, foundIn: 'tidligere-behandling' } },
    ]);
    expect(caseStatus(foldCase(history))).toMatchObject({ status: 'presented', postponements: 0, statusSince: '2023-01-17' });
  });
});
