import fc from 'fast-check';
import { ImportRejected } from './import-rejected.error.js';
import { planDocument } from './planned-document.js';

// Issue 12's acceptance through the import (what POST /imports decides before it writes): a document whose text names
// its committee and its date, in any head form, is never refused for lacking them, whatever body its committee is:
// a compound of any body noun, a council, or a body named for its field, its place or its municipalities (a joint one).

const FIELDS = ['Teknik- og Miljø', 'Økonomi', 'Handicap', 'Ældre', 'Social- og Sundheds', 'Børne- og Unge', 'Integrations', 'Senior', 'Beredskabs', 'Vandløbs', 'Lokal', 'Folkeoplysnings'];
const NOUNS = ['udvalget', 'udvalg', 'rådet', 'nævnet', 'kommissionen', 'bestyrelsen', 'repræsentantskabet', 'forum'];
const COUNCILS = ['Byrådet', 'Kommunalbestyrelsen', 'Borgerrepræsentationen', 'Magistraten'];
const PLACES = ['Varde Å', 'Limfjorden', 'Vesterbro', 'Gudenåen', 'Frederikssund-Halsnæs'];
const MUNICIPALITIES = ['Frederikssund', 'Halsnæs', 'Ærø', 'Svendborg', 'Faaborg-Midtfyn', 'Varde', 'Esbjerg'];
const FIELD_NAMES = ['Teknik og Miljø', 'Kultur og Fritid', 'Børn og Unge', 'Klima, Natur og Miljø'];

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A committee's name as minutes print it. */
const committeeArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...NOUNS)).map(([field, noun]) => `${field}${noun}`),
  fc.constantFrom(...NOUNS).map(capitalised),
  fc.constantFrom(...COUNCILS),
  fc.constantFrom(...FIELD_NAMES).map((field) => `Udvalget for ${field}`),
  fc.tuple(fc.constantFrom('Vandløbsudvalg', 'Beredskabskommission', 'Havneudvalg', 'Klagenævn'), fc.constantFrom(...PLACES)).map(([body, place]) => `Fælles ${body} for ${place}`),
  fc.tuple(fc.constantFrom('Beredskabskommission', 'Havneudvalg', 'Vandråd'), fc.uniqueArray(fc.constantFrom(...MUNICIPALITIES), { minLength: 2, maxLength: 3 })).map(
    ([body, named]) => `Fælles ${body} for ${named.slice(0, -1).join(', ')} og ${named[named.length - 1]} Kommuner`,
  ),
  fc.tuple(fc.constantFrom('Lokalrådet', 'Handicaprådet', 'Beredskabskommissionen'), fc.constantFrom(...PLACES)).map(([body, place]) => `${body} for ${place}`),
  fc.constantFrom('§17, stk. 4-udvalget for grøn omstilling', '§17, stk. 4-udvalget for bosætning og landdistrikter'),
);

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

interface Meeting {
  committee: string;
  municipality: string;
  year: number;
  month: number;
  day: number;
  /** How the date is printed: `3. marts 2015`, `03-03-2015`, `03.03.2015`, `3/3 2015`. */
  dateForm: number;
  /** Where the committee and the date stand. */
  head: keyof typeof HEADS;
}

const iso = (m: Meeting) => `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
function printedDate(m: Meeting): string {
  const dd = String(m.day).padStart(2, '0');
  const mm = String(m.month).padStart(2, '0');
  return [`${m.day}. ${MONTHS[m.month - 1]} ${m.year}`, `${dd}-${mm}-${m.year}`, `${dd}.${mm}.${m.year}`, `${m.day}/${m.month} ${m.year}`][m.dateForm]!;
}
const weekday = (m: Meeting) => WEEKDAYS[new Date(Date.UTC(m.year, m.month - 1, m.day)).getUTCDay()]!;

const ITEMS = [
  ['Godkendelse af dagsorden', 'Godkendt.'],
  ['Budgetopfølgning pr. 31. marts', 'Taget til efterretning.'],
  ['Tilskud til foreninger', 'Godkendt.'],
  ['Orientering fra formanden', 'Taget til efterretning.'],
] as const;

const item = (index: number): string[] => [`${index + 1}. ${ITEMS[index]![0]}`, '', 'Sagsfremstilling', 'Sagen forelægges til beslutning.', '', 'Beslutning', ITEMS[index]![1], ''];
const items = (): string[] => ITEMS.flatMap((_item, index) => item(index));

/** The head forms: each names the committee and the date once in the text (a running header on every page). */
const HEADS = {
  labels: (m: Meeting) => [`${m.municipality} Kommune`, 'Referat', `Udvalg: ${m.committee}`, `Mødedato: ${weekday(m)} den ${printedDate(m)}`, 'Mødested: Rådhuset', '', ...items()],
  'label-table': (m: Meeting) => ['Referat', `Udvalg\t${m.committee}`, `Dato\t${printedDate(m)}`, 'Sted\tRådhuset', '', ...items()],
  prose: (m: Meeting) => [`${m.committee} holdt møde den ${printedDate(m)} kl. 16.00 på Rådhuset.`, '', ...items()],
  'prose-of-meeting': (m: Meeting) => [`Referat af mødet i ${m.committee}, som blev holdt den ${printedDate(m)} kl. 16.00.`, '', ...items()],
  'one-line': (m: Meeting) => [`${m.committee} – referat af mødet ${weekday(m)} den ${printedDate(m)}, kl. 16:00`, '', ...items()],
  'one-line-label': (m: Meeting) => [`Referat: ${m.committee}, ${printedDate(m)}`, '', ...items()],
  'running-header': (m: Meeting) => {
    const header = `${m.municipality} Kommune - ${m.committee}, møde den ${printedDate(m)}`;
    return [header, '', ...item(0), ...item(1), 'Side 1', `\f${header}`, '', ...item(2), ...item(3)];
  },
  'running-header-referat': (m: Meeting) => {
    const header = `${m.municipality} Kommune - Referat ${m.committee} ${printedDate(m)}`;
    return [header, '', ...item(0), ...item(1), 'Side 1', `\f${header}`, '', ...item(2), ...item(3)];
  },
  'split-header': (m: Meeting) => {
    const header = `${m.committee} - ${printedDate(m)}`;
    return [header, '', 'Mødetidspunkt: kl. 16:00', 'Mødested: Rådhuset', '', ...item(0), ...item(1), 'Side 1', `\f${header}`, '', ...item(2), ...item(3)];
  },
  'after-items': (m: Meeting) => [...items(), '', 'Referat', `Udvalg: ${m.committee}`, `Mødedato: ${weekday(m)} den ${printedDate(m)}`],
  'page-footer': (m: Meeting) => ['Referat', '', ...items(), `${m.committee} - ${printedDate(m)}                    Side 1 af 1`],
};

/**
 * Heads parted (Skive 2008's referat: the committee in one place, the date lines later after other text): each names the
 * committee and the date once, apart, with other text between them or one of them outside the head.
 */
const PARTED_HEADS = {
  'date before the committee': (m: Meeting) => [`Mødedato: ${weekday(m)} den ${printedDate(m)}`, 'Mødetidspunkt: kl. 16.00', 'Mødested: Rådhuset', '', 'Referat', '', m.committee, '', 'Medlemmer: Asta Bo, Carl Dam', '', ...items()],
  'committee in a later page`s running head only': (m: Meeting) => ['Referat', `Mødedato: ${printedDate(m)}`, 'Mødested: Rådhuset', '', ...item(0), ...item(1), 'Side 1 af 2', `\f${m.committee} - Referat`, '', ...item(2), ...item(3)],
  'date only in a `Mødet afholdt` sentence': (m: Meeting) => [m.committee, '', 'Referat', '', 'Medlemmer: Asta Bo, Carl Dam', '', `Mødet afholdt den ${printedDate(m)} kl. 16.00 på Rådhuset.`, '', ...items()],
  'date only in a `Mødet afholdt` sentence after the items': (m: Meeting) => [m.committee, '', 'Referat', '', ...items(), `Mødet afholdt ${weekday(m)} den ${printedDate(m)} på Rådhuset.`],
  'committee only in the first page`s title, the date on the next page': (m: Meeting) => [
    m.committee, '', 'Referat', '', 'Indholdsfortegnelse', ...ITEMS.map(([title], index) => `${index + 1}. ${title}`), '', 'Side 1', `\fMødedato: ${printedDate(m)}`, 'Mødested: Rådhuset', '', ...items(),
  ],
  'labels and values a transcript parted': (m: Meeting) => ['MØDESTED: MØDEDATO:', `Rådhuset, byrådssalen ${printedDate(m)}`, 'DAGSORDEN', 'MØDETIDSPUNKT:', 'Kl. 16.00', m.committee, '', ...items()],
  'members between the committee and the date': (m: Meeting) => [m.committee, 'Referat', '', 'Til stede: Asta Bo, Carl Dam', 'Fraværende: Erik Fisk', '', 'Mødet blev holdt', `${weekday(m)} den ${printedDate(m)}, kl. 16.00`, '', ...items()],
};

const meetingArbitrary: fc.Arbitrary<Meeting> = fc.record({
  committee: committeeArbitrary,
  municipality: fc.constantFrom(...MUNICIPALITIES),
  year: fc.integer({ min: 2007, max: 2026 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  dateForm: fc.integer({ min: 0, max: 3 }),
  head: fc.constantFrom(...(Object.keys(HEADS) as Array<keyof typeof HEADS>)),
});

/** What the import decides: the meeting it plans, or the code it refuses the document with. */
function accepted(text: string): { body: string; date: string } | { rejected: string } {
  try {
    const { plan } = planDocument(text, 'synthetic.txt', 'sha', 'importer', {}, 'default');
    return { body: plan.meeting.body, date: plan.meeting.date };
  } catch (error) {
    if (error instanceof ImportRejected) return { rejected: `${error.code}: ${error.message}` };
    throw error;
  }
}

describe('a document that names its committee and date is never refused for lacking them', () => {
  it('plans the named meeting whatever the body, the head form and the date form', () => {
    fc.assert(
      fc.property(meetingArbitrary, (m) => {
        expect({ head: m.head, read: accepted(HEADS[m.head](m).join('\n')) }).toEqual({ head: m.head, read: { body: m.committee, date: iso(m) } });
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it.each(Object.keys(HEADS) as Array<keyof typeof HEADS>)('reads a joint committee named for its municipalities in the %s form', (head) => {
    const m: Meeting = { committee: 'Fælles Beredskabskommission for Frederikssund og Halsnæs Kommuner', municipality: 'Halsnæs', year: 2017, month: 3, day: 23, dateForm: 0, head };
    expect(accepted(HEADS[head](m).join('\n'))).toEqual({ body: m.committee, date: '2017-03-23' });
  });

  it('plans the named meeting from a head parted, whatever the body and the date form', () => {
    // (A bare indefinite noun alone on its line, `Udvalg` or `Forum`, names no committee: the labelled forms above read it.)
    const named = meetingArbitrary.filter((m) => m.committee !== 'Udvalg' && m.committee !== 'Forum');
    const parted = fc.record({ meeting: named, parted: fc.constantFrom(...(Object.keys(PARTED_HEADS) as Array<keyof typeof PARTED_HEADS>)) });
    fc.assert(
      fc.property(parted, ({ meeting: m, parted: head }) => {
        expect({ head, read: accepted(PARTED_HEADS[head](m).join('\n')) }).toEqual({ head, read: { body: m.committee, date: iso(m) } });
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('takes no earlier meeting`s date for a parted head: a date under `Tidligere behandling` or of another body`s meeting', () => {
    const text = ['Teknik- og Miljøudvalget', 'Referat', '', '1. Asfalt', 'Tidligere behandling', 'Mødet den 3. marts 2015 pkt. 4', '', 'Beslutning', 'Mødet i Økonomiudvalget den 7. april 2015 godkendte sagen.', ''].join('\n');
    expect(accepted(text)).toEqual({ rejected: expect.stringMatching(/^meeting-unknown: .*no meeting date/u) });
  });

  it('refuses a document that names no committee, and says so', () => {
    const text = ['Referat', 'Mødedato: 3. marts 2015', '', ...items()].join('\n');
    expect(accepted(text)).toEqual({ rejected: expect.stringMatching(/^meeting-unknown: .*no committee name/u) });
  });

  it('records an item whose printed number the register cannot hold by its place, not refusing the document', () => {
    const text = ['Referat', 'Udvalg: Økonomiudvalget', 'Mødedato: 3. marts 2015', '', 'Punkt 1001: Salg af grund', 'Beslutning', 'Godkendt.', '', 'Punkt 1002: Asfalt', 'Beslutning', 'Godkendt.'].join('\n');
    const { plan } = planDocument(text, 'synthetic.txt', 'sha', 'importer', {}, 'default');
    expect(plan.items.map((planned) => planned.item.number)).toEqual([undefined, undefined]);
    expect(plan.warnings.filter((warning) => warning.code === 'import-item-number-invalid')).toHaveLength(2);
  });
});
