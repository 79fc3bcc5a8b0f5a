import { parseMinutes } from './parse-minutes.js';
import { readFileNameLine } from './prepass/file-name-line.js';
import { writtenText } from './prepass/written-text.js';
import { splitSourceLines } from './source-line.js';

// Conventions the nineteenth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; a spreadsheet's list of
// decisions saved as tab-separated text, OCR of typewritten minutes of the 1980s, and the families' documents) showed
// the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const treatments = (text: string) =>
  parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ?? false]));

describe('conventions from the nineteenth held-out round (half A)', () => {
  // A spreadsheet saved as tab-separated text: rows end in CR LF, a cell holding a line break (or a quote) is quoted,
  // a `;` in a cell is not; the meeting named only by the file name written on the first line.
  const row = (...cells: string[]) => cells.map((cell) => (/[\n"]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell)).join('\t');
  const sheet = [
    'Prøveudvalget_beslutningsliste_2021-11-23.txt',
    '',
    row('Prøvested Kommune', '', '', '', ''),
    row('Punkt', 'Sagsnr.', 'Titel', 'Beslutning', 'Fraværende'),
    row('1', '21/500', 'Godkendelse af dagsorden', 'Godkendt.', 'Ole Sand (V) - afbud'),
    row('2', '21/501', 'Ny legeplads; placering ved skolen', 'Udsat; sagen genoptages i januar.\nSagen var også udsat på udvalgets møde den 26. oktober 2021, pkt. 4.', 'Ole Sand (V) - afbud'),
    row('3', '21/502', 'Tilskud til "Børnenes Dag"', 'Godkendt med 5.000 kr.\nFor stemte: A og V\nImod stemte: Ø', 'Ole Sand (V) - afbud'),
  ].join('\r\n');

  it('reads a tab-separated spreadsheet whose quoted cells hold line breaks as its rows, one item each', () => {
    const items = parse(sheet).items;
    expect(items.map((item) => [item.number, item.title, item.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden', '21/500'],
      [2, 'Ny legeplads; placering ved skolen', '21/501'],
      [3, 'Tilskud til "Børnenes Dag"', '21/502'],
    ]);
    expect(items.map((item) => [item.decision?.outcome, item.decision?.postponed])).toEqual([['approved', false], [undefined, true], ['approved', false]]);
    expect(items[2]!.decision?.votes?.map((vote) => [vote.position, vote.who])).toEqual([['for', 'A og V'], ['against', 'Ø']]);
  });

  it('reads the meeting named only by a file name on the first line: its body and its date', () => {
    expect(parse(sheet).meeting).toMatchObject({ body: 'Prøveudvalget', date: '2021-11-23' });
    const danish = sheet.replace('Prøveudvalget_beslutningsliste_2021-11-23.txt', 'referat_Prøveudvalget_23.11.2021.csv');
    expect(parse(danish).meeting).toMatchObject({ body: 'Prøveudvalget', date: '2021-11-23' });
  });

  it('leaves a first line that is no file name (a sentence, a name without an extension) as it is', () => {
    for (const first of ['Beslutningsliste fra Prøveudvalget, 23.11.2021.txt', 'Prøveudvalget_2021-11-23', 'Prøveudvalget']) {
      const lines = splitSourceLines(`${first}\nMødedato: 23-11-2021\n`);
      expect(readFileNameLine(lines)).toBe(lines);
    }
  });

  it('reads a postponement at the meeting body’s own earlier meeting, named by its kind, as an earlier treatment of that body', () => {
    expect(treatments(sheet)[1]).toEqual([['Prøveudvalget', '2021-10-26', [4], true]]);
    const referat = [
      'Prøveudvalget',
      'Mødedato: 23-11-2021',
      '',
      '1. Ny legeplads',
      'Beslutning:',
      'Godkendt.',
      'Sagen var udsat på udvalgets møde den 26. oktober 2021, pkt. 4.',
    ].join('\n');
    expect(treatments(referat)).toEqual([[['Prøveudvalget', '2021-10-26', [4], true]]]);
  });

  // A decision's votes told by a counted majority and minority, each with the verdict's verb and its object.
  it('reads a majority and a minority by party as votes for and against (`kan ikke anbefale` is the minority’s against)', () => {
    const text = [
      'Prøveudvalget',
      'Mødedato: 07-06-2022',
      '',
      '1. Cykelplan 2023',
      'Beslutning Prøveudvalget den 07-06-2022',
      'Anbefales.',
      'Et flertal (A, V og C) anbefaler planen. Et mindretal (Ø) kan ikke anbefale planen, da stien',
      'til skolen mangler.',
    ].join('\n');
    const votes = parse(text).items[0]!.decision?.votes?.map((vote) => [vote.position, vote.who]);
    expect(votes).toEqual([['for', 'A, V og C'], ['against', 'Ø']]);
  });

  it('ends a vote’s list of names before a sentence about absent members on the next line', () => {
    const text = [
      'Prøveudvalget - Referat',
      'Dato:',
      '16. august 2021',
      '',
      '3. Forslag om hastighedsbegrænsning',
      'Beslutning',
      'Forslaget blev forkastet.',
      '',
      'For stemte: Ida Bro og Eva Lund',
      '',
      'Imod stemte: Bo Holm, Kim Vad og Per Lind',
      '',
      'Ole Dam og Tove Berg var fraværende.',
    ].join('\n');
    const against = parse(text).items[0]!.decision?.votes?.find((vote) => vote.position === 'against');
    expect(against?.who).toBe('Bo Holm, Kim Vad og Per Lind');
  });

  // A typewritten protocol read by OCR: `Ad pkt. l.`, a page's number at the right margin, `Mode` and `paa` in the
  // opening sentence, `Udvalget vedtog at ...` verdicts after the case, votes under the verdict, `Sag nr. 106/80`.
  const typed = [
    '                    PRØVEBY KOMMUNE',
    '                    TEKNISK UDVALG',
    '',
    'Mode i teknisk udvalg tirsdag den 14. april 1981 kl. 16.00 paa',
    'raadhuset, mødeværelse 2.',
    '',
    'Ad pkt. l.  Godkendelse af dagsorden.',
    '',
    '            Dagsordenen blev godkendt.',
    '',
    'Ad pkt. 2.  Kloakering af Skovvej.',
    '            Sag nr. 106/80.',
    '',
    'Projektet var behandlet paa udvalgets møde den 10. marts 1981,',
    'pkt. 4, hvor det blev udsat. Sagen har vaeret forelagt 0konomiudvalget.',
    '',
    'Udva1get vedtog at anbefale projektet over for økonomiudvalget.',
    '',
    'Ad pkt. 3.  Ansøgning om skure ved stranden.',
    '            Sag nr. 23/81.',
    '',
    'Foreningen søger om tilladelse til 6 skure.',
    '',
    'Udvalget vedtog at meddele afslag.',
    '',
    'For stemte: Aage Holm og Inger Vad.',
    'Imod stemte: Jens Bak.',
    '',
    '                                                              24',
    '',
    'Ad pkt. 4.  Vintervedligeholdelse, orientering.',
    '',
    'Udgifterne oversteg budgettet.',
    '',
    'Udvalget tog orienteringen til efterretning.',
    '',
    '                                                              25',
    '',
    'Modet hævet kl. 17.10.',
    '',
    'Aage Holm        Inger Vad',
  ].join('\n');

  it('reads a typed protocol’s opening sentence: the body, the date and time, the place after `paa`', () => {
    expect(parse(typed).meeting).toMatchObject({ date: '1981-04-14', startTime: '16:00', location: 'raadhuset, mødeværelse 2' });
  });

  it('reads `Ad pkt. l.` as item 1 and `Sag nr. 106/80` as an old journal’s case number', () => {
    const items = parse(typed).items;
    expect(items.map((item) => item.number)).toEqual([1, 2, 3, 4]);
    expect(items.map((item) => item.caseNumber ?? null)).toEqual([null, '106/80', '23/81', null]);
  });

  it('reads `Udvalget vedtog at anbefale ... over for <organ>` as a recommendation and `vedtog at meddele afslag` as a refusal', () => {
    const decisions = parse(typed).items.map((item) => item.decision);
    expect(decisions.map((decision) => decision?.outcome)).toEqual(['approved', 'recommended', 'rejected', 'noted']);
    expect(decisions[1]?.recommendedTo).toMatch(/^økonomiudvalget$/iu);
  });

  it('reads the verdict above the votes that close an item’s prose, the votes with it, and not a page’s number as the last line', () => {
    const decisions = parse(typed).items.map((item) => item.decision);
    expect(decisions[2]?.text).toContain('Udvalget vedtog at meddele afslag.');
    expect(decisions[2]?.votes?.map((vote) => [vote.position, vote.who])).toEqual([['for', 'Aage Holm og Inger Vad.'], ['against', 'Jens Bak.']]);
    expect(decisions[3]?.text).toBe('Udvalget tog orienteringen til efterretning.');
  });

  it('reads an earlier treatment at the body’s own meeting told with `paa` in a scanned text', () => {
    expect(treatments(typed)[1]).toEqual([['Teknisk Udvalg', '1981-03-10', [4], true]]);
  });

  it('reads the vocabulary’s words back (`0konomiudvalget`, `Mode`) in a text whose letter-shape misreadings told a scan', () => {
    const written = writtenText(typed);
    expect(written).toContain('Møde i teknisk udvalg');
    expect(written).toMatch(/forelagt økonomiudvalget\./iu);
    // (Titles and free text keep their words: `paa` is no misreading.)
    expect(written).toContain('paa');
    // A clean text with `Mode` and a zero is left as it is.
    const clean = 'Mode og design 2020\nPrøveudvalget\nMødedato: 14-04-2021\n';
    expect(writtenText(clean)).toBe(clean);
  });

  it('reads `Sagen har været forelagt <organ> den <dato>, der har anbefalet, at ...` as that body’s earlier recommendation', () => {
    const text = [
      'Prøveudvalget',
      'Mødedato: 14-04-1981',
      '',
      '5. Istandsættelse af fyrvej',
      'Sagsfremstilling:',
      'Sagen har været forelagt økonomiudvalget den 3. marts 1981, der har anbefalet, at arbejdet',
      'udføres i år.',
      'Beslutning:',
      'Godkendt.',
    ].join('\n');
    const treatment = parse(text).items[0]!.earlierTreatments[0];
    expect([treatment?.body.toLowerCase(), treatment?.date, treatment?.outcome]).toEqual(['økonomiudvalget', '1981-03-03', 'recommended']);
  });

  it('reads the annual accounts’ `<organ> aflagde regnskabet den <dato>, punkt N` as that body’s earlier treatment, no verdict told', () => {
    const text = [
      'Prøveudvalget',
      'Mødedato: 17-06-2014',
      '',
      '1. Regnskab 2013 - godkendelse efter revisionens beretning',
      'Sagsfremstilling:',
      'Byrådet aflagde regnskabet den 24. april 2014, punkt 6.',
      'Beslutning:',
      'Anbefales godkendt.',
    ].join('\n');
    const [treatment] = parse(text).items[0]!.earlierTreatments;
    expect([treatment?.body, treatment?.date, treatment?.itemNumbers, treatment?.outcome, treatment?.postponed]).toEqual(['Byrådet', '2014-04-24', [6], undefined, undefined]);
  });
});

describe('a contents list with an entry wrapped onto a short line, its closed last item listed only there', () => {
  // (Twenty-third session: Morsø 2021's web page, grown as one meeting, prints its closed last item once at the end; the
  // list's entry 3 wraps before a place name. A referat that prints the closed item only in its contents reads so too.)
  const item = (number: number, title: string, decision: string) => [`${number}. ${title}`, '', '', 'Beslutning', '', decision, '', 'Til toppen', '', ''];
  // (The heading wraps where its entry wraps: `... ved` / `Nordstrand`.)
  const wrapped = (number: number, title: string, decision: string) => item(number, title.replace(/ (?=Nordstrand$)/u, '\n'), decision);
  const text = [
    'Prøve Kommune',
    'Teknik- og Miljøudvalget - Referat',
    '',
    'Dato:',
    '16. august 2026',
    '',
    'Indholdsfortegnelse',
    '1. Fraværende',
    '2. Spildevandsplan 2026-2030, tillæg nr. 2 for kloakering af sommerhusområder ved',
    'Nordstrand',
    '3. Vedligeholdelse af kommunens grusveje',
    '4. Meddelelser',
    '5. Lukket punkt: Køb af areal',
    '',
    '',
    ...item(1, 'Fraværende', 'Ingen.'),
    ...wrapped(2, 'Spildevandsplan 2026-2030, tillæg nr. 2 for kloakering af sommerhusområder ved Nordstrand', 'Anbefales over for Byrådet.'),
    ...item(3, 'Vedligeholdelse af kommunens grusveje', 'Tiltrådt.'),
    ...item(4, 'Meddelelser', 'Taget til efterretning.'),
  ].join('\n');

  it('reads every item under the list, the closed one from the list', () => {
    expect(parse(text).items.map((entry) => [entry.number, entry.title, entry.closed])).toEqual([
      [1, 'Fraværende', false],
      [2, 'Spildevandsplan 2026-2030, tillæg nr. 2 for kloakering af sommerhusområder ved Nordstrand', false],
      [3, 'Vedligeholdelse af kommunens grusveje', false],
      [4, 'Meddelelser', false],
      [5, 'Køb af areal', true],
    ]);
  });
});
