import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a ninth probe of the reader with real minutes it had not seen (28 documents and excerpts from
 * 17 municipalities and a joint fire service, 2008-2025: Kommunalbestyrelse, Byråd, Økonomiudvalg, fagudvalg,
 * Folkeoplysningsudvalg, Handicapråd, Ældreråd, Seniorråd, Beredskabskommission; scored fact by fact against fact sheets
 * written before the reader ran). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function items(text: string): string[] {
  return parse(text).items.map((item) => `${item.number} ${item.title}${item.closed ? ' [closed]' : ''}`);
}

describe('ninth real-minutes probe: a contents list whose entries open with their access word', () => {
  // Bornholm's web page lists the agenda as `åbent N Titel` / `lukket 1NN Titel` lines, indented by the page's text
  // rendering; an excerpt that ends after the first item leaves the rest to the list.
  const text = [
    'Referat',
    'Skoleudvalget',
    '12-03-2022 kl. 15:00',
    'Mødelokale 4, Torvet 2',
    'Dagsordenspunkter',
    '',
    '  åbent 1 Fraværende og bemærkninger til dagsordenen',
    '  åbent 2 Ny skoledistriktsgrænse i Nordby',
    '  åbent 3 § 18-midler til frivilligt arbejde 2022',
    '  åbent 4 Orientering fra formanden',
    '  lukket 101 Lukket punkt: køb af grund',
    '',
    'Til indholdsfortegnelse',
    '',
    ' Åbent  punkt',
    '',
    ' 1  Fraværende og bemærkninger til dagsordenen',
    '',
    'Fraværende',
    '',
    'Ingen.',
  ].join('\n');

  it('ends each title where the next entry\'s access word begins, and reads the closed entry after its jump', () => {
    expect(items(text)).toEqual([
      '1 Fraværende og bemærkninger til dagsordenen',
      '2 Ny skoledistriktsgrænse i Nordby',
      '3 § 18-midler til frivilligt arbejde 2022',
      '4 Orientering fra formanden',
      '101 køb af grund [closed]',
    ]);
  });
});

describe('ninth real-minutes probe: a web page that renders the meeting\'s date and time in the US culture', () => {
  // Vesthimmerland's agenda pages print `Mødedato: M/D/YYYY h:mm:ss AM|PM` (the month first, a twelve-hour clock)
  // and caption the items `Sagspunkter der blev behandlet på mødet: Fold alle ud`.
  const page = (when: string) =>
    [
      'Dagsordener og Referater',
      '',
      'Udvalg: Kultur- og Fritidsudvalget',
      '',
      `Mødedato: ${when}`,
      '',
      'Sagspunkter der blev behandlet på mødet: Fold alle ud',
      '  • 41.',
      '    Godkendelse af dagsorden',
      '',
      '    • Beslutning',
      '',
      '      Godkendt.',
    ].join('\n');

  it('reads the month before the day when an AM/PM clock follows, and the afternoon hour on the 24-hour clock', () => {
    const meeting = parse(page('3/4/2021 4:30:00 PM')).meeting;
    expect(meeting.date).toBe('2021-03-04');
    expect(meeting.startTime).toBe('16:30');
    expect(meeting.location).toBeUndefined();
  });

  it('reads a morning hour as it stands and noon as noon', () => {
    expect(parse(page('12/1/2020 9:00:00 AM')).meeting).toMatchObject({ date: '2020-12-01', startTime: '09:00' });
    expect(parse(page('12/1/2020 12:15:00 PM')).meeting.startTime).toBe('12:15');
  });

  it('keeps reading a slashed date without that clock day first', () => {
    expect(parse(page('3/4/2021 16:30')).meeting).toMatchObject({ date: '2021-04-03', startTime: '16:30' });
  });
});

describe('ninth real-minutes probe: a PDF transcript whose first line lost the body\'s name', () => {
  // A docplayer transcript drops the body's name from the PDF's first line (`Referat fra møde i onsdag den 21. maj 2008
  // ...`), where its page title over the transcript names it: the weekday is the date's, no body.
  const text = [
    'Referat fra møde i Kulturudvalget tirsdag den 4. marts 2009',
    '',
    'Transkript',
    '',
    '1 Referat fra møde i tirsdag den 4. marts 2009 Mødet startede kl. 17:00 i Mødelokale 3, Rådhuset',
    '',
    '2 Indholdsfortegnelse 1. KU - Godkendelse af dagsorden KU - Eventuelt',
    '',
    '3 Side 3 1. KU - Godkendelse af dagsorden Sagsnr.: 09/1234 Beslutning den Godkendt.',
  ].join('\n');

  it('takes no weekday for the body, and keeps the date and the hour of that line', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Kulturudvalget', date: '2009-03-04', startTime: '17:00' });
  });

  it('takes no `Referat udsendt:` field for a title naming a body', () => {
    const page = ['Referat fra møde i Seniorrådet', '', 'Dato: 2. maj 2019', 'Referat udsendt:', '', '1. Valg af ordstyrer', '', 'Beslutning', '', 'Ole'].join('\n');
    expect(parse(page).meeting.body).not.toBe('udsendt');
  });
});

describe('ninth real-minutes probe: titles that name the body beside its meeting\'s name or a note', () => {
  const bodyOf = (title: string) => parse([title, '', 'Dato: 14. maj 2019', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n')).meeting.body;

  it('reads the body of a meeting\'s compound name with its kind before it and its number after', () => {
    expect(bodyOf('Referat fra ekstraordinært HandicapRådsmøde 3')).toBe('Handicaprådet');
    expect(bodyOf('Ekstraordinært Ungdomsrådsmøde – Referat')).toBe('Ungdomsrådet');
  });

  it('drops the meeting\'s compound name after the body\'s own', () => {
    expect(bodyOf('Referat Kommunalbestyrelsen Kommunalbestyrelsesmøde Tirsdag den 14. maj 2019 Kl. 17:00 Rådssalen')).toBe('Kommunalbestyrelsen');
  });

  it('drops a PDF title\'s note on the parts it holds, and the word `møde` before the body', () => {
    expect(bodyOf('Referat fra mødet i Teknisk Udvalg (Indeholder åbne dagsordenspunkter) Rådhuset, lokale 2')).toBe('Teknisk Udvalg');
    expect(bodyOf('Referat MØDE Lyngby Ungeråd. Tirsdag den 14. maj 2019 kl. 16.00')).toBe('Lyngby Ungeråd');
  });
});

describe('ninth real-minutes probe: a transcript whose page numbers carry the viewer\'s `!` for a lost glyph', () => {
  // A docplayer transcript of a letter-spaced PDF: `1 ! R e f e r a t MØDE ...`, the viewer's own lines around it.
  const text = [
    'R e f e r a t MØDE Dragsholm Ungeråd. Onsdag den 3. maj 2017 kl Byrådssalen',
    '',
    'Save this PDF as:',
    ' WORD  PNG  TXT  JPG',
    '',
    'Størrelse: px',
    'Starte visningen fra side:',
    '',
    'Download "R e f e r a t MØDE 4-2017. Dragsholm Ungeråd. Onsdag den 3. maj 2017 kl. 16.30. Byrådssalen"',
    '',
    'Transkript',
    '',
    `1 ! R e f e r a t MØDE Dragsholm Ungeråd Onsdag den 3. maj 2017 kl Byrådssalen Til stede: Ida Holm, Bo Lund, Eva Berg. 1. Godkendelse af dagsorden. Godkendt. 2. Valg af formand. Ida Holm blev valgt. ${'Rådet drøftede årets temaer og aftalte at vende tilbage til dem på næste møde. '.repeat(4)}Side! 1 af! 2`,
    '',
    `2 ! ${'Rådet drøftede årets temaer og aftalte at vende tilbage til dem på næste møde. '.repeat(3)}3. Eventuelt. Intet.`,
  ].join('\n');

  it('cuts the pages back into lines: the viewer\'s lines are no place, the download title gives the hour', () => {
    const meeting = parse(text).meeting;
    expect(meeting.body).toBe('Dragsholm Ungeråd');
    expect(meeting.startTime).toBe('16:30');
    expect(meeting.location ?? '').not.toMatch(/Save this PDF|Størrelse/u);
  });
});

describe('ninth real-minutes probe: a PDF transcript headed by the municipality in capitals', () => {
  // Tårnby's PDF: `<KOMMUNE> Referat til <udvalg>` over its head fields, each page one transcript line; the decision
  // block in capitals, `BESLUTNING I <UDVALG> DEN` (its date lost), the verdict in the passive past.
  const page = (verdict: string) => [
    'SKOVBY KOMMUNE. Referat. til Kultur- og Fritidsudvalget',
    '',
    'Transkript',
    '',
    '1 SKOVBY KOMMUNE Referat til Kultur- og Fritidsudvalget Mødedato: Torsdag den 5. marts 2015 Mødetidspunkt: 16:00 Mødelokale: Medlemmer: Afbud: 12, Mødelokale Ida Holm, Bo Lund, Eva Berg Bo Lund',
    '',
    '2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse af dagsorden Meddelelser Tilskud til foreningernes lokaler 2016 Ny aftale om drift af svømmehallen Kulturprisen - valg af modtager LUKKET SAG Udlejning af Kulturhusets sal i weekenderne Eventuelt...9 Bilagsoversigt',
    '',
    `3 Kultur- og Fritidsudvalget d Godkendelse af dagsorden Åben sag Sagsnr.: 15/1234 Sagsansvarlig: abc.kf Fraværende: Afbud: Bo Lund INDSTILLING Kulturforvaltningen anbefaler over for Kultur- og Fritidsudvalget, 1. at dagsordenen godkendes. BESLUTNING I KULTUR- OG FRITIDSUDVALGET DEN ${verdict} 2`,
    '',
    `4 Kultur- og Fritidsudvalget d Meddelelser Åben sag Sagsnr.: 15/1235 Sagsansvarlig: abc.kf Fraværende: Afbud: Bo Lund RESUMÉ ${'Forvaltningen orienterer om årets aktiviteter i kulturhusene og om budgettet. '.repeat(4)}3`,
  ].join('\n');

  it('reads the body after the municipality, and the verdict of the block in capitals', () => {
    const parsed = parse(page('Dagsordenen godkendtes.'));
    expect(parsed.meeting).toMatchObject({ body: 'Kultur- og Fritidsudvalget', date: '2015-03-05', startTime: '16:00' });
    expect(parsed.items[0]).toMatchObject({ title: 'Godkendelse af dagsorden', caseNumber: '15/1234', decision: { outcome: 'approved' } });
  });
});

describe('ninth real-minutes probe: a council named for its field, in the genitive before `møde`', () => {
  // Frederikssund's pages name the meeting `<body>s møde den <date>`; a council named for its field (`Rådet for ...`)
  // ends in no body word, its genitive `s` on the field's last word.
  const text = [
    'Rådet for ældre og pårørendes møde den 03. marts 2025',
    'Rådhuset, lokale 4 kl. 15.00',
    '12Godkendelse af dagsorden',
    'Beslutning',
    'Dagsordenen blev godkendt.',
  ].join('\n');

  it('reads the council without the genitive, with the date, hour and place', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Rådet for ældre og pårørende', date: '2025-03-03', startTime: '15:00' });
  });
});

describe('ninth real-minutes probe: a transcript page whose head lists who was present as `Til stede:`', () => {
  // A council's own PDF template: `Til stede:` with the members, then `Gæster:` with the guests, run into the first
  // page's transcript line.
  const text = [
    'Transkript',
    '',
    `1 Referat Ungerådet Mandag den 2. marts 2015 kl. 16.00 Byrådssalen Til stede: Ida Holm, Bo Lund, Eva Berg. Gæster: a) Skolechef Ole Dam kl. 16.30 Tema: Skolernes trivsel 1. Godkendelse af dagsorden. Godkendt. 2. Meddelelser. ${'Formanden orienterede om rådets arbejde i foråret og om de kommende møder. '.repeat(4)}`,
    '',
    `2 ${'Rådet drøftede trivselsmålingen og aftalte at vende tilbage til den på et senere møde. '.repeat(3)}3. Eventuelt. Intet.`,
  ].join('\n');

  it('reads the members present, and no guest among them', () => {
    expect(parse(text).participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Ida Holm:attended', 'Bo Lund:attended', 'Eva Berg:attended']);
  });
});

describe('ninth real-minutes probe: a transcript whose first page lost the date that the download title keeps', () => {
  // The viewer's download title is the first page's lines joined by `. `; the first page's own transcript line lost the
  // date (`Mødet den , ...`), so only the title dates the meeting.
  const text = [
    'HORSENS BYRÅD. Horsens Byråd. Kulturudvalget. Mødet den , kl. 15:00. Torvet 2, Mødelokale 4',
    '',
    'Størrelse: px',
    'Starte visningen fra side:',
    '',
    'Download "HORSENS BYRÅD. Horsens Byråd. Kulturudvalget. Mødet den 12.03.2016, kl. 15:00. Torvet 2, Mødelokale 4"',
    '',
    'Transkript',
    '',
    '1 HORSENS BYRÅD Mødet den , Torvet 2, Mødelokale 4',
    '',
    `2 1. Budget 2017 Forvaltningen indstiller, at udvalget drøfter budgettet. Beslutning: Drøftet. ${'Udvalget drøftede de kommende års anlæg og driftsrammer i kulturhusene. '.repeat(4)}`,
  ].join('\n');

  it('reads the committee, date, hour and place from the title\'s lines, the place not run on over the page break', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Kulturudvalget', date: '2016-03-12', startTime: '15:00', location: 'Torvet 2, Mødelokale 4' });
  });
});

describe('ninth real-minutes probe: a head whose labels stand in a row before their values, `Mødelokale:` among them', () => {
  // Tårnby's transcripts: `Mødelokale: Medlemmer: Afbud: <room> <all members> <afbud>`; the members' list names every
  // member, those away too, and a substitute carries a note in brackets (`( i stedet for B)`).
  const text = [
    'Transkript',
    '',
    `1 SKOVBY KOMMUNE Referat til Byrådet Mødedato: Tirsdag den 12. marts 2019 Mødetidspunkt: 17:00 Mødelokale: Medlemmer: Afbud: Byrådets mødesal Anne Holm, Bo S. Lund, Carl Berg, Eva Bak ( i stedet for Dorte Vang), Erik Mose Hansen Carl Berg, Dorte Vang Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budget 2020 ${'Skovby Kommune '.repeat(8)}`,
    '',
    `2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 19/1001 Fraværende: Afbud: Carl Berg, Dorte Vang Beslutning: Godkendt. 2. Budget 2020 Åben sag Sagsnr.: 19/1002 Beslutning: Godkendt. ${'Byrådet drøftede budgettets rammer og anlægsoversigten for de kommende år. '.repeat(3)}`,
  ].join('\n');

  it('gives each label its value: the room, the members present, who sent apologies, who came for whom', () => {
    const parsed = parse(text);
    expect(parsed.meeting.location).toBe('Byrådets mødesal');
    expect(parsed.participants.map((person) => `${person.name}:${person.attendance}${person.substituteFor ? `>${person.substituteFor}` : ''}`)).toEqual([
      'Anne Holm:attended',
      'Bo S. Lund:attended',
      'Carl Berg:apologies',
      'Eva Bak:attended>Dorte Vang',
      'Erik Mose Hansen:attended',
      'Dorte Vang:apologies',
    ]);
  });
});

describe('ninth real-minutes probe: a transcript head whose attendance labels have no colon', () => {
  // Syddjurs's PDF: `<place> Medlemmer A (A) B (V) ... Fraværende B (V), ...`, each member closed by a party letter in
  // brackets and no comma between them.
  const text = [
    'Transkript',
    '',
    `1 Referat Byrådet Byrådsmøde Onsdag den 27. februar 2019 Kl. 16:00 Byrådssalen Nordby Medlemmer Anne Holm (A) Bo Lund (V) Carl Berg Hansen (Ø) Dorte Vang (A) Fraværende Bo Lund (V), Dorte Vang (A)`,
    '',
    `2 1. Spørgetid Sagsnr.: 19/100 Beslutning: Godkendt. ${'Byrådet drøftede spørgsmålene fra borgerne og aftalte at svare skriftligt. '.repeat(4)}`,
  ].join('\n');

  it('reads the place without the list, each member, and who was away', () => {
    const parsed = parse(text);
    expect(parsed.meeting.location).toBe('Byrådssalen Nordby');
    expect(parsed.participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Anne Holm:attended', 'Bo Lund:absent', 'Carl Berg Hansen:attended', 'Dorte Vang:absent']);
  });
});

describe('ninth real-minutes probe: a transcript\'s contents whose numbers after the first were lost, each title routed', () => {
  // Lejre's PDFs: `Indholdsfortegnelse 1. FOU - A FOU - B FOU - C ...`: only the first number survives; the committee's
  // abbreviation before each title (routing, not the title's) marks where each title starts. The excerpt ends after
  // the first items' text.
  const text = (second: string) =>
    [
      'Transkript',
      '',
      '1 Referat torsdag den 3. marts 2016 Kl. 18:00 Rådhuset, Mødelokale 2',
      '',
      `2 Indholdsfortegnelse 1. KFU - Godkendelse af dagsorden KFU - ${second} KFU - Tilskud til spejderhytten KFU - Nye vedtægter for idrætsrådet KFU - Eventuelt... 9`,
      '',
      '3 Side 1 1. KFU - Godkendelse af dagsorden Sagsnr.: 16/100 Beslutning den : Godkendt',
      '',
      `4 Side 2 2. KFU - Ansøgning om lokaletilskud - Nordby Skakklub Sagsnr.: 16/101 ${'Klubben søger om tilskud til leje af lokaler i skolens kælder hele året. '.repeat(4)}`,
    ].join('\n');

  it('reads the items only the list names, numbered on from the first, without the routing prefix', () => {
    expect(items(text('Ansøgning om lokaletilskud - Nordby Skakklub'))).toEqual([
      '1 Godkendelse af dagsorden',
      '2 Ansøgning om lokaletilskud - Nordby Skakklub',
      '3 Tilskud til spejderhytten',
      '4 Nye vedtægter for idrætsrådet',
      '5 Eventuelt',
    ]);
  });

  it('guesses no numbers where a title in the list is not the item read at its number', () => {
    expect(items(text('Meddelelser fra formanden'))).toEqual(['1 Godkendelse af dagsorden', '2 Ansøgning om lokaletilskud - Nordby Skakklub']);
  });
});

describe('ninth real-minutes probe: a label row whose members are closed by party letters and led by the chair\'s label', () => {
  // Fredericia's PDFs: `Medlemmer: Fraværende: Formand: A (A) B (V) ... <absent>`: the members' table with the chair's
  // row label before the first name, every member (those away too) with a party letter, then who was away.
  const text = [
    'Transkript',
    '',
    `1 Referat fra mødet i Kulturudvalget Mødedato: Tirsdag den 4. marts 2014 Mødested: Rådhuset, Mødelokale 3 Mødetidspunkt: Kl. 8:30-10:30 Medlemmer: Fraværende: Formand: Anne Holm (A) Bo Lund (V) Carl Berg Hansen (F) Dorte Vang (O) Carl Berg Hansen Side 1`,
    '',
    `2 1. Godkendelse af dagsorden Sagsnr.: 14/100 Beslutning i Kulturudvalget den : Godkendt. Fraværende: Carl Berg Hansen ${'Udvalget drøftede de kommende års anlæg og driftsrammer i kulturhusene. '.repeat(4)}`,
  ].join('\n');

  it('reads every member but the one away as present, and that one as away', () => {
    expect(parse(text).participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Anne Holm:attended', 'Bo Lund:attended', 'Carl Berg Hansen:absent', 'Dorte Vang:attended']);
  });
});

describe('ninth real-minutes probe: a web page\'s numbered list whose notes are indented under the titles', () => {
  // Dragør's WordPress pages: the agenda as a list, ` 1. Titel`, each entry's note on the next line indented past the
  // number but short of the title's column (`  Godkendt.`); a title that wraps goes on at its own column.
  const text = [
    'Referat fra Ungerådsmøde Tirsdag den 7. marts 2017',
    '',
    'Tilstede: Ida Holm, Bo Lund, Eva Berg.',
    '',
    ' 1. Godkendelse af dagsorden',
    '  Godkendt.',
    ' 2. Nyt fra skolerne og fra de frivillige foreninger i byen',
    '    og i oplandet',
    '  Rådet hørte om årets aktiviteter. Ingen bemærkninger.',
    ' 3. Eventuelt',
    '  Formanden takkede for god ro og orden og for et godt møde i dag.',
  ].join('\n');

  it('ends each title before its note, and keeps a title\'s wrapped line', () => {
    expect(items(text)).toEqual(['1 Godkendelse af dagsorden', '2 Nyt fra skolerne og fra de frivillige foreninger i byen og i oplandet', '3 Eventuelt']);
  });
});

describe('ninth real-minutes probe: a transcript\'s dated decision block run on after the title\'s full stop', () => {
  // Vesthimmerland's 2012 PDF: `019. Lukket - Titel. Beslutning i Økonomiudvalget, den 18. januar 2012: <beslutning>`, a
  // comma between the body and its date, all on the page's one line.
  const text = [
    'Transkript',
    '',
    `1 åbent møde for Kulturudvalgets møde den 8. marts 2012 kl. 15:00 i Rådhusets mødesal ${'Kulturudvalget holdt møde og behandlede sagerne på dagsordenen. '.repeat(3)}`,
    '',
    `2 019. Lukket - Køb af grund til nyt klubhus. Beslutning i Kulturudvalget, den 8. marts 2012: Kulturudvalget indstiller til Byrådet, at grunden købes. ${'Udvalget drøftede sagen og aftalte at følge den op. '.repeat(3)}`,
  ].join('\n');

  it('ends the title at its full stop', () => {
    expect(items(text)).toEqual(['19 Køb af grund til nyt klubhus. [closed]']);
  });
});

describe('ninth real-minutes probe: a member who came late, noted in brackets after the name', () => {
  // København's item pages: `I mødet deltog:` over the groups' lists, a late member's note in brackets, `A (ankom under
  // behandlingen af punkt 6)`.
  const text = [
    '1. Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'I mødet deltog:',
    '',
    'Borgerrepræsentanter:',
    '',
    'Ida Holm, Bo Lund (ankom under behandlingen af punkt 6) og Eva Berg (mødte under punkt 9).',
    '',
    'Dagsordenen blev godkendt.',
  ].join('\n');

  it('reads the note as the member\'s partial presence, not a role', () => {
    const people = parse(text).participants.map((person) => `${person.name}:${person.partial ?? '-'}:${person.role ?? '-'}`);
    expect(people).toEqual(['Ida Holm:-:-', 'Bo Lund:ankom under behandlingen af punkt 6:-', 'Eva Berg:mødte under punkt 9:-']);
  });
});

describe('ninth real-minutes probe: apologies noted in brackets after the verdict', () => {
  // Fredericia's web pages: `Beslutning i <udvalg> den DD-MM-YYYY` / `Godkendt (afbud fra A).`
  const text = [
    'Referat',
    'Kulturudvalget',
    'Mødedato: 12. marts 2023',
    '',
    'Punkt 1 Godkendelse af dagsorden',
    'Beslutning i Kulturudvalget den 12-03-2023',
    'Godkendt (afbud fra Eva Mose og Finn Dahl).',
  ].join('\n');

  it('reads the verdict and the members named in its note as away from the item', () => {
    const item = parse(text).items[0]!;
    expect(item.decision?.outcome).toBe('approved');
    expect(item.absences.map((person) => person.name)).toEqual(['Eva Mose', 'Finn Dahl']);
  });
});
