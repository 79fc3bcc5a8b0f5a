import { caseStreamId } from '../case-id.js';
import { caseStatus } from '../case-status.js';
import { ClosedItemContent, DecidingBodyUnknown, DecisionBeforeMeeting, DuplicateDecision, ItemAlreadyPostponed, ItemNotOnAgenda, MeetingIsCancelled } from '../errors.js';
import { decideCancelMeeting } from '../cancel-meeting/cancel-meeting.decide.js';
import { CancelMeeting } from '../cancel-meeting/cancel-meeting.command.js';
import { decideCorrectFact } from '../correct-fact/correct-fact.decide.js';
import { CorrectFact } from '../correct-fact/correct-fact.command.js';
import { meetingIdFor, meetingStreamId } from '../meeting-id.js';
import { PostponeItem } from '../postpone-item/postpone-item.command.js';
import { decidePostponeItem } from '../postpone-item/postpone-item.decide.js';
import { PresentItem } from '../present-item/present-item.command.js';
import { decidePresentItem } from '../present-item/present-item.decide.js';
import { EBU, KB, eventsIn, meta, Scenario } from '../test-fixtures.js';
import { EVENT_UPCASTERS, SCHEMA_VERSIONS } from '../events.js';
import { RecordDecision, type RecordDecisionInput } from './record-decision.command.js';
import { decideRecordDecision } from './record-decision.decide.js';

const CASE = '82.07.00-A00-3-23';
const meeting = { body: EBU, date: '2024-02-06' };
const meetingId = meetingIdFor(EBU, '2024-02-06');
const today = { today: '2024-03-01' };

function given(s: Scenario, options: { closed?: boolean; decidingBody?: string } = {}) {
  s.then(
    decidePresentItem(new PresentItem({ caseId: CASE, meeting, itemNumber: 4, title: 'Tilbud om energitjek', ...options }, meta('present')), {
      caseId: CASE,
      case: s.caseState(CASE),
      meeting: s.meetingState(meetingId),
    }),
  );
}

function when(s: Scenario, input: Partial<RecordDecisionInput> = {}, key = 'decide') {
  const command = new RecordDecision({ caseId: CASE, meeting, outcome: 'noted', decisionText: 'Taget til efterretning', ...input }, meta(key));
  return decideRecordDecision(command, { caseId: CASE, case: s.caseState(CASE), meeting: s.meetingState(meetingId) }, today);
}

describe('RecordDecision', () => {
  it('records the decision, raw text verbatim, with everything a projection needs', () => {
    const s = new Scenario();
    given(s);
    const decision = when(s, { outcome: 'noted', decisionText: '  Taget til efterretning med disse bemærkninger:\nUdvalget ønsker en status.', remarks: 'Udvalget ønsker en status.' });
    expect(eventsIn(decision, caseStreamId(CASE))).toEqual([
      {
        type: 'DecisionTaken',
        schemaVersion: 2,
        data: {
          caseId: CASE,
          meetingId,
          body: EBU,
          meetingDate: '2024-02-06',
          itemNumber: 4,
          outcome: 'noted',
          decisionText: '  Taget til efterretning med disse bemærkninger:\nUdvalget ønsker en status.',
          remarks: 'Udvalget ønsker en status.',
          pointOutcomes: [],
        },
      },
    ]);
    expect(eventsIn(decision, meetingStreamId(meetingId))).toEqual([]);
  });

  it('keeps vote lines and reservations with the decision (schema version 2)', () => {
    const s = new Scenario();
    given(s);
    const decision = when(s, {
      outcome: 'approved',
      decisionText: 'Godkendt.\nFor stemte: A, V\nImod stemte: Ø\nC tog forbehold.',
      votes: [{ position: 'for', who: 'A, V' }, { position: 'against', who: 'Ø' }],
      reservations: [{ text: 'C tog forbehold.', who: ['C'] }],
    });
    const [taken] = eventsIn(decision, caseStreamId(CASE));
    expect(taken).toMatchObject({
      type: 'DecisionTaken',
      schemaVersion: 2,
      data: { votes: [{ position: 'for', who: 'A, V' }, { position: 'against', who: 'Ø' }], reservations: [{ text: 'C tog forbehold.', who: ['C'] }] },
    });
  });

  it('refuses a vote that is neither for, against nor abstained, naming the field', () => {
    const s = new Scenario();
    given(s);
    expect(() => when(s, { outcome: 'approved', decisionText: 'Godkendt.', votes: [{ position: 'maybe' as 'for', who: 'A' }] })).toThrow(/votes\[0\]\.position/);
  });

  it('reads a stored version-1 decision as version 2 without votes (upcaster)', () => {
    const v1 = { caseId: CASE, meetingId, body: EBU, meetingDate: '2024-02-06', outcome: 'noted', decisionText: 'Taget til efterretning', pointOutcomes: [] };
    const upcaster = EVENT_UPCASTERS.find((entry) => entry.type === 'DecisionTaken' && entry.fromVersion === 1)!;
    expect(upcaster.upcast(v1)).toEqual(v1);
    expect(SCHEMA_VERSIONS.DecisionTaken).toBe(2);
  });

  it('needs the item on that meeting\'s agenda', () => {
    const s = new Scenario();
    s.then(decidePresentItem(new PresentItem({ caseId: CASE, meeting: { body: EBU, date: '2024-01-16' }, itemNumber: 2, title: 'T' }, meta('p')), {
      caseId: CASE, case: s.caseState(CASE), meeting: s.meetingState(meetingIdFor(EBU, '2024-01-16')),
    }));
    expect(() => when(s)).toThrow(ItemNotOnAgenda);
    expect(() => when(s)).toThrow(expect.objectContaining({ kind: 'rule', rule: 'item-on-agenda' }));
  });

  it('may bring the agenda item along, even without an item number (known only from Sagens forløb)', () => {
    const s = new Scenario();
    const decision = when(s, { agendaItem: { title: 'Orientering' } });
    expect(eventsIn(decision, caseStreamId(CASE)).map((e) => e.type)).toEqual(['ItemPresented', 'DecisionTaken']);
    expect(eventsIn(decision, meetingStreamId(meetingId)).map((e) => e.type)).toEqual(['MeetingScheduled', 'AgendaItemAdded']);
    s.then(decision);
    expect(caseStatus(s.caseState(CASE))).toMatchObject({ status: 'decided', latestMeeting: { meetingId, meetingDate: '2024-02-06' } });
    expect(caseStatus(s.caseState(CASE))!.latestMeeting.itemNumber).toBeUndefined();
  });

  it('is refused at a cancelled meeting', () => {
    const s = new Scenario();
    given(s);
    s.then(decideCancelMeeting(new CancelMeeting({ meeting, reason: 'Mødet aflyst' }, meta('cancel')), { meeting: s.meetingState(meetingId), cases: new Map([[CASE, { caseId: CASE, state: s.caseState(CASE) }]]) }));
    expect(() => when(s)).toThrow(MeetingIsCancelled);
    expect(() => when(s, { agendaItem: { title: 'x' } })).toThrow(expect.objectContaining({ rule: 'no-decision-at-cancelled-meeting' }));
  });

  it('refuses a second decision for the item at the same meeting, naming the first', () => {
    const s = new Scenario();
    given(s);
    const [first] = s.then(when(s));
    expect(() => when(s, { outcome: 'approved', decisionText: 'Godkendt' }, 'other-key')).toThrow(DuplicateDecision);
    expect(() => when(s, {}, 'other-key')).toThrow(expect.objectContaining({ existingEventId: first, rule: 'one-decision-per-item' }));
  });

  it('accepts the second decision as a correction of the first, which the status then reflects', () => {
    const s = new Scenario();
    given(s);
    const [first] = s.then(when(s));
    s.then(decideCorrectFact(new CorrectFact({ caseId: CASE, targetEventId: first!, action: 'correct', reason: 'Referatet blev rettet', changes: { outcome: 'approved', decisionText: 'Godkendt' } }, meta('fix')), {
      subject: { kind: 'case', caseId: CASE }, log: s.caseState(CASE),
    }));
    expect(caseStatus(s.caseState(CASE))!.lastOutcome).toMatchObject({ outcome: 'approved', label: 'Godkendt' });
  });

  it('after a retraction, a new decision may be recorded', () => {
    const s = new Scenario();
    given(s);
    const [first] = s.then(when(s));
    s.then(decideCorrectFact(new CorrectFact({ caseId: CASE, targetEventId: first!, action: 'retract', reason: 'Forkert punkt' }, meta('retract')), {
      subject: { kind: 'case', caseId: CASE }, log: s.caseState(CASE),
    }));
    expect(caseStatus(s.caseState(CASE))).toMatchObject({ status: 'presented' });
    expect(caseStatus(s.caseState(CASE))!.lastOutcome).toBeUndefined();
    expect(eventsIn(when(s, { outcome: 'discussed', decisionText: 'Drøftet' }, 'again'), caseStreamId(CASE))).toHaveLength(1);
  });

  it('refuses a decision for an item postponed at that meeting', () => {
    const s = new Scenario();
    given(s);
    s.then(decidePostponeItem(new PostponeItem({ caseId: CASE, meeting, reason: 'Udsættes.' }, meta('pp')), { caseId: CASE, case: s.caseState(CASE), meeting: s.meetingState(meetingId) }));
    expect(() => when(s)).toThrow(ItemAlreadyPostponed);
  });

  it('recommended: refers the case on to the deciding body of the item', () => {
    const s = new Scenario();
    given(s, { decidingBody: KB });
    const decision = when(s, { outcome: 'recommended', decisionText: 'Indstilles til godkendelse' });
    const [, referred] = eventsIn(decision, caseStreamId(CASE));
    expect(referred).toEqual({ type: 'ItemReferred', schemaVersion: 1, data: { caseId: CASE, meetingId, body: EBU, meetingDate: '2024-02-06', itemNumber: 4, toBody: KB } });
    s.then(decision);
    expect(caseStatus(s.caseState(CASE))).toMatchObject({ status: 'recommended', decidingBody: KB });
  });

  it('recommended without a known deciding body is refused', () => {
    const s = new Scenario();
    given(s);
    expect(() => when(s, { outcome: 'recommended', decisionText: 'Indstilles til godkendelse' })).toThrow(DecidingBodyUnknown);
  });

  it('recommended on to a body the minutes do not name: the decision alone, its referral left open', () => {
    const s = new Scenario();
    given(s);
    const decision = when(s, { outcome: 'recommended', decisionText: 'Anbefales.', recipientUnstated: true });
    expect(eventsIn(decision, caseStreamId(CASE)).map((e) => e.type)).toEqual(['DecisionTaken']);
    s.then(decision);
    const status = caseStatus(s.caseState(CASE));
    expect(status).toMatchObject({ status: 'recommended', lastOutcome: { outcome: 'recommended' } });
    expect(status?.decidingBody).toBeUndefined();
  });

  it('keeps one outcome per recommendation point', () => {
    const s = new Scenario();
    given(s);
    const decision = when(s, { outcome: 'approved', decisionText: 'Indstillingens punkt 1: Godkendt. punkt 2: Drøftet.', pointOutcomes: [{ point: 1, outcome: 'approved', text: 'Godkendt.' }, { point: 2, outcome: 'discussed', text: 'Drøftet.' }] });
    expect((eventsIn(decision, caseStreamId(CASE))[0]!.data as { pointOutcomes: unknown }).pointOutcomes).toEqual([
      { point: 1, outcome: 'approved', text: 'Godkendt.' },
      { point: 2, outcome: 'discussed', text: 'Drøftet.' },
    ]);
  });

  it('validates outcome and text, naming the field', () => {
    const s = new Scenario();
    given(s);
    expect(() => when(s, { outcome: 'postponed' as never })).toThrow(expect.objectContaining({ kind: 'validation', field: 'outcome' }));
    expect(() => when(s, { decisionText: '   ' })).toThrow(expect.objectContaining({ field: 'decisionText' }));
  });

  it('is refused for a meeting that has not taken place (the clock is injected)', () => {
    const s = new Scenario();
    const command = new RecordDecision({ caseId: CASE, meeting: { body: EBU, date: '2024-03-05' }, outcome: 'noted', decisionText: 'x', agendaItem: { title: 't' } }, meta());
    expect(() => decideRecordDecision(command, { caseId: CASE, case: s.caseState(CASE), meeting: s.meetingState(meetingIdFor(EBU, '2024-03-05')) }, today)).toThrow(DecisionBeforeMeeting);
  });

  it('stores no decision for a closed item (title and number only)', () => {
    const s = new Scenario();
    given(s, { closed: true });
    expect(() => when(s)).toThrow(ClosedItemContent);
  });
});
