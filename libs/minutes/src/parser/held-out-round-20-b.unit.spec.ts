import { parseMinutes } from './parse-minutes.js';

// Conventions the twentieth held-out round of issue 12 (half B: Hovedstaden and Sjælland) showed the reader missing
// (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
// A postponement is the decision's flag, not an outcome.
const outcomeOf = (decision: { outcome?: string; postponed: boolean } | undefined) => (decision?.postponed ? 'postponed' : decision?.outcome);

describe('conventions from the twentieth held-out round (half B)', () => {
  it('reads First Agenda `Sagsforløb` triples printed cell by cell, each label over its value (a tagged PDF`s text)', () => {
    const text = [
      'REFERAT',
      'Miljøudvalget',
      'd. 02-03-2026',
      'Mødedato',
      'Mandag d. 2. marts 2026 kl. 15:00',
      'Punkt 1: Godkendelse af dagsorden',
      '00.01.00-A00-2-26',
      'Beslutninger',
      'Godkendt.',
      'Punkt 2: Naturpleje ved Åmosen',
      'EMN-2026-000812',
      'Beslutninger',
      'Godkendt.',
      'Resume',
      'Plejeplanen dækker 40 hektar.',
      'Sagsforløb',
      'Udvalg:',
      'Miljøudvalget',
      'Dato:',
      '02-02-2026',
      'Punktnummer:',
      '4',
      'Udsat.',
      'Udvalg:',
      'Byrådet',
      'Dato:',
      '12-01-2026',
      'Punktnummer:',
      '9',
      'Oversendt til Miljøudvalget.',
    ].join('\n');
    const item = parse(text).items.find((candidate) => candidate.number === 2)!;
    expect(item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : treatment.outcome])).toEqual([
      ['Miljøudvalget', '2026-02-02', [4], 'postponed'],
      ['Byrådet', '2026-01-12', [9], 'other'],
    ]);
    expect(item.course).toEqual([]);
  });

  it('reads the committee and date of a CSV decision list from its title row padded with semicolons (`<udvalg> - beslutninger fra mødet <dato>`)', () => {
    const text = [
      '\ufeffEksempel Kommune;;;',
      'Vej- og Parkudvalget - beslutninger fra mødet 03.02.2021 kl. 16.30;;;',
      ';;;',
      'Punkt;Overskrift;Sagsnr.;Beslutning',
      '1;Godkendelse af dagsorden;00.01.00-A00-1-21;Godkendt.',
      '2;Vejbelysning på Møllevej;05.01.00-G00-2-21;"Godkendt.\nFor stemte: A og F\nImod stemte: V"',
    ].join('\r\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date, parsed.meeting.startTime]).toEqual(['Vej- og Parkudvalget', '2021-02-03', '16:30']);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber, outcomeOf(item.decision)])).toEqual([
      [1, 'Godkendelse af dagsorden', '00.01.00-A00-1-21', 'approved'],
      [2, 'Vejbelysning på Møllevej', '05.01.00-G00-2-21', 'approved'],
    ]);
  });

  // (The second: the sentence wrapped after its subject, its tail `udsat på udvalgets møde den ..., pkt. N.` no body's
  // dated heading.)
  it.each([
    ['on one line', ['Sagen blev udsat på udvalgets møde den 6. januar 2021, pkt. 5.']],
    ['wrapped after its subject', ['Sagen blev', 'udsat på udvalgets møde den 6. januar 2021, pkt. 5.']],
  ])('reads an earlier postponement a decision tells before its verdict (`Sagen blev udsat på udvalgets møde den <dato>, pkt. N.`, %s)', (_how, told) => {
    const text = [
      'REFERAT Vej- og Parkudvalget d. 03-02-2021',
      'Mødedato Onsdag d. 3. februar 2021 kl. 16:30',
      'Punkt 1: Navngivning af ny vej i Nordby',
      'Beslutninger',
      ...told,
      'Indstillingen godkendt; vejen får navnet Lærkevangen.',
    ].join('\n');
    const item = parse(text).items[0]!;
    expect(outcomeOf(item.decision)).toBe('approved');
    expect(item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ?? false])).toEqual([
      ['Vej- og Parkudvalget', '2021-01-06', [5], true],
    ]);
  });

  it('joins a CSV row re-wrapped inside an unquoted cell, a page counter between its parts, and a title row wrapped before its padding', () => {
    const text = [
      'Vej- og Parkudvalget - beslutninger fra',
      'mødet 03.02.2021 kl. 16.30;;;',
      'Punkt;Overskrift;Sagsnr.;Beslutning',
      '1;Godkendelse af dagsorden;00.01.00-A00-1-21;Godkendt.',
      '2;Ansøgning om dispensation til skiltning ved',
      'Side 2 af 9',
      '\fMøllevej 4;05.01.00-G00-2-21;"Ansøgningen blev ikke imødekommet.\nFor stemte: A"',
      '3;Vejbelysning på Møllevej;05.01.00-G00-3-21;Udsat.',
    ].join('\r\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date]).toEqual(['Vej- og Parkudvalget', '2021-02-03']);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber, outcomeOf(item.decision)])).toEqual([
      [1, 'Godkendelse af dagsorden', '00.01.00-A00-1-21', 'approved'],
      [2, 'Ansøgning om dispensation til skiltning ved Møllevej 4', '05.01.00-G00-2-21', 'rejected'],
      [3, 'Vejbelysning på Møllevej', '05.01.00-G00-3-21', 'postponed'],
    ]);
  });

  it('keeps an SBSYS title`s kind word over a page break (`Referat` / `\\ftil` / `mødet i <organ>`), under the site`s navigation', () => {
    const text = [
      'Eksempel Kommune',
      'Politik',
      'Dagsordener og referater',
      'Referat',
      '\ftil',
      'mødet i Vej- og Parkudvalget',
      'den 4. marts 2020 kl. 16:00',
      'i Mødelokale 1, Rådhuset',
      ' ',
      'A. Sager til afgørelse i udvalget',
      ' ',
      '1. Godkendelse af dagsorden',
      'A. Sager til afgørelse i udvalget',
      'Åbent - 00.01.00-A00-1-20',
      ' ',
      'BESLUTNING',
      'Godkendt.',
      'Side 1',
      '\f2. Vejbelysning på Møllevej',
      'A. Sager til afgørelse i udvalget',
      'Åbent - 05.01.00-G00-2-20',
      ' ',
      'BESLUTNING',
      'Udsat.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date, parsed.meeting.startTime]).toEqual(['Vej- og Parkudvalget', '2020-03-04', '16:00']);
    expect(parsed.items.map((item) => [item.number, item.title, outcomeOf(item.decision)])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Vejbelysning på Møllevej', 'postponed'],
    ]);
  });

  it('keeps a `Sagsforløb` step`s body label under a page break (`\\fUdvalg: <organ>` over `Dato:`), though it recurs by the breaks', () => {
    const text = [
      'Miljøudvalget - Mødelokale 2, Rådhuset',
      'Referat 2. marts 2026 kl. 15.00',
      'Udvalg:',
      'Miljøudvalget',
      'Mødedato:',
      'mandag 2. marts 2026 kl. 15.00',
      'Punkt',
      'Titel',
      '1',
      'Naturpleje ved Åmosen',
      'EMN-2026-000812',
      'Beslutninger',
      'Godkendt.',
      'Sagsforløb',
      '1 of 3',
      'Udvalg: Miljøudvalget',
      'Dato: 12-01-2026',
      'Punktnummer: 5',
      'Godkendt, at planen sendes i høring.',
      'Lis Berg deltog ikke.',
      '\fUdvalg: Miljøudvalget',
      'Dato: 02-02-2026',
      'Punktnummer: 4',
      'Udsat.',
      'Hent som PDF',
      'Kopier link',
      '2',
      'Vandplan 2026',
      'EMN-2026-000977',
      'Beslutninger',
      'Godkendt.',
      'Sagsforløb',
      'Udvalg: Miljøudvalget',
      'Dato: 02-02-2026',
      'Punktnummer: 6',
      'Godkendt, at planen sendes i høring.',
      '1 bilag',
      '2 of 3',
      'Hent som PDF',
      'Kopier link',
    ].join('\n');
    const earlier = parse(text).items.map((item) => [item.number, item.earlierTreatments.map((treatment) => [treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : treatment.outcome])]);
    expect(earlier).toEqual([
      [1, [['2026-01-12', [5], 'approved'], ['2026-02-02', [4], 'postponed']]],
      [2, [['2026-02-02', [6], 'approved']]],
    ]);
  });
});
