import { caseStreamId } from '../case-id.js';
import { caseStatus } from '../case-status.js';
import { EVENT_UPCASTERS, SCHEMA_VERSIONS } from '../events.js';
import { meetingIdFor } from '../meeting-id.js';
import { EBU, eventsIn, meta, NYTTE, Scenario } from '../test-fixtures.js';
import { NoteEarlierTreatment, type NoteEarlierTreatmentInput } from './note-earlier-treatment.command.js';
import { decideNoteEarlierTreatment } from './note-earlier-treatment.decide.js';

const when = (s: Scenario, input: Partial<NoteEarlierTreatmentInput> = {}) =>
  decideNoteEarlierTreatment(new NoteEarlierTreatment({ caseId: NYTTE, body: EBU, date: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling', ...input }, meta()), {
    caseId: NYTTE,
    case: s.caseState(NYTTE),
  });

describe('NoteEarlierTreatment', () => {
  it('notes the meeting a later reference names; the case appeared there', () => {
    const s = new Scenario();
    const decision = when(s, { notedAt: meetingIdFor(EBU, '2024-02-06') });
    expect(eventsIn(decision, caseStreamId(NYTTE))).toEqual([
      { type: 'EarlierTreatmentNoted', schemaVersion: 2, data: { caseId: NYTTE, meetingId: meetingIdFor(EBU, '2023-01-17'), body: EBU, meetingDate: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling', notedAt: meetingIdFor(EBU, '2024-02-06') } },
    ]);
    s.then(decision);
    expect(caseStatus(s.caseState(NYTTE))).toMatchObject({ status: 'presented', firstPresented: { meetingDate: '2023-01-17', itemNumber: 1 } });
  });

  it('the same reference again (every later set of minutes repeats it) is a no-op', () => {
    const s = new Scenario();
    s.then(when(s));
    expect(when(s)).toEqual([]);
    expect(when(s, { itemNumber: undefined })).toEqual([]);
    expect(when(s, { itemNumber: 2 })).toHaveLength(1);
  });

  it("keeps the outcome the reference shows, or that the item was postponed there", () => {
    const approved = when(new Scenario(), { outcome: 'approved' });
    expect(eventsIn(approved, caseStreamId(NYTTE))[0]).toMatchObject({ type: 'EarlierTreatmentNoted', schemaVersion: 2, data: { outcome: 'approved' } });
    const postponed = eventsIn(when(new Scenario(), { postponed: true }), caseStreamId(NYTTE))[0]!;
    expect(postponed.data).toMatchObject({ postponed: true });
    expect(postponed.data).not.toHaveProperty('outcome');
    expect(() => when(new Scenario(), { outcome: 'vedtaget' })).toThrow(expect.objectContaining({ field: 'outcome' }));
  });

  it('reads a stored version-1 reference (before outcomes were kept) as one without an outcome', () => {
    const v1 = { caseId: NYTTE, meetingId: meetingIdFor(EBU, '2023-01-17'), body: EBU, meetingDate: '2023-01-17', foundIn: 'tidligere-behandling' };
    const upcaster = EVENT_UPCASTERS.find((entry) => entry.type === 'EarlierTreatmentNoted' && entry.fromVersion === 1)!;
    expect(upcaster.upcast(v1)).toEqual(v1);
    expect(SCHEMA_VERSIONS.EarlierTreatmentNoted).toBe(2);
  });

  it('validates the reference', () => {
    expect(() => when(new Scenario(), { foundIn: 'bilag' as never })).toThrow(expect.objectContaining({ field: 'foundIn' }));
    expect(() => when(new Scenario(), { date: '17. januar 2023' })).toThrow(expect.objectContaining({ field: 'date' }));
  });
});
