import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions left over by the ninth to eleventh probes of real minutes (fact sheets written before the reader ran).
 * Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'leftovers.txt');
}

describe("leftovers: a head naming the body's kind alone", () => {
  // A joint service's web page: `Kommissionsmøde <dd-mm-yyyy>` over the items; the text names the body in full.
  const page = (head: string) =>
    [
      head,
      '',
      '1. Regnskab 2025',
      '',
      'Sagsnr.: 12.01.00-A1-3-25',
      'Sagsfremstilling',
      'Regnskabet forelægges vandkommissionen til godkendelse. Vandkommissionen sender det videre til kommunerne.',
      'Byrådet orienteres.',
      'Beslutning',
      'Godkendt.',
      '',
    ].join('\n');

  it('takes the body of that kind the text names most often', () => {
    const parsed = parse(page('Kommissionsmøde 14-03-2026'));
    expect(parsed.meeting).toMatchObject({ body: 'Vandkommissionen', date: '2026-03-14' });
  });

  it('reads the misspelt kind alike', () => {
    expect(parse(page('Kommisionsmøde 14-03-2026')).meeting.body).toBe('Vandkommissionen');
  });

  it('takes no body of another kind', () => {
    const parsed = parse(page('Kommissionsmøde 14-03-2026').replace(/vandkommissionen/giu, 'administrationen'));
    expect(parsed.meeting.body).toBeUndefined();
  });
});

describe('leftovers: a page transcript whose items open their pages with a number and no mark', () => {
  // A PDF that starts every item on a new page, transcribed page by page (`<page> <item> <Titel> ...`): the number
  // and the title with nothing between them, the item's labels run on.
  const transcript = [
    'Referat fra mødet i Vejudvalget. Rådhuset',
    '',
    'Størrelse: px',
    'Starte visningen fra side:',
    '',
    'Download "Referat fra mødet i Vejudvalget. Rådhuset"',
    '',
    'Transkript',
    '',
    '1 Referat fra mødet i Vejudvalget Mødedato: Mandag den 9. marts 2026 Mødested: Rådhuset, lokale 4 Mødetidspunkt: Kl. 16:00-18:00 Medlemmer: Fraværende: Formand: Jens Lund (A) Mette Berg (V) Ole Vind (F) Karin Hald (C) Søren Krog (O) Side 1',
    '',
    '2 41 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: Vejudvalget Sagsbeskrivelse: Dagsordenen forelægges udvalget til godkendelse ved mødets start, med de sager der er kommet til efter udsendelsen. Indstillinger: Indstilles til godkendelse. Beslutning i Vejudvalget den : Godkendt. Side 2',
    '',
    // (The excerpt ends a few words into the next item's page.)
    '3 42 Ny sti langs skolevejen',,
    '',
  ].join('\n');

  it('reads each page-top number and title as an item', () => {
    const parsed = parse(transcript);
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [41, 'Godkendelse af dagsorden'],
      [42, 'Ny sti langs skolevejen'],
    ]);
    expect(parsed.items[0]!.decision?.outcome).toBe('approved');
  });
});

describe('leftovers: attendance labels without colons run on in a head line', () => {
  // A transcript's head row: the place, then `Fraværende <navn>` and `Til stede <navne>` with no colon between.
  const minutes = (attendance: string) =>
    [
      'Kulturudvalget',
      'Mødet den 25.06.2026, kl. 15:00',
      attendance,
      '',
      '1. Budget',
      'Sagsbeskrivelse',
      'Budgettet drøftes.',
      'Beslutning:',
      'Til orientering.',
      '',
      '2. Eventuelt',
      'Beslutning:',
      'Intet.',
      '',
    ].join('\n');

  it('reads each label with its own names', () => {
    const parsed = parse(minutes('Sted Havnegade 4, Lokale 1 Fraværende Stine Holm Til stede Bente Graa, Lis Rom Dam, Erik Krog'));
    expect(parsed.participants.map((person) => `${person.name}:${person.attendance}`)).toEqual([
      'Stine Holm:absent',
      'Bente Graa:attended',
      'Lis Rom Dam:attended',
      'Erik Krog:attended',
    ]);
  });

  it('reads a colon-less `Til stede` line alone', () => {
    const parsed = parse(minutes('Til stede Bente Graa, Lis Rom Dam'));
    expect(parsed.participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Bente Graa:attended', 'Lis Rom Dam:attended']);
  });

  it('cuts no prose that names one attendance word', () => {
    const parsed = parse(minutes('Mødet blev holdt på Havnegade 4. Fraværende Stine Holm meldte afbud sent.'));
    expect(parsed.participants.map((person) => person.name)).not.toContain('Bente Graa');
    expect(parsed.participants.filter((person) => person.attendance === 'attended')).toEqual([]);
  });
});

describe('leftovers: a transcript page that runs the access word, `Punkt N.` and the recommendation into one line', () => {
  // `<page> ... Til stede A, B Åben Punkt 1. <Titel> <Forvaltning> indstiller, ...`: the names end before the access
  // word, the heading keeps its label, the title ends before the recommending office.
  const transcript = [
    'Kulturudvalget',
    '',
    'Størrelse: px',
    'Starte visningen fra side:',
    '',
    'Download "Kulturudvalget Mødet den 25.06.2026, kl. 15:00"',
    '',
    'Transkript',
    '',
    '1 KULTURUDVALGET Tid Mødet den , Sted Havnegade 4, Lokale 1 Fraværende Stine Holm Til stede Bente Graa, Lis Rom Dam, Erik Krog Åben Punkt 1. Budgetproces Kultur- og Fritidsforvaltningen indstiller, at udvalget drøfter budgetprocessen for det kommende år og de temaer, som skal til debat i august. Sagsbeskrivelse På mødet orienteres om processen. Side 1',
    '',
    '2 Beslutning: Til orientering. Side 2',
    '',
    '3 Punkt 2. Nye lokaler til musikskolen Kulturforvaltningen indstiller, at lokalerne godkendes',
    '',
  ].join('\n');

  it('reads the attendance, the titles and the first decision', () => {
    const parsed = parse(transcript);
    expect(parsed.participants.map((person) => `${person.name}:${person.attendance}`)).toEqual([
      'Stine Holm:absent',
      'Bente Graa:attended',
      'Lis Rom Dam:attended',
      'Erik Krog:attended',
    ]);
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Budgetproces'],
      [2, 'Nye lokaler til musikskolen'],
    ]);
    expect(parsed.items[0]!.decision?.outcome).toBe('noted');
  });
});

describe('leftovers: a referat of numbered blocks without section labels', () => {
  // A råd's page: each item `N. Titel` opens a block after a blank line, its prose (the verdict) under it.
  const referat = [
    'Referat af Seniorrådsmøde den 4. maj 2026',
    '',
    'Fremmødt: Åse Lind, Bo Holm og Kim Vang.',
    '',
    '1. Godkendelse af dagsorden',
    'Dagsordenen blev godkendt.',
    '',
    '2. Trafik ved plejecentret?',
    'Rådet drøftede parkeringen ved centret og skriver til forvaltningen om det.',
    '',
    '3. Sommerudflugt 2026.',
    'Udskudt til næste møde.',
    '',
    '4. Eventuelt',
    'Intet at bemærke.',
    '',
    'Referent:',
    'Bo Holm',
    '',
  ].join('\n');

  it('reads each block as an item, its title the heading line, its prose the decision', () => {
    const parsed = parse(referat);
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Trafik ved plejecentret?'],
      [3, 'Sommerudflugt 2026.'],
      [4, 'Eventuelt'],
    ]);
    expect(parsed.items[0]!.decision?.outcome).toBe('approved');
    expect(parsed.items[2]!.decision?.postponed).toBe(true);
  });

  it('reads no items from a numbered list whose lines stand under each other', () => {
    const list = referat.replace(/\nDagsordenen blev godkendt\.\n\n/u, '\n').replace(/\nRådet drøftede[^\n]*\n\n/u, '\n');
    expect(parse(list).items.map((item) => item.title)).not.toContain('Godkendelse af dagsorden');
  });
});

describe('leftovers: agenda items without text line under line above the first item with text', () => {
  // A transcribed agenda: `1.` and `2.` have no text of their own, a template's fields stand before `3.`.
  const agenda = (first: string) =>
    [
      'Dagsorden',
      'Forum: Ungerådet',
      'Tid: 12. marts 2026, kl. 16.00',
      'Sted: Mødelokale 3',
      first,
      '2. Valg af formand og næstformand',
      'Dato: 13. februar 2026',
      'Sagsbehandler: abc',
      '3. Nye bænke i parken',
      'Sagsfremstilling: Rådet har fået ønsker om flere bænke.',
      '4. Sommerfest',
      'Sagsfremstilling: Festen holdes i juni.',
      '',
    ].join('\n');

  it('reads them as items', () => {
    const parsed = parse(agenda('1. Godkendelse af referat og dagsorden'));
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af referat og dagsorden'],
      [2, 'Valg af formand og næstformand'],
      [3, 'Nye bænke i parken'],
      [4, 'Sommerfest'],
    ]);
  });

  it('reads none where the run does not go down to 1', () => {
    const parsed = parse(agenda('Deltagere: Ida Berg'));
    expect(parsed.items.map((item) => item.number)).toEqual([3, 4]);
  });
});

describe("leftovers: an item page's `OM MØDET` section with the meeting's times", () => {
  // A one-item page: the decision, then the section's label in capitals over `Mødet begyndte kl. ...`.
  const page = (label: string) =>
    [
      'Godkendelse af dagsorden',
      'Beslutning',
      'Vejudvalgets beslutning den 9. marts 2026',
      'Dagsordenen blev godkendt.',
      label,
      'Mødet begyndte kl. 15.30 og sluttede kl. 17.45.',
      'Der var ingen afbud til dagens møde.',
      '',
    ].join('\n');

  it('reads the start and end times', () => {
    expect(parse(page('OM MØDET')).meeting).toMatchObject({ startTime: '15:30', endTime: '17:45' });
    expect(parse(page('Om mødet')).meeting.startTime).toBe('15:30');
  });

  it('reads no time from such a sentence inside the decision', () => {
    expect(parse(page('Udvalget drøftede sagen.')).meeting.startTime).toBeUndefined();
  });
});

describe('leftovers: an absence label, its member and who was called in, in one sentence', () => {
  // A council's head: `Fraværende A – B er indkaldt som stedfortræder.`, then who was away for one case.
  const minutes = (line: string) =>
    [
      'Byrådet',
      'Mødedato: 20.08.2026',
      'Medlemmer: Anne Dam (A), Vivi Holm (O), Ole Lund (V)',
      line,
      '',
      '118. Affaldsplan',
      'Sagsfremstilling',
      'Planen forelægges.',
      'Beslutning',
      'Godkendt.',
      '',
      '119. Fjernvarme',
      'Sagsfremstilling',
      'Tekst.',
      'Beslutning',
      'Godkendt.',
      '',
    ].join('\n');

  it.each([
    ['without a colon', 'Fraværende Vivi Holm – Tom Berg er indkaldt som stedfortræder. Ole Lund var fraværende ved behandlingen af sag nr. 118.'],
    ['with a colon', 'Fraværende: Vivi Holm – Tom Berg er indkaldt som stedfortræder. Ole Lund var fraværende ved behandlingen af sag nr. 118.'],
  ])('reads the absence, the substitute and the partial presence (%s)', (_form, line) => {
    const byName = new Map(parse(minutes(line)).participants.map((person) => [person.name, person]));
    expect(byName.get('Vivi Holm')?.attendance).toBe('absent');
    expect(byName.get('Tom Berg')).toMatchObject({ attendance: 'attended', substituteFor: 'Vivi Holm' });
    expect(byName.get('Ole Lund')).toMatchObject({ attendance: 'attended' });
    expect(byName.get('Ole Lund')?.partial).toMatch(/sag nr\. 118/u);
  });
});
