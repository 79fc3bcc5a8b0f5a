import { readDecisionBlockHeading } from './decision-blocks.js';
import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by an eighth probe of the reader with real minutes it had not seen (32 documents and excerpts from
 * 20 municipalities and three regions, 2007-2025, Ældreråd, Handicapråd, Folkeoplysningsudvalg, Beredskabskommission,
 * byråd and regionsråd among them, scored fact by fact against fact sheets written before the reader ran). Every text
 * here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function attendance(text: string): string[] {
  return parse(text).participants.map((person) => `${person.name}:${person.attendance}${person.substituteFor ? `>${person.substituteFor}` : ''}${person.partial ? '~' : ''}`);
}

describe('eighth real-minutes probe: an item page whose decision lists a committee of several groups', () => {
  // København's item page of a committee with members from associations: no head; the first item's decision lists who
  // took part, group by group, and who had sent apologies, before the body's dated block and the verdict.
  const text = [
    '1. Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'I mødet deltog:',
    '',
    'Borgerrepræsentanter:',
    '',
    'Lise Holm, Per Vang og Ane Kjær.',
    '',
    'Fra idrætsforeningerne:',
    '',
    'Ole Dam, Kim Lund (for Eva Mose), Bo Ris og Tina Krog.',
    '',
    'Fra forvaltningen:',
    '',
    'Jens Berg og Mona Lind.',
    '',
    'Følgende havde meldt afbud:',
    '',
    'Eva Mose, Carl Friis, Rikke Blom, Søren Moes, Hanne Ravn og Peter Skov-Larsen.',
    '',
    'Idrætsudvalgets beslutning på mødet den 3. marts 2026:',
    '',
    'Ole Dam bad om at få punkt 7 behandlet før punkt 5.',
    '',
    'Med denne ændring blev dagsordenen godkendt.',
  ].join('\n');

  it('names the meeting from the dated block far below the `Beslutning` heading', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Idrætsudvalget', date: '2026-03-03' });
  });

  it('reads the verdict that closes the decision after the change asked for', () => {
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'approved' });
  });

  it('reads the groups` members as present, the staff`s names not, and the apologies in a long sentence', () => {
    expect(attendance(text)).toEqual([
      'Lise Holm:attended', 'Per Vang:attended', 'Ane Kjær:attended', 'Ole Dam:attended', 'Kim Lund:attended>Eva Mose', 'Bo Ris:attended', 'Tina Krog:attended',
      'Eva Mose:apologies', 'Carl Friis:apologies', 'Rikke Blom:apologies', 'Søren Moes:apologies', 'Hanne Ravn:apologies', 'Peter Skov-Larsen:apologies',
    ]);
  });
});

describe('eighth real-minutes probe: a region`s member list with the status glued to the party', () => {
  const text = [
    'Referat',
    '',
    'Møde i Regionsrådet 2026-2029',
    '',
    'mandag den 2. marts 2026 kl. 16:00',
    '',
    'Rådssalen',
    '',
    'Deltagere:',
    '',
    'Lone Berg (A), Formand',
    '',
    'Mikkel Holm (V), 1. næstformand',
    '',
    'Sara Lund (A)- afbud',
    '',
    'Jonas Vik (A)- deltog ikke i behandlingen af punkt: 2',
    '',
    'Anna Friis (C)- afbud',
    '',
    'Emil Dahl (C), stedfortræder for Anna Friis',
    '',
    'Ida Krogh (Ø)Indholdsfortegnelse åbent møde',
    '',
    '1.',
    '',
    'Godkendelse af dagsorden',
    '',
    '3',
    '',
    '2.',
    '',
    'Plan for sygehusene',
    '',
    '4',
    '',
    '1. Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads `- afbud` glued to the party as the member`s apologies, the partial presence after it, and ends the list at the contents', () => {
    expect(attendance(text)).toEqual([
      'Lone Berg:attended', 'Mikkel Holm:attended', 'Sara Lund:apologies', 'Jonas Vik:attended~', 'Anna Friis:apologies', 'Emil Dahl:attended>Anna Friis', 'Ida Krogh:attended',
    ]);
  });
});

describe('eighth real-minutes probe: a protocol`s member table run into one line, and titles with the item`s type', () => {
  // A PDF transcript of a council's protocol: the member table (name, `deltog` / `var fraværende`) is one line, the
  // contents list writes the item's type in words after each title.
  const text = [
    'Kommunalbestyrelsen',
    '',
    'Protokol',
    '',
    '03-03-2026 kl. 17:00 Kommunalbestyrelsens mødesal',
    '',
    'Medlemmer Lise Holm deltog Per Vang deltog Dorthe la Cour deltog Ane Kjær var fraværende',
    '',
    'Indholdsfortegnelse 1. Salg af grund ved havnen (Beslutning) 2. Skolernes trivselsmåling (Orientering) 3. Takster for 2027 (beslutning).',
  ].join('\n');

  it('reads each member`s status after the name', () => {
    expect(attendance(text)).toEqual(['Lise Holm:attended', 'Per Vang:attended', 'Dorthe la Cour:attended', 'Ane Kjær:absent']);
  });

  it('leaves the type in words out of the titles', () => {
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([[1, 'Salg af grund ved havnen'], [2, 'Skolernes trivselsmåling'], [3, 'Takster for 2027']]);
  });

  it('leaves it out of a heading`s title too', () => {
    const heading = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2026', '', '1. Salg af grund ved havnen (Beslutning)', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(heading).items[0]!.title).toBe('Salg af grund ved havnen');
  });
});

describe('eighth real-minutes probe: a member whose note lost its closing bracket', () => {
  // A print page's head: members one a paragraph with their seat in brackets; one bracket lost at the line's end. The
  // body is named only in the decisions.
  const text = [
    '03-03-2026 kl. 17:00',
    'Lilletrommen',
    '',
    'Medlemmer',
    '',
    'Bo Lind (A)',
    '',
    'Lars Krog (Idrætsrådet)',
    '',
    'Afbud',
    '',
    'Kim Hald (B)',
    '',
    'Alice Holm (Ungdommens Samråd',
    '',
    'Signe Buch (Aftenskolerne)',
    '',
    'Nr.1 - Godkendelse af dagsorden',
    '',
    'Beslutning i Fritidsudvalget den 03-03-2026',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads the member, not the body, and the next member after it', () => {
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Fritidsudvalget');
    expect(attendance(text)).toEqual(['Bo Lind:attended', 'Lars Krog:attended', 'Kim Hald:apologies', 'Alice Holm:apologies', 'Signe Buch:apologies']);
  });
});

describe('eighth real-minutes probe: substitutes named in a head`s note or label without `for`', () => {
  it('reads `A deltog for B.` among a note`s sentences as A standing in for B', () => {
    const text = [
      'Referat - Prøveudvalget den 6. marts 2026', '', 'Mødefakta', '', 'Dato: Fredag den 6. marts 2026', 'Mødetidspunkt: Kl. 18:30', 'Mødested: Rådhuset', '',
      'Medlemmer', '', ' • Arne Bech ()', ' • Connie Holm ()', '', 'Fraværende med afbud', '', ' • Hanne Jæger ()', ' • Kim Lund ()', '',
      'Bemærkninger', '', 'Tina Berg deltog for Kim Lund. Husk at mødet begynder en time tidligere.', '',
      '1. Meddelelser', '', 'Beslutning i Prøveudvalget den 06-03-2026', '', 'Taget til efterretning.',
    ].join('\n');
    expect(attendance(text)).toEqual(['Arne Bech:attended', 'Connie Holm:attended', 'Hanne Jæger:apologies', 'Kim Lund:apologies', 'Tina Berg:attended>Kim Lund']);
  });

  it('reads the one substitute under `Stedfortrædere:` as standing in for the one member away', () => {
    const text = [
      'Referat Prøveudvalget', '', 'Mødetidspunkt: 18-08-2026 15:30', '', 'Mødeafholdelse: Lokale 0.23', '', 'Medlemmer: Birgit Holm (A), Formand', '',
      'Afbud: Peter Vang (A)', '', 'Stedfortrædere: Anders Lund(A)', '', '1 (Åben) Salg af grund', '', 'Beslutning', '', 'Godkendt.',
    ].join('\n');
    expect(attendance(text)).toEqual(['Birgit Holm:attended', 'Peter Vang:apologies', 'Anders Lund:attended>Peter Vang']);
  });
});

describe('eighth real-minutes probe: a region`s dated block with the election period and the weekday', () => {
  it('names the body without either', () => {
    expect(readDecisionBlockHeading('Beslutning i Forretningsudvalget 2026-2029 fredag den 6. marts 2026, pkt. 4')).toEqual({ body: 'Forretningsudvalget', date: '2026-03-06', itemNumbers: [4] });
  });
});

describe('eighth real-minutes probe: a transcript whose head labels stand before all their values', () => {
  // A PDF with the labels in a column left of their values, transcribed page by page as one line: the labels come in a
  // row, then the values; which value is whose cannot be told, so nobody is read as absent from the row.
  const page = '1 Åbent Referat til Udvalget for Idræt Mødedato: Tirsdag den 3. marts 2026 Mødetidspunkt: 13:00-16:00 Mødested: Deltagere: Fraværende: Referent: Mødesalen, det gamle rådhus Lise Holm, Per Vang, Ane Kjær, Bo Lind, Tina Krog, Ole Dam, Kim Lund Ingen Pia Berg';
  const text = [page, '', '2 Indholdsfortegnelse Side 14. Godkendelse af dagsorden Side 3', '', '3 14. Godkendelse af dagsorden Dok.nr.: 5726 Sagsid.: Initialer: Åben sag Beslutning Udvalget for Idræt den Fraværende: Ingen Godkendt Side 3'].join('\n');

  it('reads no member as absent from the values after the row of labels', () => {
    expect(parse(text).participants.filter((person) => person.attendance !== 'attended')).toEqual([]);
  });

  it('reads the absent named in the one-line decision without the verdict run on after them', () => {
    const absent = text.replace('Fraværende: Ingen Godkendt', 'Fraværende: Lise Holm, Bo Lind Godkendt.');
    expect(parse(absent).items[0]!.absences.map((person) => person.name)).toEqual(['Lise Holm', 'Bo Lind']);
  });

  it('gives each label of the row its value where the kinds allow one cutting only (a place, lists, `Ingen`, one name)', () => {
    const parsed = parse(text);
    expect(parsed.meeting.location).toBe('Mødesalen, det gamle rådhus');
    expect(attendance(text)).toEqual(['Lise Holm', 'Per Vang', 'Ane Kjær', 'Bo Lind', 'Tina Krog', 'Ole Dam', 'Kim Lund'].map((name) => `${name}:attended`));
  });

  it('reads the verdict run on after the decision`s absence list as the decision', () => {
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'approved' });
    const noted = text.replace('Fraværende: Ingen Godkendt', 'Fraværende: Lise Holm, Bo Lind Taget til efterretning.');
    expect(parse(noted).items[0]!.decision).toMatchObject({ outcome: 'noted', text: 'Taget til efterretning.' });
  });
});

describe('eighth real-minutes probe: a row of head labels whose values meet inside a name', () => {
  // Two lists meet where a three-word name and a two-word name stand together (`Eva Bruun Holm Ole Dam`): the words do
  // not say which name has three. The document's decision prints the absence list again, and that settles it.
  const head = '1 Åbent Referat til Byrådet Mødedato: Tirsdag den 3. marts 2026 Mødetidspunkt: 18:00-20:00 Mødested: Deltagere: Fraværende: Referent: Vestergade 4, Byrådssalen Lise Holm, Per Vang, Ane Kjær, Bo Lind, Tina Krog, Eva Bruun Holm Ole Dam, Kim Lund Pia Berg';
  const decision = (absent: string) => `3 14. Godkendelse af dagsorden Dok.nr.: 7001 Sagsid.: Initialer: Åben sag Beslutning Byrådet den Fraværende: ${absent} Godkendt. Side 3`;
  const text = (absent: string) => [head, '', '2 Indholdsfortegnelse Side 14. Godkendelse af dagsorden Side 3', '', decision(absent)].join('\n');

  it('cuts where the document prints the list again', () => {
    const parsed = parse(text('Ole Dam, Kim Lund'));
    expect(parsed.meeting.location).toBe('Vestergade 4, Byrådssalen');
    expect(attendance(text('Ole Dam, Kim Lund'))).toEqual(['Lise Holm', 'Per Vang', 'Ane Kjær', 'Bo Lind', 'Tina Krog', 'Eva Bruun Holm'].map((name) => `${name}:attended`).concat(['Ole Dam:absent', 'Kim Lund:absent']));
  });

  it('cuts nothing where the document gives no evidence: nobody is read from the row', () => {
    const parsed = parse(text('Ingen'));
    expect(parsed.meeting.location).toBeUndefined();
    expect(parsed.participants).toEqual([]);
  });
});

describe('eighth real-minutes probe: an eDoc meeting page whose item headings are glued to their tab`s label', () => {
  // A region's meeting page: the agenda list (open entries with no space after the number, closed ones marked), then each
  // item's heading run into the `Referat` tab's label, and the minutes under it.
  const text = [
    'Dagsorden',
    'Regionsrådet 24-11-2026 13:00',
    '',
    '1.Meddelelse fra formanden',
    '2.Godkendelse - Kvartalsrapport 3-2026',
    '3. LUKKET PUNKT: Salg af ejendom',
    '4. LUKKET PUNKT: Leje af lokaler',
    '',
    '1. Meddelelse fra formandenReferat',
    '',
    ' Følgende emner blev nævnt under dette punkt på mødet:',
    '',
    '1. Formandens orientering om sygehusbyggeriet.',
    '',
    '2. Godkendelse - Kvartalsrapport 3-2026Referat',
    '',
    'Godkendt.',
    '',
    '3. LUKKET PUNKT: Salg af ejendomReferat',
    '',
    'Godkendt.',
    '',
    '4. LUKKET PUNKT: Leje af lokalerReferat',
    '',
    'Godkendt.',
  ].join('\n');

  it('reads every item with its title, and the minutes under the label as the decision', () => {
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Meddelelse fra formanden', false],
      [2, 'Godkendelse - Kvartalsrapport 3-2026', false],
      [3, 'Salg af ejendom', true],
      [4, 'Leje af lokaler', true],
    ]);
    expect(parsed.items[1]!.decision).toMatchObject({ outcome: 'approved' });
  });
});

describe('eighth real-minutes probe: head sentences after the member list that tell who came instead', () => {
  // A council's head lists every member called, then sentences: each absent member and who came instead (the full stop
  // before the next member's sentence lost after a party's bracket), and who was away for some items.
  const text = (sentences: string[]) =>
    ['Kommunalbestyrelsen', '', 'Referat', '', '3. marts 2026 kl. 17:00', '', 'Rådhusets mødesal', '', 'Indkaldelse', '', ...['Lise Holm', 'Per Vang', 'Ane Kjær', 'Bo Lind', 'Tina Krog'].flatMap((name) => [name, '']), ...sentences.flatMap((sentence) => [sentence, '']), '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n');

  it('reads each absent member absent and the one who came instead as standing in, the lost full stop notwithstanding', () => {
    expect(attendance(text(['Lise Holm (A) var fraværende. I stedet deltog Kim Lund (A) Per Vang (F) var fraværende. I stedet deltog Eva Mose (F).']))).toEqual([
      'Lise Holm:absent', 'Per Vang:absent', 'Ane Kjær:attended', 'Bo Lind:attended', 'Tina Krog:attended', 'Kim Lund:attended>Lise Holm', 'Eva Mose:attended>Per Vang',
    ]);
  });

  it('reads `I stedet for A deltog B.` among sentences of partial presence, and `var fraværende under punkt N`', () => {
    expect(attendance(text(['I stedet for Per Vang deltog Kim Lund. Bo Lind deltog ikke under punkt. 2. Tina Krog var fraværende under punkterne 3, 4 og 5.', 'Ane Kjær var fraværende under punkt 6.']))).toEqual([
      'Lise Holm:attended', 'Per Vang:absent', 'Ane Kjær:attended~', 'Bo Lind:attended~', 'Tina Krog:attended~', 'Kim Lund:attended>Per Vang',
    ]);
  });

  it('reads the place printed after the time on the date`s line where a room`s noun names it', () => {
    expect(parse(text([]).replace('3. marts 2026 kl. 17:00', '03-03-2026 kl. 17:00 Kommunalbestyrelsens mødesal').replace('Rådhusets mødesal', '')).meeting.location).toBe('Kommunalbestyrelsens mødesal');
  });
});

describe('eighth real-minutes probe: an agenda page cut after its contents list, each entry ending in its page', () => {
  const text = (entries: string[]) => ['Referat - Regionsrådet 2026-2029', '', '03-03-2026 16:00', '', 'Rådssalen', '', 'Indholdsfortegnelse', '', ...entries.flatMap((entry) => [entry, ''])].join('\n');

  it('reads the titles without the pages they start on, where the numbers rise and no text stands under any entry', () => {
    const parsed = parse(text(['1 (Åben) Godkendelse af dagsorden 4', '2 (Åben) Plan for sygehusene 2026-2029 5', '3 (Åben) Kvartalsrapport 4. kvartal 2025  11', '4 (Åben) Udpegning af medlemmer 11', '5 (Åben) Lån vedrørende 20']));
    expect(parsed.items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden', 'Plan for sygehusene 2026-2029', 'Kvartalsrapport 4. kvartal 2025', 'Udpegning af medlemmer', 'Lån vedrørende']);
  });

  it('keeps the numbers where they fall from entry to entry: they are the titles` own', () => {
    const parsed = parse(text(['1 (Åben) Lokalplan 45', '2 (Åben) Lokalplan 12', '3 (Åben) Lokalplan 30']));
    expect(parsed.items.map((item) => item.title)).toEqual(['Lokalplan 45', 'Lokalplan 12', 'Lokalplan 30']);
  });
});

describe('eighth real-minutes probe: a status glued by its dash to a member`s seat with an ordinal', () => {
  it('reads `A (O), 1. næstformand- afbud` as A`s apologies, the seat A`s', () => {
    const text = ['Referat - Regionsrådet', '', '03-03-2026 16:00', '', 'Rådssalen', '', 'Deltagere:', '', 'Lise Holm (A), Formand', '', 'Per Vang (O), 1. næstformand- afbud', '', 'Ane Kjær (V), 2. næstformand', '', 'Bo Lind (A)- afbud', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n');
    expect(attendance(text)).toEqual(['Lise Holm:attended', 'Per Vang:apologies', 'Ane Kjær:attended', 'Bo Lind:apologies']);
  });
});

describe('eighth real-minutes probe: an absence sentence whose list holds a surname typed in lower case', () => {
  it('reads every name of `A, B c og D deltog ikke på mødet.`', () => {
    const text = ['Landdistriktsrådet', '', 'Referat', '', 'Mødedato: 3. marts 2026', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt', '', 'Lise Holm, Per vang og Ane Kjær deltog ikke på mødet.'].join('\n');
    expect(parse(text).items[0]!.absences.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Lise Holm:absent', 'Per vang:absent', 'Ane Kjær:absent']);
  });
});

describe('eighth real-minutes probe: a head whose labels and values stand on lines of their own', () => {
  const text = ['UDVALG', '', 'Kulturudvalget', '', 'MØDE', '', 'Referat', '', 'STED', '', 'Mødelokale 4, Torvet 1, 2. sal,', '', 'STARTTIDSPUNKT', '', '03-03-2026 17:15:00', '', 'SLUTTIDSPUNKT', '', '03-03-2026 19:00:00', '', '', 'PUNKTER', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n');

  it('ends the place that ends in a comma at the blank line under it: the next label`s value is the start time', () => {
    expect(parse(text).meeting).toMatchObject({ location: 'Mødelokale 4, Torvet 1, 2. sal', startTime: '17:15' });
  });
});

describe('eighth real-minutes probe: apologies reported in the head`s remarks', () => {
  it('reads `Bemærkninger: Der er afbud fra A.` as A`s apologies', () => {
    const text = ['Beslutningsprotokol', 'tirsdag den 3. marts 2026 kl. 17:00', 'Mødested: | Byrådssalen |', 'Udvalg: | Byrådet |', 'Medlemmer: | Lise Holm, Per Vang, Ane Kjær |', 'Bemærkninger: | Der er afbud fra Per Vang. |', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n');
    expect(attendance(text)).toEqual(['Lise Holm:attended', 'Per Vang:apologies', 'Ane Kjær:attended']);
  });
});

describe('eighth real-minutes probe: a transcript whose download title ends its date with a full stop, and colon-less labels in a row', () => {
  // The viewer's title `... Dato 3. marts 2026. Tid 19:00. ...` is no item's text; the first page's labels without colons
  // stand in a row (`Sted NB. Fraværende Stedfortræder`) before their values; the pages after it carry a running head.
  const text = [
    'Eksempel Byråd. Ordinært møde. Dato 3. marts Tid 19:00. Byrådssalen, Rådhuset. Der er indkommet et spørgsmål.',
    '',
    'Download "Eksempel Byråd. Ordinært møde. Dato 3. marts 2026. Tid 19:00. Byrådssalen, Rådhuset. Der er indkommet et spørgsmål."',
    '',
    'Transkript',
    '',
    '1 Referat Eksempel Byråd Ordinært møde Dato 3. marts 2026 Tid 19:00 Sted NB. Fraværende Stedfortræder Byrådssalen, Rådhuset Der er indkommet et spørgsmål. Lise Holm Kim Lund Medlemmer Lise Holm (V) Per Vang (V) Ane Kjær (A) Bo Lind (A) Tina Krog (A) Ole Dam (A) Eva Mose (A) - Formand',
    '',
    '2 Eksempel Byråd - Referat marts 2026 Side 2 af 38',
    '',
    '3 Indholdsfortegnelse Åbne punkter 1. Forslag til tillæg til spildevandsplanen...5 Side 2. Godkendelse af takster for 2026 og 2027 for vandværker',
  ].join('\n');

  it('names the meeting from the first page`s head', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Eksempel Byråd', date: '2026-03-03', startTime: '19:00' });
  });

  it('reads neither a label`s word as a member nor the running head as the place', () => {
    const parsed = parse(text);
    expect(parsed.participants.filter((person) => person.attendance !== 'attended')).toEqual([]);
    // (The download title's lines name the place: `... Tid 19:00. Byrådssalen, Rådhuset. ...`; not the running head.)
    expect(parsed.meeting.location).toBe('Byrådssalen, Rådhuset');
  });
});

describe('eighth real-minutes probe: a transcript with an empty page and a plural decision label whose date was lost', () => {
  // Page 2 is blank (its number alone on the line); page 3 holds the first item, its decision block `Beslutninger <organ>
  // den` with the absence list and the verdict run on after it.
  const text = [
    '1 Referat Seniorrådet Mødedato: Mandag den 2. marts 2026 Mødetidspunkt: Kl. 9:00 Sluttidspunkt: Kl. 11:00 Deltagere: Lise Holm, Per Vang, Ane Kjær Sagsoversigt Side 01. Godkendelse af dagsorden Orientering fra formanden Meddelelser og eventuelt...6 Bilagsliste...7',
    '',
    '2',
    '',
    '3 Seniorrådet Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: Sagen afgøres i: Bilag: Seniorrådet Indstilling Formandsskabet indstiller: At dagsordenen godkendes Beslutninger Seniorrådet den Ikke til stede: Bo Lind, Tina Krog Dagsordenen godkendt.',
  ].join('\n');

  it('reads the page after the empty one as a page, and its decision block with the absent and the verdict', () => {
    const item = parse(text).items.find((read) => read.title.endsWith('Godkendelse af dagsorden'))!;
    expect(item.decision).toMatchObject({ outcome: 'approved', text: 'Dagsordenen godkendt.' });
    expect(item.absences.map((person) => person.name)).toEqual(['Bo Lind', 'Tina Krog']);
  });
});
