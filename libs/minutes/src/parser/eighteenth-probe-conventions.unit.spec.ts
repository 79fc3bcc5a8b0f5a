import { probeAttendance as attendance, probeParse as parse, probeTitles as titles } from './probe-readings.js';

/**
 * Conventions found by an eighteenth probe of the reader with real minutes it had not seen (21 documents of Region
 * Hovedstaden's and Region Sjælland's municipalities and of both regions, 2007-2025, scored fact by fact against fact
 * sheets written before the reader ran). Every text here is invented, written in the convention it tests.
 */
describe('eighteenth real-minutes probe: a region`s agenda list naming its closed items only `Lukket punkt.`', () => {
  // A region's meeting page lists the agenda with no item's text; the closed items print no title, only the marker.
  const text = [
    'Møde i regionsrådet den 8. april 2024',
    '',
    'Udvalg',
    'Regionsrådet',
    'Dato: 08-04-2024',
    'Tid: 17:00 - 19:30',
    '',
    'Punkter på dagsordenen',
    '',
    ' 1. Godkendelse af dagsorden',
    ' 2. Lånesag 2024',
    ' 3. Udpegning til bestyrelsen for Nordby Sygeplejeskole',
    ' 4. Lukket punkt.',
    ' 5. Lukket punkt.',
    ' 6. Underskriftsark',
  ].join('\n');

  it('reads the entries that print only the marker as closed items, the marker their only title', () => {
    expect(titles(text)).toEqual([
      '1 Godkendelse af dagsorden',
      '2 Lånesag 2024',
      '3 Udpegning til bestyrelsen for Nordby Sygeplejeskole',
      '4 Lukket punkt. (closed)',
      '5 Lukket punkt. (closed)',
      '6 Underskriftsark',
    ]);
  });

  it('does not close an entry whose title only mentions a closed item', () => {
    const mentioned = text.replace(' 2. Lånesag 2024', ' 2. Opfølgning på lukket punkt om lånesag');
    expect(parse(mentioned).items.find((item) => item.number === 2)?.closed).toBe(false);
  });
});

describe('eighteenth real-minutes probe: members printed as stacks of name, role and party lines', () => {
  // A region's web referat: under `Medlemmer af udvalget:` each member is the name, the role if any, then the party
  // letter alone in brackets, blank lines between; a member without a party has `Løsgænger` in its place; `Fraværende:`
  // names the absent the same way.
  const text = [
    'Referat',
    '',
    'Referat - Regionsrådet 2022-2025',
    '',
    '11-03-2024 16:00',
    '',
    'Rådssalen',
    '',
    'Medlemmer af udvalget:',
    '',
    'Anne Holm',
    '',
    'Formand',
    '',
    '(A)',
    '',
    'Bo Lund',
    '',
    '2. næstformand',
    '',
    '(V)',
    '',
    'Carla Dam',
    '',
    '(C)',
    '',
    'Dennis Vang',
    '',
    'Løsgænger',
    '',
    'Eva Berg',
    '',
    '(Ø)',
    '',
    'Fraværende:',
    '',
    'Carla Dam',
    '',
    '(C)',
    '',
    '',
    'Indholdsfortegnelse',
    '',
    '1 (Åben) Godkendelse af dagsorden 3',
    '',
    '2 (Åben) Budget 2025 4',
  ].join('\n');

  it('reads every member of the stacks, not the roles or the party lines', () => {
    expect(attendance(text, 'attended')).toEqual(['Anne Holm', 'Bo Lund', 'Dennis Vang', 'Eva Berg']);
  });

  it('reads the absent member under `Fraværende:` as absent', () => {
    expect(attendance(text, 'absent')).toEqual(['Carla Dam']);
  });

  it('keeps the body and the date of the head', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Regionsrådet', date: '2024-03-11' });
  });
});

describe('eighteenth real-minutes probe: apologies the secretariat received, told in a decision', () => {
  // A region's decision under the first item: `Der var modtaget afbud fra A (B), C (V) og D (ufp).`
  const text = [
    'Forretningsudvalget',
    '',
    'Dato: 23-09-2025',
    '',
    '1. Godkendelse af dagsorden',
    '',
    'Forretningsudvalgets beslutning den 23. september 2025:',
    'Dagsordenen blev herefter godkendt.',
    'Der var modtaget afbud fra Tove Lind (B), Carl Sand (V) og Finn Mark (ufp).',
    '',
    '2. Budget 2026',
    '',
    'Forretningsudvalgets beslutning den 23. september 2025:',
    'Anbefalet.',
  ].join('\n');

  it('reads the names as apologies', () => {
    expect(attendance(text, 'apologies')).toEqual(['Tove Lind', 'Carl Sand', 'Finn Mark']);
  });

  it('reads a sentence that received nothing from anyone as no apology', () => {
    expect(attendance(text.replace('Der var modtaget afbud fra Tove Lind (B), Carl Sand (V) og Finn Mark (ufp).', 'Der var modtaget et brev fra Nordby Golfklub.'), 'apologies')).toEqual([]);
  });
});

describe('eighteenth real-minutes probe: an Acadre transcript with the deciding body after the case number', () => {
  // A document viewer's transcript of an Acadre PDF, one page a line: the first item's page runs `Sagsid: <nr> Sagen
  // afgøres i: <udvalg>` into one stretch before the decision.
  const text = [
    'Referat. Fritidsudvalget. Møde nr.: 4/2021',
    '',
    'Transkript',
    '',
    '1 Referat Fritidsudvalget Møde nr.: 4/2021 Dannet den: Onsdag den Mødedato: Tirsdag den Mødetidspunkt: 16:00-18:00 Mødested: Mødelokale 3 Medlemmer Anne Holm (A) Bo Lund (V) Carla Dam (C) Dennis Vang (Ø) Eva Berg (B) Fraværende Bemærkninger Mødet starter med en rundvisning i hallen.',
    '',
    '2 Side 1 1. Godkendelse af dagsorden for mødet den 13. april 2021 Åben sag Sagsid: 21/10441 Sagen afgøres i: Fritidsudvalget Bilag: Beslutning i Fritidsudvalget den Godkendt. Sagen blev behandlet som det første punkt på mødet, efter rundvisningen i hallen.',
    '',
    '3 Side 2 2. Tilskud til Nordby Roklub Åben sag Sagsid: 21/10442 Sagen afgøres i: Fritidsudvalget Bilag: 1 Ansøgning fra Nordby Roklub (11223/21) Indstilling Forvaltningen indstiller, at tilskuddet bevilges. Beslutning i Fritidsudvalget den Godkendt.',
  ].join('\n');

  it('reads the first item with its case number, as the items after it', () => {
    const items = parse(text).items.map((item) => `${item.number} ${item.title} [${item.caseNumber}]`);
    expect(items).toEqual(['1 Godkendelse af dagsorden for mødet den 13. april 2021 [21/10441]', '2 Tilskud til Nordby Roklub [21/10442]']);
  });

  it('reads the first item`s decision', () => {
    expect(parse(text).items[0]?.decision?.text).toMatch(/^Godkendt\./u);
  });
});

describe('eighteenth real-minutes probe: an absence label whose names the item`s status sentence ends', () => {
  // A municipal CMS page (Faxe): `Fraværende: A (C) og B (V) deltog ikke i behandlingen af punktet.` under the
  // decision of every item.
  const line = 'Fraværende: Mikkel Strand (C) og Henrik Bøgh Lauesen (V) deltog ikke i behandlingen af punktet.';
  const text = [
    'Kultur & Fritidsudvalget - 03-09-2019',
    '',
    'Referat',
    'Dato:',
    'Tirsdag, 3 september, 2019 - 16:00',
    'Hent som fil:',
    '104. Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'Godkendt.',
    '',
    line,
    '',
    '105. Tilskud til Nordby Spejdere',
    '',
    'Beslutning',
    '',
    'Bevilget.',
    '',
    line,
  ].join('\n');

  it('reads both names, the last without the status sentence after it', () => {
    expect(attendance(text, 'absent')).toEqual(['Mikkel Strand', 'Henrik Bøgh Lauesen']);
  });
});
