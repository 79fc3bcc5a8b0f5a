import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions the fourteenth to sixteenth real-minutes probes left (re-collected in the twenty-ninth session, read in
 * the thirtieth). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function items(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}${item.closed ? ' [closed]' : ''}`);
}

describe("a region's web page: the agenda list ends in a closed entry, the items follow from 1", () => {
  // The page lists every item as `N. Titel`, the closed one last as `N. LUKKET PUNKT - Titel`; the items' own headings
  // follow, each under its case number (the copy here stops after the first).
  const page = (closedEntry: string) =>
    [
      'Regionsudvalget - Referat - 3. marts 2031',
      '',
      'Mødedato',
      '03-03-2031 kl. 14:00 - 15:30',
      '',
      '  1. Ny akutklinik i Sønderhavn',
      '  2. Udbud af patientbefordring',
      '  3. Meddelelser',
      `  ${closedEntry}`,
      '',
      '',
      '  Sagsnr. 31/1234',
      '  1. Ny akutklinik i Sønderhavn',
      '  Resume',
      '  Klinikken åbner i efteråret.',
      '  Beslutning',
      '  Godkendt.',
    ].join('\n');

  it('reads the closed entry as the list`s last, and the items from the list where the copy holds no heading', () => {
    expect(items(page('4. LUKKET PUNKT - Køb af bygning til psykiatrien'))).toEqual([
      '1 Ny akutklinik i Sønderhavn',
      '2 Udbud af patientbefordring',
      '3 Meddelelser',
      '4 Køb af bygning til psykiatrien [closed]',
    ]);
    expect(parse(page('4. LUKKET PUNKT - Køb af bygning til psykiatrien')).items[0]).toMatchObject({ caseNumber: '31/1234', decision: { outcome: 'approved' } });
  });

  it('reads the same list whose closed entry is marked as the open ones are (nothing changes for it)', () => {
    expect(items(page('4. Køb af bygning til psykiatrien'))).toEqual(['1 Ny akutklinik i Sønderhavn', '2 Udbud af patientbefordring', '3 Meddelelser', '4 Køb af bygning til psykiatrien']);
  });

  it('keeps a closed heading that follows an item (the last item, its text withheld), and a run of them', () => {
    const text = [
      'REFERAT',
      'Byrådet den 4. april 2031',
      '',
      '11. Spørgsmål fra borgere',
      '',
      'Beslutning',
      'Borgmesteren besvarede et spørgsmål.',
      '12. Lukket punkt: Køb af areal ved Mosevej',
      '',
      'Sagsnr.: 82.01.00-G10-3-31',
      '13. Lukket punkt: Personalesag',
      '',
      'Sagsnr.: 81.03.00-A00-2-31',
    ].join('\n');
    expect(items(text)).toEqual(['11 Spørgsmål fra borgere', '12 Køb af areal ved Mosevej [closed]', '13 Personalesag [closed]']);
  });

  it('keeps the closed row of a pipe table of items and decisions', () => {
    const text = [
      'Referat af Fritidsudvalgets møde den 5. maj 2031',
      '',
      '| Pkt. | Emne | Sagsnr. | Beslutning |',
      '|------|------|---------|------------|',
      '| 1 | Godkendelse af dagsorden |  | Godkendt. |',
      '| 2 | Tilskud til nyt klubhus | 31/0456 | Bevilget. |',
      '| 3 | Lukket punkt: Klage over lokalefordeling |  | Behandlet for lukkede døre. |',
      '| 4 | Meddelelser |  | Taget til efterretning. |',
    ].join('\n');
    expect(items(text)).toEqual(['1 Godkendelse af dagsorden', '2 Tilskud til nyt klubhus', '3 Klage over lokalefordeling [closed]', '4 Meddelelser']);
  });
});

describe("a transcript's contents list numbered by its pages only (`Side` over the page column)", () => {
  // A docplayer transcript of the first page: the committee, the meeting, then `Følgende sager behandles på mødet Side`
  // and the titles, each followed by its page; a title whose page was lost runs into a standing item after it; the
  // attachment overview and the head's next fields close the list.
  const firstPage = (list: string) =>
    [
      'Kultur- og Idrætsudvalget',
      '',
      'Transkript',
      '',
      `1 Kultur- og Idrætsudvalget Referat fra ordinært møde 14. September 2031 Onsdag kl. 17:00 Følgende sager behandles på mødet ${list}`,
    ].join('\n');

  it('reads the titles between the page numbers as unnumbered items, a number inside a title kept', () => {
    const text = firstPage('Side Ny skaterbane ved Havnen 2 Tilskud til Byens Roklub 4 Budgetopfølgning 2 på udvalgets område 7 Kunstindkøb Meddelelser 12 Bilagsoversigt 19 Fraværende Bemærkninger til dagsorden');
    expect(items(text)).toEqual(['? Ny skaterbane ved Havnen', '? Tilskud til Byens Roklub', '? Budgetopfølgning 2 på udvalgets område', '? Kunstindkøb', '? Meddelelser']);
    expect(parse(text).meeting).toMatchObject({ body: 'Kultur- og Idrætsudvalget', date: '2031-09-14', startTime: '17:00' });
  });

  it('reads no paged list without the page column`s heading (the numbers may be the items`)', () => {
    const text = firstPage('1 Ny skaterbane ved Havnen 2 Tilskud til Byens Roklub 3 Meddelelser');
    expect(items(text)).toEqual(['1 Ny skaterbane ved Havnen', '2 Tilskud til Byens Roklub', '3 Meddelelser']);
  });
});

describe('an older agenda PDF`s `1 Åbent Titel` headings as a transcript writes them, one space each', () => {
  // The PDF's head, its contents run into one long line (`1 Titel 2 Titel ...`), then each item under the page's
  // running head: `N Åbent <titel>` and the case number under it.
  const contents = Array.from({ length: 8 }, (_, at) => `${at + 1} ${['Meddelelser fra formanden', 'Forslag til tillæg 3 til Kommuneplan 2031, Skybrudsplan', 'Lokalplan 12 for Engvej. Forslag', 'Anlægsbevilling til nye cykelstier langs Strandvejen og Kystvejen', 'Ansøgning om midler fra puljen til bedre trafiksikkerhed ved skolerne', 'Revideret betalingsvedtægt for Byens Spildevand A/S 2032', 'Lånoptagelse til udbygning af fjernvarmen i den nordlige bydel', 'Telefonisk deltagelse i udvalgsmøder'][at]}`).join(' ');
  const text = [
    'Dagsorden til møde i Kommunalbestyrelsen',
    '',
    'Mødedato 15. december 2031 Mødetidspunkt 18.00 Mødelokale Rådssalen',
    '',
    'Side 1 af 30',
    '',
    'Indholdsfortegnelse',
    '',
    contents,
    '',
    'Side 2 af 30',
    '',
    'Møde i Kommunalbestyrelsen den 15. december 2031',
    '',
    '1 Åbent Meddelelser fra formanden',
    '',
    '031234-2031',
    '',
    '______',
    '',
    'Møde i Kommunalbestyrelsen den 15. december 2031',
    '',
    '2 Åbent Forslag til tillæg 3 til Kommuneplan 2031, Skybrudsplan',
    '',
    '035678-2031',
    '',
    'Resumé',
    '',
    'Planen sendes i høring i otte uger.',
  ].join('\n');

  it('reads the headings and their case numbers, the rest of the contents as items listed only there', () => {
    const parsed = parse(text);
    expect(parsed.items.slice(0, 3).map((item) => [item.number, item.title, item.caseNumber ?? null])).toEqual([
      [1, 'Meddelelser fra formanden', '031234-2031'],
      [2, 'Forslag til tillæg 3 til Kommuneplan 2031, Skybrudsplan', '035678-2031'],
      [3, 'Lokalplan 12 for Engvej. Forslag', null],
    ]);
    expect(parsed.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('takes no heading with the item`s text under it for a transcript`s page (the long contents line numbered `1` first)', () => {
    expect(parse(text).items[1]!.line).toBe(23);
  });

  it('reads a lower-case access word or a title in lower case as no heading (a sentence may start so)', () => {
    const lines = parse(text.replace('1 Åbent Meddelelser', '1 åbent Meddelelser').replace('2 Åbent Forslag', '2 Åbent forslag')).items.map((item) => item.line);
    expect(lines).not.toContain(15);
    expect(lines).not.toContain(23);
  });
});

describe('a transcript`s head row of labels without colons, `Sted Medlemmer Fraværende`, before their values', () => {
  // The page line holds the head: `Dato`, `Mødetidspunkt`, then the labels of a table's column in a row and their values
  // run together: the place, every member (the absent too), the absent, and the next label `Bemærkninger` with none.
  const members = ['Asta Kjærbo', 'Bent Lunde', 'Carla E. Fisker', 'Dennis Holt', 'Eja Mørk-Hansen', 'Frode Lind Berg'];
  const page = (absent: string) =>
    [
      'Byrådet. Referat',
      '',
      'Transkript',
      '',
      `1 Byrådet Referat Dato 12. marts 2031 Mødetidspunkt 18:00 Sluttidspunkt 20:10 Sted Medlemmer Fraværende Byrådssalen, Hvidsand Rådhus ${members.join(', ')} ${absent} Bemærkninger ${'Mødet blev holdt som planlagt og alle punkter blev behandlet i den rækkefølge, dagsordenen angav. '.repeat(3)}`,
    ].join('\n');

  it('gives each label its value: the place, the members present, the absent member', () => {
    const parsed = parse(page('Frode Lind Berg'));
    expect(parsed.meeting).toMatchObject({ date: '2031-03-12', startTime: '18:00', location: 'Byrådssalen, Hvidsand Rådhus' });
    expect(parsed.participants.filter((p) => p.attendance === 'absent').map((p) => p.name)).toEqual(['Frode Lind Berg']);
    expect(parsed.participants.filter((p) => p.attendance === 'attended').map((p) => p.name)).toEqual(members.slice(0, -1));
  });

  it('cuts no member`s name in two to make the absent one (`Berg Dennis Holt` is no member)', () => {
    const parsed = parse(page('Dennis Holt'));
    expect(parsed.participants.filter((p) => p.attendance === 'absent').map((p) => p.name)).toEqual(['Dennis Holt']);
  });
});

describe('a region`s web page: the agenda list under `Dagsorden`, its first title opening with an ordinal', () => {
  // The list's first entry is a report's count (`1. 3. økonomirapport`); the copy holds the first item's text only.
  const text = [
    'Regionsudvalget - referat 05-12-2031',
    '',
    'Mødedato:',
    '05-12-2031 Kl. 15:00-16:10',
    '',
    'Dagsorden',
    '',
    ' 1. 2. økonomi- og aktivitetsrapport',
    ' 2. Budgetopfølgning 2031',
    ' 3. Strategi for jordforurening',
    '',
    '1.      2. økonomi- og aktivitetsrapport',
    '',
    'Sagsnr:',
    '',
    '31/5773',
    '',
    'Resumé',
    '',
    'To gange om året fremlægges rapporten.',
  ].join('\n');

  it('reads the entries after the item read as items listed only there', () => {
    expect(items(text)).toEqual(['1 2. økonomi- og aktivitetsrapport', '2 Budgetopfølgning 2031', '3 Strategi for jordforurening']);
  });

  it('takes no count in a sentence for an entry (a capital or an ordinal must follow the number)', () => {
    expect(items(text.replace(' 2. Budgetopfølgning 2031', ' 2. 3 budgetter er vedlagt'))).toEqual(['1 2. økonomi- og aktivitetsrapport']);
  });
});

describe('a region`s apologies, each with who stands in: `A - B deltager som stedfortræder.`', () => {
  const text = [
    'Regionsrådet - referat 26-01-2031',
    '',
    'Mødedato',
    '26-01-2031 kl. 15:00 - 17.30',
    '',
    'Medlemmer',
    'Carl Holm, Anne Holm, Bo Lund, Tom Berg, Ida Vang',
    '',
    'Afbud:',
    'Bo Lund - Eva Krogh Nielsen deltager som stedfortræder.',
    'Ida Vang - Jens Bak deltager som stedfortræder.',
    '',
    '1.      Fusion af to trafikselskaber',
    '',
    'Beslutning',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads the apologies and the substitutes for them, in the present tense as in the past', () => {
    const parsed = parse(text);
    expect(parsed.participants.filter((p) => p.attendance === 'apologies').map((p) => p.name)).toEqual(['Bo Lund', 'Ida Vang']);
    expect(parsed.participants.filter((p) => p.substituteFor).map((p) => [p.name, p.substituteFor])).toEqual([
      ['Eva Krogh Nielsen', 'Bo Lund'],
      ['Jens Bak', 'Ida Vang'],
    ]);
    expect(parse(text.replace(/deltager som/gu, 'deltog som')).participants.filter((p) => p.substituteFor)).toHaveLength(2);
  });
});

describe('a transcript`s absence list with the page`s running date after the last name', () => {
  const text = [
    'Transkript',
    '',
    '1 Referat Mødedato: 24. april 2031 Mødelokale: Byrådssalen, Hvidsand Rådhus Starttidspunkt for møde: 19:00 Fraværende: Birte Frisk, Christa Hald, Eik Albertsen 24. april 2031',
    '',
    `2 Referat 1. Overførsel af driftsbevillinger Sagsfremstilling ${'Kommunalbestyrelsen har tidligere vedtaget regler for overførsel af uforbrugte driftsbevillinger. '.repeat(3)}`,
  ].join('\n');

  it('reads the last absent member without the date', () => {
    expect(parse(text).participants.filter((p) => p.attendance === 'absent').map((p) => p.name)).toEqual(['Birte Frisk', 'Christa Hald', 'Eik Albertsen']);
  });
});
