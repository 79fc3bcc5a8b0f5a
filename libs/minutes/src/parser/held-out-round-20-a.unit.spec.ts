import { parseMinutes } from './parse-minutes.js';
import { readTabLabelRows } from './prepass/tab-label-rows.js';
import { splitSourceLines } from './source-line.js';

// Conventions the twentieth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; Tesseract OCR of
// laser-printed minutes of the 1990s, LibreOffice Writer's `Save as Text` of a Word referat, and the families'
// documents) showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the twentieth held-out round (half A)', () => {
  // A Word referat saved as text by LibreOffice Writer: every table row one line of tab-joined cells, a cell's further
  // paragraphs on lines of their own, automatic numbers kept as `N.<TAB>`, bullets as `•<TAB>`.
  const T = '\t';
  const saved = [
    'Referat',
    '',
    'Prøverådet',
    '',
    `Mødedato:${T}Onsdag den 7. marts 2018`,
    `Mødested:${T}Lokale 4, Prøvested Rådhus`,
    `Deltagere:${T}Ane Sol (Foreningen), formand`,
    'Bo Eng (Byrådet)',
    'Cai Dal (Foreningen), suppleant for Dorte Ry',
    `Afbud:${T}Dorte Ry (Foreningen)`,
    'Eik Vang (Byrådet)',
    `Referent:${T}Fie Lund`,
    '',
    `1.${T}Godkendelse af dagsorden`,
    `Beslutning${T}Godkendt.`,
    '',
    `2.${T}Ny legeplads ved skolen`,
    `Sagsnr.${T}18/1234`,
    `Sagsfremstilling${T}Rådet behandlede sagen den 7. februar 2018, punkt 3, og udsatte den.`,
    `Beslutning${T}Rådet afgav høringssvar.`,
    'Rådet ønsker en gynge mere.',
    '',
    `3.${T}Meddelelser`,
    `Beslutning${T}Formanden orienterede om:`,
    `•${T}Temadag i maj`,
    'Taget til efterretning.',
  ].join('\n');

  it('reads a label cell and its value cell joined by a tab as the label and its text: no title runs into the decision', () => {
    const items = parse(saved).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Ny legeplads ved skolen'],
      [3, 'Meddelelser'],
    ]);
    expect(items.map((item) => item.decision?.outcome)).toEqual(['approved', 'commented', 'noted']);
    expect(items[1]!.decision?.text).toContain('Rådet ønsker en gynge mere.');
    expect(items[1]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date])).toEqual([['Prøverådet', '2018-02-07']]);
  });

  it('reads a head cell’s further paragraphs under its label: every member, every apology, the substitute', () => {
    const minutes = parse(saved);
    expect(minutes.meeting).toMatchObject({ body: 'Prøverådet', date: '2018-03-07' });
    const by = (attendance: string) => minutes.participants.filter((person) => person.attendance === attendance).map((person) => person.name);
    expect(by('attended')).toEqual(expect.arrayContaining(['Ane Sol', 'Bo Eng', 'Cai Dal']));
    expect(by('apologies').sort()).toEqual(['Dorte Ry', 'Eik Vang']);
    expect(minutes.participants.find((person) => person.name === 'Cai Dal')?.substituteFor).toBe('Dorte Ry');
  });

  it('leaves rows of one line as `<label>: <value>` and tab lines that are no label rows as they were', () => {
    const lines = splitSourceLines([`Dato:${T}Torsdag den 8. marts 2018`, `Tid:${T}Kl. 9.30`, `1.${T}Godkendelse af dagsorden`, `Ydelse${T}2017${T}2018`].join('\n'));
    expect(readTabLabelRows(lines).map((line) => line.raw)).toEqual(['Dato: Torsdag den 8. marts 2018', 'Tid: Kl. 9.30', `1.${T}Godkendelse af dagsorden`, `Ydelse${T}2017${T}2018`]);
  });

  it('leaves a label whose words a tab parts as one label: no row of a label and its value', () => {
    const lines = splitSourceLines(
      [`Dato:${T}Torsdag den 8. marts 2018`, `Tid:${T}Kl. 9.30`, '', `Afbud${T}fra:`, 'Eik Vang', `Sagsfremstilling${T}og økonomi`, `Beslutning i Prøverådet${T}den 01-02-2018`, 'Godkendt.'].join('\n'),
    );
    expect(readTabLabelRows(lines).map((line) => line.raw)).toEqual([
      'Dato: Torsdag den 8. marts 2018',
      'Tid: Kl. 9.30',
      '',
      `Afbud${T}fra:`,
      'Eik Vang',
      `Sagsfremstilling${T}og økonomi`,
      `Beslutning i Prøverådet${T}den 01-02-2018`,
      'Godkendt.',
    ]);
  });

  it('ends a row`s value at a label of its own and at a list its value does not open', () => {
    const lines = splitSourceLines([`Fraværende med afbud:${T}Eik Vang`, 'Deltagerne var:', 'Ane Sol', `Fraværende:${T}Bo Eng mødte som stedfortræder.`, `•${T}Pkt. 3 Meddelelser`].join('\n'));
    expect(readTabLabelRows(lines).map((line) => line.raw)).toEqual([
      'Fraværende med afbud: Eik Vang',
      'Deltagerne var:',
      'Ane Sol',
      'Fraværende: Bo Eng mødte som stedfortræder.',
      `•${T}Pkt. 3 Meddelelser`,
    ]);
  });

  // Tesseract OCR of laser-printed minutes of the 1990s (a WordPerfect template): `Pkt. NN` items, `J.nr.` with old KLE
  // numbers, a received stamp at the top, the head in one sentence wrapped before its place.
  const scanned = [
    '                                        MODTAGET',
    '                                      1 2. MAJ 1997',
    '                                      PRØVESTED KOMMUNE',
    '                                      Teknisk forvaltning',
    '',
    'PRØVESTED KOMMUNE',
    '',
    'Referat af prøveudvalgets møde tirsdag den 6. maj 1997 kl. 16.00',
    'på rådhuset, mødelokale 1.',
    '',
    'Til stede:     Åse Holm (formand), Søren Bæk og Jens Kjær.',
    '',
    'Pkt. 40        Godkendelse af dagsorden.',
    '',
    'Beslutning:    Godkendt.',
    '',
    'Pkt. 4l        Vejbelysning i Nørreby.',
    '               J.nr. 05.0l.00 G01',
    '',
    'Beslutning:    Godkendt.',
    '',
    'Soren Baek forlod rnødet under behandlingen af punktet.',
    '',
    'Pkt. 42        Eventuelt.',
    '',
    'Beslutning:    Intet.',
  ].join('\n');

  it('reads an item number and a dotted journal number OCR printed with `l` for a one (`Pkt. 4l`, `05.0l.00`)', () => {
    const items = parse(scanned).items;
    expect(items.map((item) => [item.number, item.caseNumber ?? null])).toEqual([
      [40, null],
      [41, '05.01.00 G01'],
      [42, null],
    ]);
  });

  it('drops a received stamp with its date and office, and reads the head sentence’s place wrapped in lower case', () => {
    const meeting = parse(scanned).meeting;
    expect(meeting).toMatchObject({ date: '1997-05-06', startTime: '16:00', location: 'rådhuset, mødelokale 1' });
  });

  it('names a member whom OCR spelled without Danish letters in an item as the member list spells the member', () => {
    const minutes = parse(scanned);
    expect(minutes.items[1]!.absences.map((absence) => absence.name)).toEqual(['Søren Bæk']);
    expect(minutes.participants.find((person) => person.name === 'Søren Bæk')).toBeDefined();
  });

  // SBSYS's referat preview: the municipality only in the running footer of every page, another municipality in an
  // item's text; the first decision's absence line with the substitute's sentence on the line under it; messages closed
  // by a verdict with its subject.
  const footer = (page: number) => `Faxe Kommune · Prøveudvalget · 3. oktober 2023                                  Side ${page} af 3`;
  const preview = [
    'SBSYS Dagsorden - Forhåndsvisning af referat',
    'Referat til mødet i Prøveudvalget den 3. oktober 2023 kl. 15:00 i Mødelokale 1, Rådhuset',
    '',
    'Åbne dagsordenspunkter',
    '',
    '00.01.00-A00-40-23',
    '120. Godkendelse af dagsorden',
    'Beslutning',
    'Fraværende: Ane Sol (V).',
    'Stedfortræder Bo Eng (V) deltog i mødet.',
    'Dagsordenen blev godkendt.',
    '',
    footer(1),
    '27.24.00-G01-12-23',
    '121. Fælles hjælpemiddeldepot',
    'Sagsfremstilling',
    'Administrationen foreslår et samarbejde med Køge Kommune om et fælles depot.',
    'Beslutning',
    'Godkendt.',
    '',
    footer(2),
    '00.01.00-A00-41-23',
    '122. Meddelelser',
    'Beslutning',
    'Formanden orienterede om en konference om hjælpemidler.',
    'Meddelelserne blev taget til efterretning.',
    '',
    footer(3),
  ].join('\n');

  it('takes the municipality a running footer names on every page before another that an item’s text names', () => {
    expect(parse(preview).municipality?.name).toBe('Faxe');
  });

  it('reads a substitute’s sentence on the line under the absence line as standing in for the member absent above', () => {
    const minutes = parse(preview);
    expect(minutes.participants.find((person) => person.name === 'Bo Eng')).toMatchObject({ attendance: 'attended', substituteFor: 'Ane Sol' });
  });

  it('reads a verdict with its subject on a line of its own after an orientation sentence (`Meddelelserne blev taget til efterretning.`)', () => {
    expect(parse(preview).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'approved', 'noted']);
  });
});
