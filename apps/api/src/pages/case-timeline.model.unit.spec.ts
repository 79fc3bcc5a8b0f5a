import type { TimelineEntryView } from '#projections';
import { timelineMarks, timelineStrip } from './case-timeline.model.js';

const AT = { date: '2024-02-06', body: 'Udvalget', meetingId: 'udvalget-2024-02-06', itemNumber: 4, source: 'document:referat.txt#L12' };
let position = 0;
const entry = (kind: string, fields: Partial<TimelineEntryView> = {}): TimelineEntryView => ({
  ...AT,
  kind,
  outcome: null,
  text: null,
  reason: null,
  details: {},
  eventId: `e${++position}`,
  position: String(position),
  ...fields,
});

describe('timeline marks: one per meeting', () => {
  it('groups a meeting\'s entries, takes the strongest tone and links the source line', () => {
    const marks = timelineMarks([
      entry('referenced', { date: '2023-01-17', meetingId: 'udvalget-2023-01-17', details: { foundIn: 'tidligere-behandling', notedAt: AT.meetingId } }),
      entry('presented', { date: '2024-01-16', meetingId: 'udvalget-2024-01-16', itemNumber: null, text: 'Titel' }),
      entry('cancelled', { date: '2024-01-16', meetingId: 'udvalget-2024-01-16', itemNumber: null, reason: 'Mødet aflyst.' }),
      entry('postponed', { date: '2024-01-16', meetingId: 'udvalget-2024-01-16', itemNumber: null, reason: 'Mødet aflyst.', details: { causedByCancellation: true } }),
      entry('presented', { text: 'Titel' }),
      entry('decided', { outcome: 'noted', text: 'Taget til efterretning.', details: { remarks: 'Med ros', pointOutcomes: [{ point: 1, outcome: 'approved', text: 'Godkendt' }] } }),
    ]);
    expect(marks.map((m) => [m.date, m.tone, m.itemNumber])).toEqual([
      ['2023-01-17', 'referenced', 4],
      ['2024-01-16', 'cancelled', null],
      ['2024-02-06', 'decided', 4],
    ]);
    expect(marks[0]!.happenings[0]).toMatchObject({ label: 'Tidligere behandling', foundIn: 'Tidligere behandling', notedAt: AT.meetingId });
    // The cancellation tells its reason once; the postponement it caused does not repeat it.
    expect(marks[1]!.happenings.map((h) => [h.label, h.reason])).toEqual([
      ['Forelagt', undefined],
      ['Mødet blev aflyst', 'Mødet aflyst.'],
      ['Udsat, fordi mødet blev aflyst', undefined],
    ]);
    expect(marks[2]!.happenings[1]).toMatchObject({
      label: 'Taget til efterretning',
      decisionText: 'Taget til efterretning.',
      remarks: 'Med ros',
      points: [{ point: 1, label: 'Godkendt', text: 'Godkendt' }],
      source: { label: 'referat.txt, linje 12', href: '/kilder/referat.txt#L12' },
    });
  });

  it('a closed item shows nothing of its decisions, referrals or own postponement reasons', () => {
    const [mark] = timelineMarks([
      entry('presented', { text: 'LUKKET Personalesag', details: { closed: true } }),
      entry('postponed', { reason: 'Afventer udtalelse fra medarbejderen' }),
      entry('decided', { outcome: 'approved', text: 'Godkendt med bemærkning om NN', details: { remarks: 'NN', pointOutcomes: [{ point: 1, outcome: 'approved', text: 'NN' }] } }),
      entry('recommended', { details: { toBody: 'Kommunalbestyrelsen' } }),
    ]);
    expect(mark!.closed).toBe(true);
    expect(JSON.stringify(mark)).not.toMatch(/NN|Afventer|Kommunalbestyrelsen/);
    expect(mark!.happenings.map((h) => h.label)).toEqual(['Forelagt', 'Udsat', 'Behandlet på lukket møde', 'Behandlet på lukket møde']);
  });
});

describe('the overview strip', () => {
  it('places one dot per meeting by date, with the years marked', () => {
    const marks = timelineMarks([
      entry('referenced', { date: '2023-01-17', meetingId: 'a' }),
      entry('cancelled', { date: '2024-01-16', meetingId: 'b' }),
      entry('decided', { date: '2024-02-06', meetingId: 'c', outcome: 'noted' }),
    ]);
    const strip = timelineStrip(marks, (iso) => iso)!;
    expect(strip.dots.map((d) => [d.x, d.tone, d.anchor])).toEqual([
      [24, 'referenced', 'm-a'],
      [24 + Math.round((364 / 385) * 952), 'cancelled', 'm-b'],
      [976, 'decided', 'm-c'],
    ]);
    expect(strip.dots[2]!.title).toBe('2024-02-06: Taget til efterretning');
    expect(strip.years).toEqual([
      { x: 24, label: '2023' },
      { x: 24 + Math.round((349 / 385) * 952), label: '2024' },
    ]);
    expect(timelineStrip([], (iso) => iso)).toBeUndefined();
  });
});
