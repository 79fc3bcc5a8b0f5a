import { parseMinutes } from './parse-minutes.js';
import { probeAttendance as attendance, probeParse as parse, probeTitles as titles } from './probe-readings.js';

/**
 * The eighteenth real-minutes probe's leftovers (Region Hovedstaden, Region Sjælland and their municipalities): the
 * conventions its documents showed that the reader still missed after session 30. Every text here is invented, written
 * in the convention it tests.
 */
describe('eighteenth-round leftovers: a region`s decision-first page telling apologies and partial presence', () => {
  // A region's item page opens with the first item's decision: who sent apologies (`Der var modtaget afbud fra`), who came
  // late (`ankom kl.`) and who left early (`forlod mødet kl.`), each in a sentence of its own.
  const text = [
    'Forretningsudvalgets beslutning den 3. marts 2025:',
    'Dagsordenen blev godkendt.',
    'Der var modtaget afbud fra Ole Sand (B), Eva Lund (V) og Kim Holt (ufp).',
    'Lise Berg (A) ankom kl. 10:20.',
    'Per Vang (C) forlod mødet kl. 14:00.',
    'Mødet sluttede kl. 14:20.',
    'Administrationen indstiller, at forretningsudvalget godkender budgettet.',
    'Forretningsudvalgets beslutning den 3. marts 2025:',
    'Godkendt.',
  ].join('\n');

  it('reads the names after `Der var modtaget afbud fra` as apologies', () => {
    expect(attendance(text, 'apologies')).toEqual(['Ole Sand', 'Eva Lund', 'Kim Holt']);
  });

  it('reads each member who came late or left early as present for part of the meeting', () => {
    const partial = parse(text).participants.filter((person) => person.partial).map((person) => `${person.name}: ${person.partial}`);
    expect(partial).toEqual(['Lise Berg: ankom kl. 10:20', 'Per Vang: forlod mødet kl. 14:00']);
  });

  it('still reads `Der var afbud fra` without `modtaget`', () => {
    expect(attendance(text.replace('Der var modtaget afbud fra', 'Der var afbud fra'), 'apologies')).toEqual(['Ole Sand', 'Eva Lund', 'Kim Holt']);
  });
});

describe('eighteenth-round leftovers: `A var fraværende. I stedet deltog B` after a member run that cannot be split', () => {
  // A transcript runs the summoned members into one line without separators, then tells in sentences, the full stops
  // partly lost, who was away and who came instead; a member without a party prints an empty bracket.
  const text = [
    'Kommunalbestyrelsen',
    '',
    'Referat',
    '',
    '7. marts 2024 kl. 17:00',
    '',
    'Kommunalbestyrelsens mødesal',
    '',
    'Indkaldelse',
    '',
    'Anne Holm Bo Lind Carl Vestergaard Dorte la Cour Eva Mose Finn Riber Hansen',
    '',
    'Bo Lind (B) var fraværende. I stedet deltog Gitte Nørby (B) Eva Mose () var fraværende. I stedet deltog Hans Krog (C) Carl Vestergaard (C) var fraværende.',
    '',
    'Derudover deltog: Inge Sørensen Jens Madsen (referent)',
    '',
    'Punkt 1 Godkendelse af dagsorden',
    '',
    'Beslutning',
    'Godkendt.',
  ].join('\n');

  it('reads each member the sentences state away as absent, the one without a party too', () => {
    expect(attendance(text, 'absent')).toEqual(['Bo Lind', 'Eva Mose', 'Carl Vestergaard']);
  });

  it('reads who came instead of whom', () => {
    const substitutes = parse(text).participants.filter((person) => person.substituteFor).map((person) => `${person.name} for ${person.substituteFor}`);
    expect(substitutes).toEqual(['Gitte Nørby for Bo Lind', 'Hans Krog for Eva Mose']);
  });
});

describe('eighteenth-round leftovers: `B deltog i mødet i stedet for A` in the first decision', () => {
  // A council's web referat names no members; the first decision tells who came in whose place, and nothing more of
  // the member stood in for.
  const text = [
    'Byrådet - 12-03-2020',
    '',
    'Referat',
    'Dato:',
    'Torsdag, 12 marts, 2020 - 18:30',
    '31. Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'Godkendt.',
    '',
    'Mads Krog (A) deltog i mødet i stedet for Lone Vinther (A).',
    '',
    'Pia Dam (V) deltog i mødet i stedet for Søren Bak (V).',
    '',
    '32. Spørgetid',
    '',
    'Beslutning',
    '',
    'Ingen spørgsmål.',
  ].join('\n');

  it('reads the members stood in for as absent, not as having sent apologies', () => {
    expect(attendance(text, 'absent')).toEqual(['Lone Vinther', 'Søren Bak']);
    expect(attendance(text, 'apologies')).toEqual([]);
  });

  it('reads them as having sent apologies where the decision says so', () => {
    const apologised = text.replace('Godkendt.', 'Godkendt. Lone Vinther (A) og Søren Bak (V) havde meldt afbud.');
    expect(attendance(apologised, 'apologies')).toEqual(['Lone Vinther', 'Søren Bak']);
  });
});

describe('eighteenth-round leftovers: a region`s contents printed as separate number, title and page lines', () => {
  // A region's web referat: the contents heading glued to the last member's party bracket, then each entry as its number,
  // its title and its page on lines of their own, blank lines between; `Meddelelser` moved last with its own number; the
  // closed items listed under a second heading with lower numbers; then the first item's text.
  const entries = (pairs: ReadonlyArray<[string, string, string]>) => pairs.flatMap(([number, title, page]) => [`${number}.`, '', title, '', page, '']);
  const text = [
    'Referat',
    '',
    'Møde i Forretningsudvalget 2022-2025',
    '',
    'mandag den 9. september 2024 kl. 09:30',
    '',
    'Rådssalen',
    '',
    'Deltagere:',
    '',
    'Anne Holm (A), Formand',
    '',
    'Bo Lind (V)Indholdsfortegnelse åbent møde',
    '',
    ...entries([
      ['1', 'Godkendelse af dagsorden', '4'],
      ['2', 'Budgetforslag 2025 1. behandling', '5'],
      ['3', 'Anlægsbevilling til ny parkering ved Nordby Sygehus', '9'],
    ]),
    '6.',
    '',
    'Meddelelser',
    '',
    '14Indholdsfortegnelse lukket møde',
    '',
    ...entries([
      ['4', 'Salg af ejendom i Nordby (Lukket punkt)', '12'],
      ['5', 'Udbud af patientbefordring (Lukket punkt)', '13'],
    ]),
    '',
    '1. Godkendelse af dagsorden',
    '',
    'Åbent',
    '',
    'Beslutning i Forretningsudvalget 2022-2025 mandag den 9. september 2024, pkt. 1',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads the entries as the agenda, the closed part`s entries closed, and not as item headings', () => {
    expect(titles(text)).toEqual([
      '1 Godkendelse af dagsorden',
      '2 Budgetforslag 2025 1. behandling',
      '3 Anlægsbevilling til ny parkering ved Nordby Sygehus',
      '6 Meddelelser',
      '4 Salg af ejendom i Nordby (closed)',
      '5 Udbud af patientbefordring (closed)',
    ]);
  });

  it('keeps the first item`s decision with the first item', () => {
    expect(parse(text).items.find((item) => item.number === 1)?.decision?.text).toBe('Godkendt.');
  });
});

describe('eighteenth-round leftovers: the municipality of the head or the address, not of the items` titles', () => {
  // A municipality's referat names itself once, in its head; its items name a neighbour more often (a joint project).
  const filler = Array.from({ length: 12 }, (_, at) => `Linje ${at + 1} af sagsfremstillingen.`);
  const municipal = [
    'Referat',
    'Teknik- og Miljøudvalget',
    'Tirsdag den 14. marts 2023',
    'Nordby Rådhus',
    'Faaborg-Midtfyn Kommune',
    '',
    ...filler,
    'Punkt 1 Fælles busrute med Odense Kommune',
    'Sagsfremstilling',
    'Odense Kommune har foreslået en fælles rute. Odense Kommune betaler halvdelen.',
    'Beslutning',
    'Godkendt.',
  ].join('\n');

  it('reads the municipality the head names, though the items name another more often', () => {
    expect(parse(municipal).municipality?.name).toBe('Faaborg-Midtfyn');
  });

  // A region's own page: the items name the municipalities they concern, the region is no municipality.
  const regional = [
    'Referat',
    '',
    'Møde i Forretningsudvalget 2022-2025',
    '',
    'fredag den 14. august 2024 kl. 09:30',
    '',
    '1. Godkendelse af dagsorden',
    '',
    'Beslutning',
    'Godkendt.',
    '',
    '2. Tilladelse til råstofindvinding ved Nordby, Roskilde Kommune',
    '',
    'Beslutning',
    'Godkendt.',
  ].join('\n');

  it('reads no municipality from the items` titles of a page at a region`s own address', () => {
    expect(parseMinutes(regional, 'probe.txt', { sourceUrl: 'https://www.regionsjaelland.dk/dagsordener/agenda.aspx' }).municipality).toBeUndefined();
  });

  it('still reads a municipality`s address as that municipality', () => {
    expect(parseMinutes(regional, 'probe.txt', { sourceUrl: 'https://www.roskilde.dk/dagsorden/1' }).municipality?.name).toBe('Roskilde');
  });
});

describe('eighteenth-round leftovers: items coded by committee, number over year and type (`ØU-55/07-O`)', () => {
  // An old protocol's items carry the committee's code, the item's running number over the year and a type letter
  // (`O` orientering, `D` drøftelse) before the title; a page transcript runs the headings on inside the page's line.
  const lines = [
    'Beslutninger fra mødet',
    'Økonomiudvalget',
    'Torsdag den 24. maj 2007 kl. 8.15',
    '',
    'ØU-61/07-O Kvartalsorientering om anlæg',
    'Beslutning: Taget til efterretning.',
    '',
    'ØU-62/07-D Nordby Skoles tilbygning',
    'Beslutning: Godkendt.',
  ];

  it('reads the code`s running number as the item`s number, the rest as its title', () => {
    expect(titles(lines.join('\n'))).toEqual(['61 Kvartalsorientering om anlæg', '62 Nordby Skoles tilbygning']);
  });

  it('cuts a transcript`s page line before each coded heading', () => {
    const transcript = [
      'Beslutninger fra mødet. Torsdag kl Ordinært møde. Økonomiudvalget',
      '',
      'Størrelse: px',
      'Starte visningen fra side:',
      '',
      'Download "Beslutninger fra mødet. Torsdag 24.05.2007 kl. 8.15. Ordinært møde. Økonomiudvalget"',
      '',
      'Transkript',
      '',
      '1 Beslutninger fra mødet Torsdag kl Ordinært møde Økonomiudvalget',
      '',
      '2 Mødet Torsdag , D2/Rådhus Fraværende: Bemærkninger til dagsordenen: Meddelelser: Økonomiudvalget Side 2',
      '',
      '3 Følgende sager blev behandlet på mødet ØU-61/07-O Kvartalsorientering om anlæg Kvartalsorienteringen viser forbruget på anlæg til og med marts. Beslutning: Taget til efterretning. Side 6 ØU-62/07-D Nordby Skoles tilbygning Skolen ønsker en tilbygning til sine indskolingsklasser. Beslutning: Godkendt. Side 7',
    ].join('\n');
    expect(parse(transcript).items.map((item) => `${item.number} ${item.decision?.text}`)).toEqual(['61 Taget til efterretning.', '62 Godkendt.']);
  });
});

describe('eighteenth-round leftovers: a contents table`s wrapped title, its number and page printed between its lines', () => {
  // A transcript of a `Pkt. Tekst Side` table runs the rows into one line; a title that wrapped in its cell prints its
  // first line, then the row's number and page, then the rest of the title.
  const text = [
    'Kommunalbestyrelsen',
    '',
    'Referat',
    '',
    '4. april 2024 kl. 17:00',
    '',
    'Indholdsfortegnelse',
    '',
    'Pkt. Tekst Side 1 Regnskab 2023 (Beslutning) 4 2 Takster for vand 2024 (Beslutning) 6 Fælles høringssvar fra kommunerne i Nordby-samarbejdet til revision af Fingerplan 2017 3 9 (Beslutning) 4 Navngivning af ny vej i Nordby (Beslutning) 12',
  ].join('\n');

  it('reads the wrapped entry with its number and its whole title, and the entry before without it', () => {
    expect(titles(text)).toEqual([
      '1 Regnskab 2023',
      '2 Takster for vand 2024',
      '3 Fælles høringssvar fra kommunerne i Nordby-samarbejdet til revision af Fingerplan 2017',
      '4 Navngivning af ny vej i Nordby',
    ]);
  });
});
