import { planDocument } from '../import/planned-document.js';
import { parseMinutes } from './parse-minutes.js';
import { capitalLabelRowLines } from './prepass/capital-label-row.js';

/**
 * Conventions the fifteenth real-minutes probe left (its largest leftovers, re-collected in the twenty-ninth session).
 * Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function titles(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}`);
}

describe('a head table whose capital label columns a transcript wrote as one row', () => {
  // A docplayer transcript of an old PDF head: two label columns in capitals, each before its values, the committee's
  // name printed large beside the second; the page's own line lost the date and the time, the viewer's download title
  // keeps them.
  const page = 'MØDESTED: MØDEDATO: Hvidsand Rådhus, Mødesal 3 REFERAT MØDETIDSPUNKT: MØDET HÆVET: Hvidsand Byråd';
  const text = [
    'HVIDSAND KOMMUNE MØDESTED: MØDEDATO: Hvidsand Rådhus, Mødesal 3 REFERAT MØDETIDSPUNKT: MØDET HÆVET: Hvidsand Byråd 16.30',
    '',
    'Størrelse: px',
    'Starte visningen fra side:',
    '',
    'Download "HVIDSAND KOMMUNE MØDESTED: MØDEDATO: Hvidsand Rådhus, Mødesal 3 14-05-2007 REFERAT MØDETIDSPUNKT: MØDET HÆVET: Hvidsand Byråd 16.30 18.45"',
    '',
    'Transkript',
    '',
    `1 ${page} Deltagere: Asta Kjærbo, Bent Lunde, Carla Fisker, Dennis Holt, Eja Mørk Fraværende: Spørgetid: Der var ingen spørgsmål. Sag nr.: Emne: 1. Ansøgning om tilskud til Hvidsand Roklub ${'Budgetopfølgning pr. 30. april og forventet regnskab for året '.repeat(3)}`,
  ].join('\n');

  it('cuts the row into one label with its value a line, the dates and times from the end of each column`s values', () => {
    expect(capitalLabelRowLines('HVIDSAND KOMMUNE MØDESTED: MØDEDATO: Hvidsand Rådhus, Mødesal 3 14-05-2007 REFERAT MØDETIDSPUNKT: MØDET HÆVET: Hvidsand Byråd 16.30 18.45')).toEqual([
      'HVIDSAND KOMMUNE',
      'MØDESTED: Hvidsand Rådhus, Mødesal 3',
      'MØDEDATO: 14-05-2007',
      'REFERAT',
      'MØDETIDSPUNKT: 16.30',
      'MØDET HÆVET: 18.45',
      'Hvidsand Byråd',
    ]);
  });

  it('gives a lone time to the meeting`s start and leaves a label whose value the page lost empty', () => {
    expect(capitalLabelRowLines(`${page} 16.30`)).toEqual([
      'MØDESTED: Hvidsand Rådhus, Mødesal 3',
      'MØDEDATO:',
      'REFERAT',
      'MØDETIDSPUNKT: 16.30',
      'MØDET HÆVET:',
      'Hvidsand Byråd',
    ]);
  });

  it('reads no label that stands alone with its value (a row needs two labels together)', () => {
    expect(capitalLabelRowLines('MØDESTED: Hvidsand Rådhus MØDEDATO: 14-05-2007')).toBeUndefined();
    expect(capitalLabelRowLines('Mødested: Mødedato: Hvidsand Rådhus')).toBeUndefined();
  });

  it('reads the committee, the date from the download title, the place and the start from the transcript', () => {
    const { meeting } = parse(text);
    expect({ body: meeting.body, date: meeting.date, place: meeting.location, start: meeting.startTime }).toEqual({
      body: 'Hvidsand Byråd',
      date: '2007-05-14',
      place: 'Hvidsand Rådhus, Mødesal 3',
      start: '16:30',
    });
    expect(parse(text).participants.map((person) => person.name)).toContain('Carla Fisker');
  });

  it('is imported: the text names its committee and its date', () => {
    const { plan } = planDocument(text, 'probe.txt', 'sha', 'importer', {}, 'default');
    expect({ body: plan.meeting.body, date: plan.meeting.date }).toEqual({ body: 'Hvidsand Byråd', date: '2007-05-14' });
  });
});

describe('a contents table with a page column extracted one cell a line (`Pkt.` / `Tekst` / `Side`)', () => {
  // An agenda PDF through a transcript site: the head's labels and values a line each, then the contents table's cells a
  // line each, titles wrapped over several lines, a page break's footer and head between two rows, the closed part under
  // its heading; the first item's text after the table, the transcript cut there.
  const text = [
    'Nordby Kommune – Økonomiudvalget',
    'Dagsorden',
    'Mødedato:',
    '3. marts 2016',
    'Mødelokale:',
    'Mødelokale 4, Nordby',
    'Rådhus',
    'Starttidspunkt for møde:',
    '15:00',
    'Indholdsfortegnelse',
    'Pkt.',
    'Tekst',
    'Åbne dagsordenspunkter',
    'Side',
    '1',
    'Regnskab 2015 for Nordby Havn',
    '3',
    '2',
    'Tilskud til udskiftning af belysning i hallerne og på',
    'boldbanerne i 2016',
    '4',
    '3',
    'Evaluering af resultatmål for',
    '2015',
    '6',
    '3. marts 2016',
    '2',
    'Nordby Kommune – Økonomiudvalget',
    'Dagsorden',
    '4',
    'Budgetopfølgning pr. 31. januar',
    '7',
    'Lukkede dagsordenspunkter',
    '5',
    'Køb af ejendom',
    '3. marts 2016',
    '9',
    '3',
    'Nordby Kommune – Økonomiudvalget',
    'Dagsorden',
    '1. Regnskab 2015 for Nordby Havn',
    '08.00.00-Ø00-2-16',
    'Sagsfremstilling',
    'Havnens regnskab viser et overskud på',
  ].join('\n');

  it('reads each row as a contents entry: its number, its title joined over its lines, the closed part closed', () => {
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.closed ?? false])).toEqual([
      [1, 'Regnskab 2015 for Nordby Havn', false],
      [2, 'Tilskud til udskiftning af belysning i hallerne og på boldbanerne i 2016', false],
      [3, 'Evaluering af resultatmål for 2015', false],
      [4, 'Budgetopfølgning pr. 31. januar', false],
      [5, 'Køb af ejendom', true],
    ]);
    expect(parsed.items[0]!.caseNumber).toBe('08.00.00-Ø00-2-16');
  });

  it('reads nothing as a row where the head is not the three columns', () => {
    const other = text.replace('Side\n', 'Beslutning\n');
    expect(parse(other).items.map((item) => item.number)).not.toEqual([1, 2, 3, 4, 5]);
  });
});

describe('a contents list run into one line with the committee`s code between number and title', () => {
  // A transcript of a council's first page: the head's labels run together, `Øvrige bemærkninger:` among them, then the
  // contents list on the same line, each entry `<nr> <code> <titel>`; the extraction lost some numbers, the codes stand.
  const page = [
    '1 REFERAT Byråd Møde nr.: 4 Mødedato: Mødevarighed: Fraværende: Mødested: Byrådssalen',
    'Øvrige bemærkninger: Ulla Krog (Deltog ikke i mødet fra punkt 12.)',
    'Indholdsfortegnelse: Åben dagsorden 1 ØK Vestby Havn A/S - årsrapport ØK Vestby Vand A/S - årsrapport',
    '3 ØK Salg af areal på Møllevej, Vestby 4 ØK Mødekalender TM Tilslutning til nyt alarmsystem',
    '6 TM forslag til lokalplan , boliger ved Åbakken 7 TM Kommuneplantillæg , Åbakken 8 SU Ældrepolitik - høring',
  ].join(' ');
  const text = ['Møde nr.: 4 Mødedato: 22. marts 2011 Mødevarighed:', '', 'Transkript', '', page, '', `2 ${'Sagsfremstilling og bilag til sagerne. '.repeat(8)}`].join('\n');

  it('reads each entry without its code; a code without a number is an entry where it fills the gap exactly', () => {
    expect(titles(text)).toEqual([
      '1 Vestby Havn A/S - årsrapport',
      '2 Vestby Vand A/S - årsrapport',
      '3 Salg af areal på Møllevej, Vestby',
      '4 Mødekalender',
      '5 Tilslutning til nyt alarmsystem',
      '6 forslag til lokalplan , boliger ved Åbakken',
      '7 Kommuneplantillæg , Åbakken',
      '8 Ældrepolitik - høring',
    ]);
  });

  it('guesses no number where the codes without one do not fill the gap', () => {
    const gap = text.replace('3 ØK Salg', '5 ØK Salg').replace('4 ØK Mødekalender', '6 ØK Mødekalender').replace('6 TM forslag', '8 TM forslag').replace('7 TM Kommune', '9 TM Kommune').replace('8 SU Ældre', '10 SU Ældre');
    expect(titles(gap)[0]).toBe('1 Vestby Havn A/S - årsrapport ØK Vestby Vand A/S - årsrapport');
  });

  it('reads the place before `Øvrige bemærkninger:`, not the remark', () => {
    expect(parse(text).meeting.location).toBe('Byrådssalen');
  });
});
