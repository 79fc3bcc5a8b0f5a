import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a fifteenth probe of the reader with real minutes it had not seen (23 documents from Jylland's
 * municipalities, revisited with other committees, years and renderings, 2007-2025, scored fact by fact against fact
 * sheets written before the reader ran). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function titles(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}`);
}

describe('fifteenth real-minutes probe: a contents list of numbers alone over titles that end in a full stop', () => {
  // An older web export of a referat: the head, then `Indholdsfortegnelse` with each entry's number alone on its line
  // and the title on the next; some titles end in a full stop (`m.v.`, a title of two sentences).
  const text = [
    'Kommunalbestyrelsen',
    'Godkendt referat',
    'tirsdag den 4. juni 2008 kl. 18:00 -',
    'Rådhuset, mødesal 2',
    '',
    'Indholdsfortegnelse',
    '',
    '41.',
    '',
    'Regnskab for havnen 2007',
    '',
    '42.',
    '',
    'Tilskud til foreninger m.v.',
    '',
    '43.',
    '',
    'Skolebusser. Ny køreplan fra 1. august.',
    '',
    '44.',
    '',
    'Salg af grund ved Mosevej',
    '',
    '45.',
    '',
    'Vandløbsregulativ for Lilleå',
  ].join('\n');

  it('reads the titles that end in a full stop too, the next number standing straight under them', () => {
    expect(titles(text)).toEqual([
      '41 Regnskab for havnen 2007',
      '42 Tilskud til foreninger m.v.',
      '43 Skolebusser. Ny køreplan fra 1. august.',
      '44 Salg af grund ved Mosevej',
      '45 Vandløbsregulativ for Lilleå',
    ]);
  });

  it('still reads the meeting from the head above the list', () => {
    const { meeting } = parse(text);
    expect(meeting).toMatchObject({ body: 'Kommunalbestyrelsen', date: '2008-06-04', startTime: '18:00' });
  });
});

describe('fifteenth real-minutes probe: members kept from an item, `var forhindret i at deltage i sagens behandling`', () => {
  // A magistrate's web referat: unnumbered item titles, each with `Beslutning` and the same sentence under every
  // decision naming who was kept from the item.
  const page = (under: (title: string) => string[]) =>
    [
      'Referat Forretningsudvalget 14-05-2021',
      '',
      '  Dialogmøde med forsyningen',
      '',
      '  Beslutning',
      '  Drøftet.',
      ...under('Dialogmøde med forsyningen'),
      '',
      '  Bilag',
      '',
      '  Mødeplan for 2022',
      '',
      '  Beslutning',
      '  Godkendt.',
      ...under('Mødeplan for 2022'),
      '',
      '  Bilag',
    ].join('\n');

  it('reads members kept from every item as absent from the meeting', () => {
    const parsed = parse(page(() => ['  Rådmand Ida Holm og Per Vang var forhindret i at deltage i sagens behandling.']));
    const absent = parsed.participants.filter((person) => person.attendance === 'absent').map((person) => person.name);
    expect(absent).toEqual(expect.arrayContaining(['Ida Holm', 'Per Vang']));
  });

  it('reads members kept from one item only as away from that item, not from the meeting', () => {
    const parsed = parse(
      page((title) => (title.startsWith('Mødeplan') ? ['  Ida Holm, Per Vang og Eva Krag, var forhindrede i at deltage i udvalgets behandling af sagen.'] : [])),
    );
    const item = parsed.items.find((found) => found.title.startsWith('Mødeplan'));
    expect(item?.absences.map((person) => person.name)).toEqual(['Ida Holm', 'Per Vang', 'Eva Krag']);
    expect(parsed.participants.filter((person) => person.attendance === 'absent')).toEqual([]);
  });
});

describe('fifteenth real-minutes probe: the last entry of an agenda list wraps over lines too', () => {
  // A municipality's page for a filmed council meeting: the heading and date, then the agenda as a numbered list whose
  // long titles wrap; the last title wraps like the others, and nothing follows it.
  const text = [
    'Byrådsmøde den 3. marts 2025 kl. 17.00',
    '',
    'Dato / 3. marts 2025',
    '',
    '1. Godkendelse af dagsorden.',
    '',
    '2. Budgetopfølgning pr. 31. januar',
    'for alle udvalg.',
    '',
    '3. Salg af den tidligere skole i',
    'Nørreby.',
    '',
    '4. Anlægsbevilling til renovering af',
    'svømmehallen i Vesterby og',
    'frigivelse af rådighedsbeløb.',
  ].join('\n');

  it('joins the last title with the lower-case lines under it', () => {
    expect(titles(text).at(-1)).toBe('4 Anlægsbevilling til renovering af svømmehallen i Vesterby og frigivelse af rådighedsbeløb.');
  });
});
