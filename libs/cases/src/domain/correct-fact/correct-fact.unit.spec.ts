import { caseStreamId } from '../case-id.js';
import { CancelMeeting } from '../cancel-meeting/cancel-meeting.command.js';
import { decideCancelMeeting } from '../cancel-meeting/cancel-meeting.decide.js';
import { EventNotFound, FactNotCorrectable } from '../errors.js';
import { meetingIdFor } from '../meeting-id.js';
import { meetingStatus } from '../meeting-state.js';
import { EBU, meta, NYTTE, Scenario } from '../test-fixtures.js';
import { NoteEarlierTreatment } from '../note-earlier-treatment/note-earlier-treatment.command.js';
import { decideNoteEarlierTreatment } from '../note-earlier-treatment/note-earlier-treatment.decide.js';
import { CorrectFact, type CorrectFactInput } from './correct-fact.command.js';
import { decideCorrectFact } from './correct-fact.decide.js';

const onCase = (s: Scenario, input: Partial<CorrectFactInput>) =>
  decideCorrectFact(new CorrectFact({ caseId: NYTTE, targetEventId: 'e-1', action: 'retract', reason: 'Fejl i import', ...input }, meta('fix')), {
    subject: { kind: 'case', caseId: NYTTE },
    log: s.caseState(NYTTE),
  });

function givenReference(s: Scenario): string {
  return s.then(decideNoteEarlierTreatment(new NoteEarlierTreatment({ caseId: NYTTE, body: EBU, date: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling' }, meta()), { caseId: NYTTE, case: s.caseState(NYTTE) }))[0]!;
}

describe('CorrectFact', () => {
  it('retracts by a new event that says why; the original stays in the stream', () => {
    const s = new Scenario();
    const target = givenReference(s);
    const decision = onCase(s, { targetEventId: target });
    expect(decision).toEqual([
      { streamId: caseStreamId(NYTTE), events: [{ type: 'FactCorrected', schemaVersion: 1, data: { subject: { caseId: NYTTE }, targetEventId: target, targetType: 'EarlierTreatmentNoted', action: 'retracted', reason: 'Fejl i import' } }] },
    ]);
    s.then(decision);
    expect(s.types(caseStreamId(NYTTE))).toEqual(['EarlierTreatmentNoted', 'FactCorrected']);
    expect(s.caseState(NYTTE).facts).toEqual([]);
    expect(() => onCase(s, { targetEventId: target })).toThrow(FactNotCorrectable);
  });

  it('corrects fields, but never the fields that place the fact', () => {
    const s = new Scenario();
    const target = givenReference(s);
    s.then(onCase(s, { targetEventId: target, action: 'correct', changes: { itemNumber: 2 } }));
    expect(s.caseState(NYTTE).facts[0]!.data).toMatchObject({ itemNumber: 2, meetingDate: '2023-01-17' });
    expect(() => onCase(s, { targetEventId: target, action: 'correct', changes: { meetingDate: '2023-01-18' } })).toThrow(expect.objectContaining({ field: 'changes.meetingDate' }));
    expect(() => onCase(s, { targetEventId: target, action: 'correct', changes: {} })).toThrow(expect.objectContaining({ field: 'changes' }));
    expect(() => onCase(s, { targetEventId: target, action: 'correct', changes: { outcome: 'maybe' } })).toThrow(expect.objectContaining({ field: 'changes.outcome' }));
  });

  it('refuses unknown events and corrections of corrections', () => {
    const s = new Scenario();
    givenReference(s);
    expect(() => onCase(s, { targetEventId: 'nope' })).toThrow(EventNotFound);
    const [correction] = s.then(onCase(s, { targetEventId: 'e-1', action: 'correct', changes: { itemNumber: 3 } }));
    expect(() => onCase(s, { targetEventId: correction! })).toThrow(expect.objectContaining({ rule: 'fact-correctable' }));
    expect(() => onCase(s, { reason: '' })).toThrow(expect.objectContaining({ field: 'reason' }));
  });

  it('a retracted cancellation un-cancels the meeting', () => {
    const s = new Scenario();
    const id = meetingIdFor(EBU, '2024-01-16');
    const [, cancelled] = s.then(decideCancelMeeting(new CancelMeeting({ meeting: { body: EBU, date: '2024-01-16' }, reason: 'Aflyst' }, meta('c')), { meeting: s.meetingState(id), cases: new Map() }));
    s.then(decideCorrectFact(new CorrectFact({ meetingId: id, targetEventId: cancelled!, action: 'retract', reason: 'Mødet blev holdt alligevel' }, meta('r')), { subject: { kind: 'meeting', meetingId: id }, log: s.meetingState(id) }));
    expect(meetingStatus(s.meetingState(id), '2024-02-01')).toBe('held');
  });
});
