import fc from 'fast-check';
import { parseMinutes } from './parse-minutes.js';

// Issue 12's acceptance: no document is rejected that names its committee and date anywhere in its text. Minimal
// invented minutes whose only statement of the meeting stands in an odd place: a page footer, a page header in the
// middle, the first item's agenda approval, or after the items.

const COMMITTEES = ['Økonomiudvalget', 'Teknik- og Miljøudvalget', 'Børne- og Skoleudvalget', 'Kultur- og Fritidsudvalget', 'Byrådet', 'Kommunalbestyrelsen'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const TITLES = ['Salg af grund ved havnen', 'Budgetopfølgning pr. 31. marts', 'Ny affaldsordning', 'Tilskud til foreninger', 'Lokalplan for boliger ved skoven'];
const VERDICTS = ['Godkendt.', 'Taget til efterretning.', 'Anbefales over for Økonomiudvalget.', 'Udsat.'];

interface Meeting {
  committee: string;
  day: number;
  month: number;
  year: number;
  titles: string[];
  verdicts: string[];
}

const meetingArbitrary: fc.Arbitrary<Meeting> = fc.record({
  committee: fc.constantFrom(...COMMITTEES),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.integer({ min: 2008, max: 2026 }),
  titles: fc.uniqueArray(fc.constantFrom(...TITLES), { minLength: 1, maxLength: 4 }),
  verdicts: fc.array(fc.constantFrom(...VERDICTS), { minLength: 4, maxLength: 4 }),
});

const longDate = (m: Meeting) => `${m.day}. ${MONTHS[m.month - 1]} ${m.year}`;
const numericDate = (m: Meeting) => `${String(m.day).padStart(2, '0')}-${String(m.month).padStart(2, '0')}-${m.year}`;
const iso = (m: Meeting) => `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;

const itemLines = (m: Meeting, from = 1): string[] =>
  m.titles.flatMap((title, index) => [`${index + from}. ${title}`, 'Sagsfremstilling', 'Sagen forelægges udvalget.', 'Beslutning', m.verdicts[index]!, '']);

/** Where the one statement of the meeting stands. */
const PLACES: Record<string, (m: Meeting) => string> = {
  'only in a page footer': (m) => ['Referat', '', ...itemLines(m), `${m.committee} - ${numericDate(m)}                    Side 1 af 1`].join('\n'),
  'only in a page header between items': (m) => {
    const lines = itemLines(m);
    return ['Referat', '', ...lines.slice(0, 6), `\f${m.committee} ${numericDate(m)}`, '', ...lines.slice(6)].join('\n');
  },
  'only in the first item': (m) =>
    ['Referat', '', `1. Godkendelse af dagsorden for ${m.committee} den ${longDate(m)}`, 'Beslutning', 'Godkendt.', '', ...itemLines(m, 2)].join('\n'),
  'only after the items': (m) => ['Referat', '', ...itemLines(m), `Referat fra mødet i ${m.committee} den ${longDate(m)}.`].join('\n'),
};

describe('a document that names its committee and date anywhere is read as that meeting', () => {
  it.each(Object.keys(PLACES))('%s', (place) => {
    fc.assert(
      fc.property(meetingArbitrary, (m) => {
        const parsed = parseMinutes(PLACES[place]!(m), 'synthetic.txt');
        expect([parsed.meeting.body, parsed.meeting.date]).toEqual([m.committee, iso(m)]);
        expect(parsed.items.length).toBeGreaterThanOrEqual(m.titles.length);
      }),
      { numRuns: 60, seed: 2007 },
    );
  });

  it('takes no earlier meeting for this one: lines under `Tidligere behandling`, and references to an item there', () => {
    const text = [
      'Referat', '', '1. Salg af grund', 'Tidligere behandling', 'Økonomiudvalget den 17. januar 2023', 'Beslutning', 'Godkendt.', '',
      '2. Asfalt', 'Sagen var på Teknikudvalget den 3. marts 2023 punkt', 'Beslutning', 'Godkendt.',
    ].join('\n');
    const parsed = parseMinutes(text, 'synthetic.txt');
    expect([parsed.meeting.body, parsed.meeting.date]).toEqual([undefined, undefined]);
  });
});
