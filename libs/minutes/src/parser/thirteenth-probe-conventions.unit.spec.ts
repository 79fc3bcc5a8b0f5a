import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a thirteenth probe of the reader with real minutes it had not seen (22 documents from Jylland's
 * municipalities, two regions and two trafikselskaber, 2004-2023, scored fact by fact against fact sheets written
 * before the reader ran). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function titles(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}`);
}

describe('thirteenth real-minutes probe: a web page whose item list puts the number alone after a bullet', () => {
  // A municipal CMS renders each item as a list entry: the bullet and the item's number on one line, the title on the
  // next, then the item's fold-out sections as bullets of their own.
  const text = [
    'Dagsordener og referater',
    '',
    'Udvalg: Teknisk Udvalg',
    '',
    'Mødedato: 14-09-2022 15:00:00',
    '',
    '  • 87',
    '',
    '    Vejbelysning i Nordby',
    '',
    '    • Beslutningstema',
    '',
    '      Udvalget skal tage stilling til ny vejbelysning.',
    '',
    '    • Beslutning',
    '',
    '      Godkendt.',
    '',
    '  • 88',
    '',
    '    Orientering om vintertjeneste',
    '',
    '    • Beslutning',
    '',
    '      Taget til efterretning.',
  ].join('\n');

  it('reads each bulleted number with the title on the line under it', () => {
    expect(titles(text)).toEqual(['87 Vejbelysning i Nordby', '88 Orientering om vintertjeneste']);
  });

  it('keeps each item its own decision', () => {
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'noted']);
  });

  it('reads no place from the page\'s `Hent PDF-version` link under the date', () => {
    expect(parse(text.replace('Mødedato: 14-09-2022 15:00:00', 'Mødedato: 14-09-2022 15:00:00\n\nHent PDF-version')).meeting.location).toBeUndefined();
  });

  it('reads a decision\'s `Afbud:` alone on its line with the member and the substitute on the next', () => {
    const withAbsence = text.replace('      Godkendt.', '      Godkendt.\n\n      Afbud:\n\n      Ole Hansen (V) - Eva Berg deltog som suppleant.');
    expect(parse(withAbsence).participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Ole Hansen:apologies', 'Eva Berg:attended']);
  });

  it('reads no bulleted count in an item text as an item (a number followed by text on the same line)', () => {
    const counted = text.replace('      Udvalget skal tage stilling til ny vejbelysning.', '      • 12 nye master\n      • 3 km kabel');
    expect(titles(counted)).toEqual(['87 Vejbelysning i Nordby', '88 Orientering om vintertjeneste']);
  });
});

describe('thirteenth real-minutes probe: a joint company names its organ by its meeting in the organisation', () => {
  // A trafikselskab's or utility's board pack is titled by the meeting's compound and the company, its date under
  // `Tid:`; the board is the company's, named so.
  const board = [
    'Bestyrelsesmøde i Vestbus',
    '',
    'Dagsorden',
    '',
    'Tid: Fredag den 4. marts 2016 kl. 10:00',
    '',
    'Sted: Mødelokale 2, Banevej 7, 9999 Solby',
    '',
    '12/16 Godkendelse af dagsordenen',
    '',
    'Indstilling at dagsordenen godkendes.',
  ].join('\n');

  it('reads the board as the company\'s, in the definite form', () => {
    expect(parse(board).meeting).toMatchObject({ body: 'Bestyrelsen for Vestbus', date: '2016-03-04' });
  });

  it('reads the owners\' assembly (`Repræsentantskabsmøde`) so too', () => {
    expect(parse(board.replace('Bestyrelsesmøde', 'Repræsentantskabsmøde')).meeting.body).toBe('Repræsentantskabet for Vestbus');
  });

  it('does not take an item title that names such a meeting in running text for the body', () => {
    const text = board.replace('Bestyrelsesmøde i Vestbus', 'Dagsorden for Trafikudvalget').replace('Godkendelse af dagsordenen', 'Bestyrelsesmøde i Vestbus');
    expect(parse(text).meeting.body).toBe('Trafikudvalget');
  });
});

describe('thirteenth real-minutes probe: a PDF title block run into one line, the kind between body and `Møde`', () => {
  // A transcript joins the title block's lines: the body, the document's kind, `Møde <date> kl. <time> i <place>` and
  // the head's next labels, all on one line.
  const text = [
    'Teknisk Udvalg Referat Møde 7. april 2010 kl. 15:30 i Rådhuset, lokale 3 Afbud fra/fraværende: Ida Holm Mødet hævet kl. 17:10',
    '',
    '12. Vejplan 2010',
    '',
    'Sagsfremstilling',
    '',
    'Forvaltningen forelægger vejplanen.',
    '',
    'Beslutning',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads the body, the date, the time and the place, the place ending before the run-on label', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Teknisk Udvalg', date: '2010-04-07', startTime: '15:30', location: 'Rådhuset, lokale 3' });
  });

  it('reads a dagsorden\'s title block so too', () => {
    expect(parse(text.replace('Referat Møde', 'Dagsorden Møde')).meeting).toMatchObject({ body: 'Teknisk Udvalg', date: '2010-04-07' });
  });
});

describe('thirteenth real-minutes probe: a municipality announces its meeting and its agenda on a news page', () => {
  // A news page: one sentence announces the meeting (its compound name, the date, the time and the place), then the
  // agenda's open and closed parts, each a bulleted list without numbers.
  const text = [
    'Det meddeles herved, at der afholdes ordinært byrådsmøde onsdag den 9. oktober 2019 kl. 18:00 i Medborgerhuset, Kirkevej 4',
    '',
    'DAGSORDEN',
    '',
    'Åbent møde:',
    '',
    ' • Godkendelse af dagsorden',
    ' • Budget 2020, 2. behandling',
    ' • Lokalplan nr. 12 for et boligområde ved Skovbrynet',
    '',
    'Lukket møde:',
    '',
    ' • Salg af grund',
    '',
    'Dagsordenen er fremlagt på biblioteket.',
  ].join('\n');

  it('reads the meeting from the announcing sentence', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Byrådet', date: '2019-10-09', startTime: '18:00', location: 'Medborgerhuset, Kirkevej 4' });
  });

  it('reads the bulleted entries as items without numbers, closed under the closed part', () => {
    expect(parse(text).items.map((item) => `${item.closed ? 'L ' : ''}${item.title}`)).toEqual([
      'Godkendelse af dagsorden',
      'Budget 2020, 2. behandling',
      'Lokalplan nr. 12 for et boligområde ved Skovbrynet',
      'L Salg af grund',
    ]);
  });

  it('reads no bullets as items outside the agenda\'s parts', () => {
    const noParts = text.replace('Åbent møde:', 'Se også:').replace('Lukket møde:', 'Og:');
    expect(parse(noParts).items.some((item) => item.title === 'Godkendelse af dagsorden')).toBe(false);
  });
});

describe('thirteenth real-minutes probe: a memo\'s head table read row by row, its labels before their values', () => {
  // A memo-style referat's head is a table; the transcript gives its label row, then its value row, in one line.
  const text = [
    'Referat fra Generalforsamling i Vestforsyning',
    '',
    'Sted Mødetidspunkt Mødedeltagere 12. juni 2012, kl Vestforsyning, Havnevej 2, 9999 Solby Anna Berg, Bo Dahl',
    '',
    '1. Valg af dirigent',
    '',
    'Beslutning: Anna Berg blev valgt.',
  ].join('\n');

  it('reads the date under the `Mødetidspunkt` label', () => {
    expect(parse(text).meeting.date).toBe('2012-06-12');
  });
});

describe('thirteenth real-minutes probe: an index page whose agenda list links each item\'s attachment', () => {
  // A region's older meeting page: a link to the referat's PDF, then the numbered agenda, `, Bilag N` after the titles
  // whose items have an attachment (the numbers rise like page numbers, but are the attachments').
  const text = [
    'Referat af regionsrådsmødet den 14. maj 2008 (pdf-fil)',
    '',
    ' 1. Udpegning af medlemmer til bestyrelser',
    ' 2. Forslag til budgetprocedure 2009, Bilag 2',
    ' 3. Godkendelse af vedtægter for Patientrådet, Bilag 3',
    ' 4. Orientering om ventetider',
    ' 5. Anlægsbevilling til nyt akuthus, Bilag 5',
  ].join('\n');

  it('reads the titles without the attachment links', () => {
    expect(titles(text)).toEqual([
      '1 Udpegning af medlemmer til bestyrelser',
      '2 Forslag til budgetprocedure 2009',
      '3 Godkendelse af vedtægter for Patientrådet',
      '4 Orientering om ventetider',
      '5 Anlægsbevilling til nyt akuthus',
    ]);
  });
});

describe('thirteenth real-minutes probe: a pre-2007 protocol\'s agenda run into one line, each entry labelled open or closed', () => {
  // The first page of an older PDF protocol as a transcript gives it: the head, then every entry opened by its access
  // label (`Åben sag: 101.`, `Lukket sag: 105.`) in one line.
  const text = [
    'SOLBY KOMMUNE. Økonomiudvalg, torsdag den 3. marts 2005 kl. 15:00. Referat for',
    '',
    'Transkript',
    '',
    '1 Side 1 af 9 SOLBY KOMMUNE Referat for Mødested: Rådhuset udvalg Mødetidspunkt: 3. marts 2005, kl. 15:00 Åben sag: 101. Meddelelser Åben sag: 102. Budgetopfølgning Åben sag: 103. Takster for hjemmepleje 2006 Åben sag: 104. Salg af Skolevej 3 Lukket sag: 105. Personalesag Lukket sag: 106. Køb af jord',
    '',
    '2 Side 2 af 9 Fraværende: 101. Journalnr Ø10 Meddelelser (Åben sag) a. Borgmesteren orienterede om mødet i KKR.',
  ].join('\n');

  it('reads each entry, its title ending before the next entry\'s label', () => {
    expect(titles(text)).toEqual(['101 Meddelelser', '102 Budgetopfølgning', '103 Takster for hjemmepleje 2006', '104 Salg af Skolevej 3', '105 Personalesag', '106 Køb af jord']);
  });

  it('marks the entries the closed label opens closed', () => {
    expect(parse(text).items.map((item) => item.closed)).toEqual([false, false, false, false, true, true]);
  });
});

describe('thirteenth real-minutes probe: a word processor\'s contents, a dotted tab leader between number and title', () => {
  // An older Word referat saved as a web page: the head block, then `Indholdsfortegnelse` whose entries put a dotted
  // leader between the number and the title, the page number after the title.
  const text = [
    'Referat',
    '',
    'fra møde i',
    '',
    'Teknisk Udvalg',
    '',
    'Mødedato 4. februar 2014',
    '',
    'Mødetidspunkt 16.00',
    '',
    'Indholdsfortegnelse',
    '',
    '8......... Godkendelse af dagsorden. 3',
    '',
    '9......... Vejplan 2014-2017. 4',
    '',
    '10...... Anlægsregnskab for stier. 9',
  ].join('\n');

  it('reads the entries as the meeting\'s items', () => {
    expect(titles(text).map((title) => title.replace(/\.$/u, ''))).toEqual(['8 Godkendelse af dagsorden', '9 Vejplan 2014-2017', '10 Anlægsregnskab for stier']);
  });
});

describe('thirteenth real-minutes probe: a head\'s own sentence reporting the apologies', () => {
  // A council's referat page: the title block over one sentence naming who sent apologies, no label over it.
  const text = [
    'Referat',
    'til',
    'mødet i Byrådet',
    'den 6. juni 2017 kl. 17:00',
    'i Byrådssalen',
    '',
    'Der var afbud fra Lone Vest (O) og Kim Ravn (C).',
    '',
    'Mødet sluttede kl. 18.45.',
    '',
    '1. Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads the names as apologies', () => {
    expect(parse(text).participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Lone Vest:apologies', 'Kim Ravn:apologies']);
  });
});

describe('thirteenth real-minutes probe: a recommending body\'s decision without its subject', () => {
  // A council's item quotes the committee's block, `Beslutning fra <udvalg>, <dato>, pkt. N:`, whose text opens with the
  // verb: `Anbefaler at ...` recommends, whatever it recommends (here to take a report to note).
  const text = [
    'Udvalg: Byrådet',
    '',
    'Mødedato: 25-03-2021 18:00:00',
    '',
    '  • 35',
    '',
    '    Orientering om foreløbigt regnskab',
    '',
    '    • Indstilling',
    '',
    '      Direktionen indstiller, at Byrådet tager orienteringen til efterretning.',
    '',
    '      Beslutning fra Økonomiudvalget, 17. marts 2021, pkt. 32:',
    '',
    '      Anbefaler at orienteringen tages til efterretning.',
    '',
    '    • Beslutning',
    '',
    '      Orienteringen blev taget til efterretning.',
  ].join('\n');

  it('reads the earlier treatment as a recommendation, and this meeting\'s decision as noted', () => {
    const [item] = parse(text).items;
    expect(item!.earlierTreatments.map((treatment) => `${treatment.body} ${treatment.date} ${treatment.outcome}`)).toEqual(['Økonomiudvalget 2021-03-17 recommended']);
    expect(item!.decision?.outcome).toBe('noted');
  });
});
