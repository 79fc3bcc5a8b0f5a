import { parseMinutes } from './parse-minutes.js';

// Conventions the seventh held-out round of issue 12 (half A: Hovedstaden and Sjælland) showed the reader missing
// (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

const who = (text: string) => parse(text).participants.map((participant) => [participant.name, participant.attendance, participant.substituteFor]);

describe('conventions from the seventh held-out round (half A)', () => {
  it('reads `Sag nr. N` alone over its title, also a title ending in a body`s name', () => {
    const text = [
      'PRØVE KOMMUNE', 'Prøve Byråd 2010-2013', 'Mødet blev holdt tirsdag den 6. marts 2012 på Rådhuset.', '',
      'Sag nr. 4', 'Godkendelse af dagsorden', 'Sagsnr.: 12/0100', 'Beslutning Prøve Byråd 2010-2013 den 06-03-2012', 'Godkendt.', '',
      'Sag nr. 5', 'Valg af medlem til Kultur- og Fritidsudvalget', 'Sagsnr.: 10/0012', 'Beslutning Prøve Byråd 2010-2013 den 06-03-2012', 'Ida Holm (V) blev valgt.', '',
      'Sag nr. 6', 'Salg af grund', 'Sagsnr.: 12/0298', 'Lukket sag',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.caseNumber, item.closed, item.decision?.text])).toEqual([
      [4, 'Godkendelse af dagsorden', '12/0100', false, 'Godkendt.'],
      [5, 'Valg af medlem til Kultur- og Fritidsudvalget', '10/0012', false, 'Ida Holm (V) blev valgt.'],
      [6, 'Salg af grund', '12/0298', true, undefined],
    ]);
  });

  it('still reads Rødovre`s title over `Sag nr. N` with a label under it', () => {
    const text = ['Prøveudvalget', '', '06-03-2025', '', 'Godkendelse af dagsorden', 'Sag nr. 7', 'Beslutningskompetence: PU', 'Beslutning', 'Godkendt.', '', 'Ny skolevej', 'Sag nr. 8', 'Beslutningskompetence: PU', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      [7, 'Godkendelse af dagsorden'],
      [8, 'Ny skolevej'],
    ]);
  });

  it('reads a head written in prose: when and where the meeting was held, when it began and ended', () => {
    const text = [
      'Prøveudvalget', 'Mødet blev holdt torsdag den 23. februar 2012 på Rådhuset i Mødelokale C.', 'Mødet begyndte kl. 16:30 og sluttede kl. 18:05.', '',
      'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(parse(text).meeting).toMatchObject({ date: '2012-02-23', startTime: '16:30', endTime: '18:05', location: 'Rådhuset i Mødelokale C' });
  });

  it('reads a chair titled `Borgmester - ` in a member list, and a substitute stated in a sentence under it', () => {
    const text = [
      'Prøve Byråd', 'Dato: 23. februar 2012', 'Medlemmer: Borgmester - Jens Holt (C), Mona Vik (A), Lise Brandt (D)', 'Fraværende: Per Sindal (D)',
      'Lise Brandt (D) deltog som stedfortræder for Per Sindal (D).', '', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(who(text)).toEqual([
      ['Jens Holt', 'attended', undefined],
      ['Mona Vik', 'attended', undefined],
      ['Lise Brandt', 'attended', 'Per Sindal'],
      ['Per Sindal', 'absent', undefined],
    ]);
  });

  it('reads `Særlige forhold: A er suppleant for B`, `Fravær med afbud:` and a member list wrapped inside a name', () => {
    const text = [
      'Prøve Kommune', 'Kommunalbestyrelsen', 'Dato: Tirsdag den 25. september 2012', 'Mødetidspunkt: 18:00', 'Særlige forhold: Jonas Krogh er suppleant for Birgit Lerche',
      'Medlemmer: Hanne Bille, Kurt Dahl, Vibeke', 'Nørskov, Ali Yilmaz, Bo Sandell', 'Fravær med afbud: Birgit Lerche, Søren Aas', '',
      '1. Godkendelse af dagsorden', 'Beslutning i Kommunalbestyrelsen den 25-09-2012', 'Godkendt.',
    ].join('\n');
    expect(who(text)).toEqual([
      ['Jonas Krogh', 'attended', 'Birgit Lerche'],
      ['Hanne Bille', 'attended', undefined],
      ['Kurt Dahl', 'attended', undefined],
      ['Vibeke Nørskov', 'attended', undefined],
      ['Ali Yilmaz', 'attended', undefined],
      ['Bo Sandell', 'attended', undefined],
      ['Birgit Lerche', 'apologies', undefined],
      ['Søren Aas', 'apologies', undefined],
    ]);
  });

  it('reads vote parties named with their group (`For: Gruppe A, F og Ø.`, `Imod: Liste H og Gruppe V.`)', () => {
    const text = ['Kommunalbestyrelsen', 'Dato: 25. september 2012', '', '1. Ny skole', 'Beslutning i Kommunalbestyrelsen den 25-09-2012', 'Indstillingen blev godkendt.', 'For: Gruppe A, F og Ø.', 'Imod: Liste H og Gruppe V.'].join('\n');
    expect(parse(text).items[0]!.decision?.votes?.map((vote) => [vote.position, vote.who])).toEqual([
      ['for', 'A, F og Ø.'],
      ['against', 'H og V.'],
    ]);
  });

  it('reads `Fra:` as the start time and `Indkaldelse` as the member list, whose `Fraværende` stayed away', () => {
    const text = ['Prøveudvalget', 'Dato: 27. august 2018', 'Fra: 16:30', 'Sted: Mødelokale 324', 'Indkaldelse', 'Bo Lind (A)', 'Kim Vest (A)', 'Lis Thorup (Ø)', 'Fraværende', 'Kim Vest (A)', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting).toMatchObject({ startTime: '16:30', location: 'Mødelokale 324' });
    expect(who(text)).toEqual([
      ['Bo Lind', 'attended', undefined],
      ['Kim Vest', 'absent', undefined],
      ['Lis Thorup', 'attended', undefined],
    ]);
    // `Referat` / `fra` / `<organ>`: a title, no label without its value.
    expect(parse(['Referat', 'fra', 'Prøveudvalget', 'Mødedato: 6. oktober 2014', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n')).meeting).toMatchObject({ body: 'Prøveudvalget', date: '2014-10-06' });
  });

  it('ends an `Indkaldelse` list at the contents entries under it', () => {
    const text = ['Prøveudvalget', 'Dato: 10. oktober 2023', 'Indkaldelse', 'Hans Bøgh', 'Trine Vest', 'Pkt. Tekst', '412 Godkendelse af dagsorden', '414 Lokalplan 7, Boliger ved Søvej, Årslev', '', '412. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', '414. Lokalplan 7, Boliger ved Søvej, Årslev', 'Beslutning', 'Godkendt.'].join('\n');
    expect(who(text).map(([name]) => name)).toEqual(['Hans Bøgh', 'Trine Vest']);
  });

  it('marks a member of the head`s list absent who is stated absent under every decision', () => {
    const text = [
      'Prøveudvalget', 'Dato: 15. september 2020', 'Indkaldelse:', 'Vibe Holm (F)', 'Allan Høj (O)', '',
      '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', 'Fraværende: Allan Høj (O)', '',
      '2. Ny skolevej', 'Beslutning', 'Godkendt.', 'Fraværende: Allan Høj (O)',
    ].join('\n');
    expect(who(text)).toEqual([
      ['Vibe Holm', 'attended', undefined],
      ['Allan Høj', 'absent', undefined],
    ]);
  });
  it('reads a web page`s glued headings numbered through the year, the first straight over its decision', () => {
    const text = [
      'Prøve Kommunes logo', '', 'Økonomiudvalgets møde den 10. december 2025', '', 'Mødelokale F 7, Prøveby kl. 16.00', '', 'Referat', '',
      '228Godkendelse af dagsorden', '', 'Beslutning', '', 'Ida Holm (I) havde meldt forfald.', '', 'Godkendt.', '', 'Fraværende: Ida Holm (I).', '',
      '229Beslutning om ny skolevej', '', 'Resume', '', 'Der søges om en bevilling.', '', 'Beslutning', '', 'Anbefales.', '', 'Fraværende: Ida Holm (I).',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [228, 'Godkendelse af dagsorden', 'approved'],
      [229, 'Beslutning om ny skolevej', 'recommended'],
    ]);
    // The time after the place is the meeting's; the municipality named in the genitive is named.
    expect(parsed.meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2025-12-10', startTime: '16:00', location: 'Mødelokale F 7, Prøveby' });
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([['Ida Holm', 'apologies']]);
  });

  it('names the municipality from `<Navn> Kommunes ...`', () => {
    const parsed = parse(['Frederikssund Kommunes logo', 'Prøveudvalget', 'Mødedato: 10. december 2025', '', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(parsed.municipality?.name).toBe('Frederikssund');
  });

  it('reads `<navn> havde meldt forfald.` as an apology', () => {
    const text = ['Prøveudvalget', 'Mødedato: 10. december 2025', '', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Ida Holm (I) havde meldt forfald.', 'Godkendt.'].join('\n');
    expect(parse(text).participants.map((participant) => [participant.name, participant.attendance])).toEqual([['Ida Holm', 'apologies']]);
  });
  it('reads the case number from a table`s value row under its label row (`Sagsnr.   Sagsansvarlig`)', () => {
    const text = ['Prøveudvalget', 'Dato: 27. august 2018', '', '1. Godkendelse af dagsorden', 'Sagsnr.                 Sagsansvarlig', '18/00214                Jette Brask', 'Beslutning', 'Godkendt.', '', '2. Ny skolevej', 'Sagsnr. Sagsansvarlig', '17/08815 Anders Holm', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.caseNumber])).toEqual([
      [1, '18/00214'],
      [2, '17/08815'],
    ]);
  });

  it('recommends to a body whose name joins words after a hyphen (`Økonomi- og Planlægningsudvalget`)', () => {
    const text = ['Prøveudvalget', 'Dato: 27. august 2018', '', '1. Ny skolevej', 'Beslutning', 'Anbefales over for Økonomi- og Planlægningsudvalget og Kommunalbestyrelsen.'].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Økonomi- og Planlægningsudvalget' });
  });

  it('reads an earlier block `<organ> den <dato>, punkt N:` whose name holds a comma, with its verdict', () => {
    const text = [
      'Miljø-, Klima- og Teknikudvalget', 'Dato: 27. august 2018', '',
      '5. Klimatilpasning', 'Tidligere beslutninger', 'Miljø-, Klima- og Teknikudvalget den 11. juni 2018, punkt 6:', 'Udsat.', 'Sagsfremstilling', 'En løsning er undersøgt.', 'Beslutning', 'Godkendt.',
    ].join('\n');
    const item = parse(text).items[0]!;
    expect(item.decision?.outcome).toBe('approved');
    expect(item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed])).toEqual([['Miljø-, Klima- og Teknikudvalget', '2018-06-11', [6], true]]);
  });

  it('names the municipality from a logo extracted around the document`s kind (`Herlev` / `Referat` / `Kommune`)', () => {
    expect(parse(['Herlev', 'Referat', 'Kommune', 'Prøveudvalget', 'Dato: 27. august 2018', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n')).municipality?.name).toBe('Herlev');
  });

  it('reads a protocol`s decision before `Gennemgang af sagen`, an earlier postponement told there, and `Sagen er behandlet for lukkede døre.`', () => {
    const text = [
      'Protokol for Prøveudvalget', 'Onsdag den 11. maj 2016 kl. 17.00', '', 'INDHOLDSFORTEGNELSE', '44. Tilslutningspligt til fjernvarme', '48. Køb af areal', '',
      '44. Tilslutningspligt til fjernvarme', 'Beslutning', 'Tiltrådt.', 'Gennemgang af sagen',
      'Sagen har tidligere været behandlet i Prøveudvalget den 13. april 2016, punkt 36, hvor den blev udsat.', '',
      '48. Køb af areal', 'Sagen er behandlet for lukkede døre.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title, item.closed, item.decision?.text])).toEqual([
      [44, 'Tilslutningspligt til fjernvarme', false, 'Tiltrådt.'],
      [48, 'Køb af areal', true, undefined],
    ]);
    expect(items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed])).toEqual([['Prøveudvalget', '2016-04-13', [36], true]]);
  });
  it('reads a closed last heading after a page break by its `Lukket punkt` line, with the contents entry`s page number set apart', () => {
    const text = [
      'Kommunalbestyrelsen', 'Dato: 25. september 2012', '', 'Indholdsfortegnelse', '1. Godkendelse af dagsorden          2', '2. Ny skolevej          3', '',
      '1. Godkendelse af dagsorden', 'Beslutning i Kommunalbestyrelsen den 25-09-2012', 'Godkendt.', '',
      '2. Ny skolevej', 'Beslutning i Kommunalbestyrelsen den 25-09-2012', 'Godkendt.', '',
      '\f3. Salg af areal ved havnen', '', 'Lukket punkt',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Ny skolevej', false],
      [3, 'Salg af areal ved havnen', true],
    ]);
  });

  it('takes an earlier treatment`s body from the name before `behandlede sagen`, not from words a dropped line ran into it', () => {
    const text = [
      'Prøveudvalget', 'Mødedato: 17. marts 2004', '',
      'Punkt 1: Regnskab 2003', 'Sagsfremstilling', 'Økonomiudvalget anbefaler, at uforbrugte driftsmidler Økonomiudvalget behandlede sagen den 3. marts 2004, punkt 14, og anbefalede overførslen.',
      'Beslutning', 'Vedtaget.',
    ].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date])).toEqual([['Økonomiudvalget', '2004-03-03']]);
  });
});
