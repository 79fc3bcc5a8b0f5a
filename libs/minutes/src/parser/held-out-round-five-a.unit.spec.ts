import { earlierTreatmentsInProse } from './earlier-prose.parser.js';
import { readHeadingCandidate, readTitle } from './item-heading.parser.js';
import { parseMinutes } from './parse-minutes.js';
import { readSectionHeading } from './section-heading.js';
import { toSourceLine } from './source-line.js';

// Conventions the fifth held-out round of issue 12 (half A: Jylland, systems outside the catalogue) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const items = (text: string) => parse(text).items.map((item) => [item.number ?? null, item.title, item.closed]);
const line = (text: string) => toSourceLine(text, 1);

describe('conventions from the fifth held-out round (half A)', () => {
  it('reads the pre-2007 heading `NN/N. Titel (Åben sag)`: the running number is the item`s, the access is no part of the title', () => {
    expect(readHeadingCandidate(line('14/3. Vejbelysning på Skolevej (Åben sag)'))).toMatchObject({ number: 14, title: 'Vejbelysning på Skolevej', strength: 'strong', closed: false });
    expect(readTitle('Køb af jord (Lukket sag)')).toEqual({ title: 'Køb af jord', closed: true });
    // A date or a fraction in a sentence is no heading.
    expect(readHeadingCandidate(line('12/3 blev sagen sendt i høring.'))).toBeUndefined();
  });

  it('cuts a heading and a `Vedtagelse:` label glued to the sentence before them, and reads `Vedtagelse:` as the decision', () => {
    const text = [
      'Referat', 'for', 'Kommunalbestyrelsen', 'tirsdag den 9. marts 2004 kl. 19:00', 'Mødesalen',
      '7/1. Spørgetid (Åben sag)', 'Der var ingen skriftlige spørgsmål.Vedtagelse:', 'Taget til efterretning.',
      'Ib Holm var fraværende.8/2. Salg af byggegrund (Lukket sag)',
    ].join('\n');
    expect(items(text)).toEqual([[7, 'Spørgetid', false], [8, 'Salg af byggegrund', true]]);
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'noted', text: expect.stringContaining('Taget til efterretning.') });
    expect(parse(text).items[0]!.absences).toMatchObject([{ name: 'Ib Holm', attendance: 'absent' }]);
    expect(parse(text).items[0]!.decision!.text).not.toContain('8/2.');
  });

  it('takes `vedtagelse` alone on its line for the end of a wrapped title, not a label', () => {
    expect(readSectionHeading(line('vedtagelse'))).toBeUndefined();
    expect(readSectionHeading(line('Vedtagelse:'))).toMatchObject({ kind: 'decision' });
  });

  it('reads earlier treatments told in the text under a heading without section labels', () => {
    const text = [
      'Referat', 'for', 'Kommunalbestyrelsen', 'tirsdag den 9. marts 2004 kl. 19:00', 'Mødesalen',
      '7/1. Budget 2005 (Åben sag)', 'Økonomiudvalget behandlede sagen den 24. februar 2004, punkt 9, og anbefalede forslaget.Vedtagelse:', 'Godkendt.',
    ].join('\n');
    expect(parse(text).items[0]!.earlierTreatments).toMatchObject([{ body: 'Økonomiudvalget', date: '2004-02-24', itemNumbers: [9], outcome: 'recommended' }]);
  });

  it('reads `Sagen var udsat fra mødet den <dato>` and `<organ> besluttede den <dato>, punkt N, at udsætte sagen` as earlier postponements', () => {
    const meeting = { date: '2008-05-06', body: 'Teknisk Udvalg' };
    expect(earlierTreatmentsInProse('Sagen var udsat fra mødet den 1. april 2008.', 3, meeting)).toMatchObject([{ body: 'Teknisk Udvalg', date: '2008-04-01', postponed: true }]);
    expect(earlierTreatmentsInProse('Sagen blev udsat fra Økonomiudvalgets møde den 2. april 2008.', 3, meeting)).toMatchObject([{ body: 'Økonomiudvalget', date: '2008-04-02', postponed: true }]);
    expect(earlierTreatmentsInProse('Teknisk Udvalg besluttede den 1. april 2008, punkt 12, at udsætte sagen.', 3, meeting)).toMatchObject([
      { body: 'Teknisk Udvalg', date: '2008-04-01', itemNumbers: [12], postponed: true },
    ]);
  });

  it('reads `<organ> indstiller (<dato>, pkt. N)` as that body`s earlier recommendation', () => {
    const meeting = { date: '2011-03-22', body: 'Økonomiudvalg' };
    expect(earlierTreatmentsInProse('Forslaget er udarbejdet.\nDirektionen indstiller (8. marts 2011, pkt. 12) forslaget til godkendelse.', 3, meeting)).toMatchObject([
      { body: 'Direktionen', date: '2011-03-08', itemNumbers: [12], outcome: 'recommended' },
    ]);
    expect(earlierTreatmentsInProse('Forvaltningen indstiller, at forslaget godkendes.', 3, meeting)).toEqual([]);
  });

  it('reads `<organ> den <dato>` alone under `BESLUTNING` as dated decision blocks, the earlier body`s first', () => {
    const text = [
      'ÅBENT REFERAT', 'ØKONOMIUDVALG', 'Mødedato:', '3. marts 2015', '',
      '1. TILSKUD TIL SPEJDERHUS', 'INDSTILLING', 'At tilskuddet bevilges.', 'BESLUTNING', 'Udvalget for Kultur og Fritid den 17. februar 2015', 'Anbefales.',
      'Økonomiudvalg den 3. marts 2015', 'Bevilget.', '',
      '2. SALG AF GRUND', 'INDSTILLING', 'At grunden sælges.', 'BESLUTNING', 'Økonomiudvalg den 3. marts 2015', 'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.decision?.body, item.decision?.date, item.decision?.outcome])).toEqual([
      ['Økonomiudvalg', '2015-03-03', 'approved'],
      ['Økonomiudvalg', '2015-03-03', 'approved'],
    ]);
    expect(parsed.items[0]!.earlierTreatments).toMatchObject([{ body: 'Udvalget for Kultur og Fritid', date: '2015-02-17', outcome: 'recommended' }]);
  });

  it('reads items opened by their recurring labels with a title wrapped after a dash, and a closed item numbered on after them', () => {
    const text = [
      'Teknisk Udvalg', 'Referat', 'Møde 4. maj 2011 kl. 15:00 i Rådhuset', '',
      '12 Vejplan 2012', 'Sagsfremstilling', 'Planen er klar.', 'Beslutning', 'Godkendt.', '',
      '13 Ansøgning om tilskud til ny bro -', 'Gl. Havn', 'Sagsfremstilling', 'Foreningen søger 50.000 kr.', 'Beslutning', 'Afslag.', '',
      '14 Orientering', 'Sagsfremstilling', 'Intet.', 'Beslutning', 'Til efterretning.', '',
      '15 Lukket punkt: Køb af areal', 'Teknisk Udvalg, 4. maj 2011 Side 3',
    ].join('\n');
    expect(items(text)).toEqual([
      [12, 'Vejplan 2012', false],
      [13, 'Ansøgning om tilskud til ny bro - Gl. Havn', false],
      [14, 'Orientering', false],
      [15, 'Køb af areal', true],
    ]);
    expect(parse(text).items[1]!.decision).toMatchObject({ outcome: 'rejected' });
  });

  it('reads a column of field labels before their values: the first value is the case number; `LUKKET` after the values closes', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2015', '',
      '1. TILSKUD TIL SPEJDERHUS', 'Sagsnr.', 'Dok.nr.', 'Sagsbeh.', '15-004411', '15-090012', 'Ole Holm', 'ÅBENT', 'INDSTILLING', 'At tilskuddet bevilges.', 'BESLUTNING', 'Godkendt.', '',
      '2. KØB AF GRUND', 'Sagsnr.', 'Dok.nr.', 'Sagsbeh.', '15-004518', '15-090101', 'Ole Holm', 'LUKKET',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.caseNumber, item.closed])).toEqual([[1, '15-004411', false], [2, '15-004518', true]]);
  });

  it('reads `Lukket sag` at the end of the one-line `J.nr.: ... Sagsid: ... Sagsbehandler: ...` under a heading as closed', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2008', '',
      '11. Vejplan.', 'J.nr.: 05.01.00P20 Sagsid: 08/1101 Sagsbehandler: OH Åben sag', 'Sagsfremstilling:', 'Planen er klar.', 'Beslutning:', 'Godkendt.',
      '12. Køb af grund.', 'J.nr.: 82.06.00G01 Sagsid: 08/1150 Sagsbehandler: OH Lukket sag',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.caseNumber, item.closed])).toEqual([[11, '08/1101', false], [12, '08/1150', true]]);
  });

  it('reads the body of `Indstilles til byrådets godkendelse.` and a route that names the committee with its definite ending', () => {
    const decided = (head: string, body: string[]) => parse([...head.split('|'), '', '1. Salg af grund', ...body].join('\n')).items[0]!.decision;
    expect(decided('Udvalg: Prøveudvalget|Mødedato: 3. marts 2011', ['Beslutning', 'Indstilles til byrådets godkendelse.'])).toMatchObject({ outcome: 'recommended', recommendedTo: 'Byrådet' });
    expect(decided('ÅBENT REFERAT|ØKONOMIUDVALG|Mødedato:|3. marts 2015', ['FORVENTET SAGSGANG', 'Økonomiudvalget, Byrådet', 'INDSTILLING', 'At salget godkendes.', 'BESLUTNING', 'Anbefales godkendt.'])).toMatchObject({
      outcome: 'recommended',
      recommendedTo: 'Byrådet',
    });
  });

  it('reads `Afbud fra/fraværende:` over a dash list, and a place in lower case after the time when it names a room', () => {
    const text = ['Økonomiudvalg', 'Referat', 'Møde 22. marts 2011 kl. 08:00 i Rådhuset', 'Afbud fra/fraværende:', '- Ib Holm', '', '1. Budget', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).participants).toMatchObject([{ name: 'Ib Holm', attendance: 'apologies' }]);
    const head = (line: string) => parse(['Teknik- og Miljøudvalget', line, '', '1. Budget', 'Beslutning', 'Godkendt.'].join('\n')).meeting.location;
    expect(head('torsdag den 10. april 2008 kl. 14.00 i mødelokale 1, Rådhuset')).toBe('mødelokale 1, Rådhuset');
    expect(head('torsdag den 10. april 2008 kl. 14.00 i byrådssalen')).toBe('byrådssalen');
    expect(head('torsdag den 10. april 2008 kl. 14.00 i forlængelse af budgetmødet')).toBeUndefined();
  });

  it('spells a body printed in capitals in the head as the items print it, and names no municipality or contents header as a member', () => {
    const text = [
      'ØKONOMIUDVALG', 'Mødedato:', '3. marts 2015', 'Deltagere:', 'Ib Holm, Eva Lund', 'Fraværende:', 'Eva Lund', 'PRØVE KOMMUNE', '',
      '1. SALG AF GRUND', 'INDSTILLING', 'At grunden sælges.', 'BESLUTNING', 'Økonomiudvalg den 3. marts 2015', 'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Økonomiudvalg');
    expect(parsed.participants.map((person) => [person.name, person.attendance])).toEqual([['Ib Holm', 'attended'], ['Eva Lund', 'absent']]);
  });

  it('reads items by their recurring labels where a known style reads fewer (a heading spaced like Bornholm`s `38   Titel`)', () => {
    const text = [
      'Økonomiudvalg', 'Referat', 'Møde 22. marts 2011 kl. 08:00 i Rådhuset', '',
      '38   Likviditet', 'Sagsfremstilling', 'Opgørelsen foreligger.', 'Beslutning', 'Til efterretning.', '',
      '39 Budgetdirektiv', 'Sagsfremstilling', 'Forslaget foreligger.', 'Beslutning', 'Godkendt.', '',
      '40 Orientering', 'Sagsfremstilling', 'Intet.', 'Beslutning', 'Til efterretning.',
    ].join('\n');
    expect(items(text)).toEqual([[38, 'Likviditet', false], [39, 'Budgetdirektiv', false], [40, 'Orientering', false]]);
  });

  it('keeps a page`s running head with a weekday out of a decision (`<organ> Torsdag den <dato>` is no block)', () => {
    const text = ['Udvalg: Prøveudvalget', 'Mødedato: 5. marts 2025', '', '1. Salg af grund', 'Beslutning', 'Godkendt.', 'Prøveudvalget Torsdag den 05-03-2025', 'Side 2'].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'approved', text: expect.stringContaining('Godkendt.') });
  });
});
