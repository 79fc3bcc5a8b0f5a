import { parseMinutes } from './parse-minutes.js';

// Facts the fifteenth held-out round's formats lost under page furniture, re-wrapping and tabs (nineteenth session, the
// round drawn by the perturbation properties): a Word referat's two-column tables extracted a column at a time with a
// page's end inside a table, a browser's copy of a `Behandling` table with a tab inside a cell or without its head row,
// a title over recurring labels wrapped before a word in lower case. Invented texts.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('a Word referat`s two-column tables extracted a column at a time, a page`s end inside a table', () => {
  const head = ['Ældrerådet', 'Referat', 'Dato:', 'Tid:', 'Sted:', 'Til stede:', 'Afbud:'];
  const values = ['Tirsdag den 8. oktober 2019', 'Kl. 10.00 - 12.00', 'Borgerhuset, sal 2', 'Alma Due (formand), Erik Hede, Ruth Bak,', 'Svend Mose, Grete Lund', 'Poul Vinge'];
  const firstItem = ['1. Godkendelse af dagsorden', 'Journalnr.:', 'Beslutning:', '19/5002', 'Godkendt.'];
  const lastItem = ['3. Eventuelt', 'Beslutning:', 'Intet.', 'Ældrerådet, 8. oktober 2019', 'Side 2 af 2'];
  const items = (text: string) => parse(text).items.map((item) => [item.number, item.caseNumber ?? null, item.decision?.text.replace(/\s+/gu, ' ') ?? null]);
  const expected = [
    [1, '19/5002', 'Godkendt.'],
    [2, '19/5120', 'Rådet ønsker en rampe ved indgangen og et gyngesæde med ryglæn.'],
    [3, null, 'Intet.'],
  ];

  const secondItem = [
    '2. Adgang til den nye legeplads',
    'Journalnr.:',
    'Sagsfremstilling:',
    'Indstilling:',
    'Beslutning:',
    '19/5120',
    'Forvaltningen har sendt planen for legepladsen til',
    'rådets bemærkninger.',
    'At rådet giver sine bemærkninger.',
    'Rådet ønsker en rampe ved indgangen og et',
    'gyngesæde med ryglæn.',
  ];
  /** The second item with a page's end (its counter, then a form feed) before each line at `before`. */
  const withPageEnds = (before: readonly number[]) =>
    secondItem.flatMap((line, at) => (before.includes(at) ? [`Side ${before.indexOf(at) + 1} af ${before.length}`, `\f${line}`] : [line]));
  const document = (item: readonly string[]) => [...head, ...values, ...firstItem, ...item, ...lastItem].join('\n');

  it('goes on over a page`s counter and break that part a table`s text column before its cells are all read', () => {
    expect(items(document(withPageEnds([7])))).toEqual(expected);
  });

  it('reads a table whose labels, or whose heading and labels, a page`s end parts; a case number ending in a year is no footer', () => {
    expect(items(document(withPageEnds([1, 3, 6])))).toEqual(expected);
  });

  it('reads the head`s values though a page`s end parts them (a counter and a break inside the members` names)', () => {
    const text = [
      'Prøve Kommune',
      'Seniorrådet',
      'Referat',
      'Mødedato:',
      'Mødetidspunkt:',
      'Mødested:',
      'Deltagere:',
      '',
      'Afbud:',
      'Referent:',
      'Onsdag den 2. oktober 2019',
      'Kl. 15.00 - 17.00',
      'Mødelokale 2, Rådhuset, Torvevej 4,',
      'Allerslev',
      'Karin Lind (formand), Niels Brøns (næstformand),',
      'Side 1 af 3',
      '\fOda Friis, Peter Holm, Vibeke Ladefoged, Ib',
      'Kastrup',
      'Jens Kure',
      'Lone Krogh, Center for Omsorg',
      ...firstItem,
      ...lastItem,
    ].join('\n');
    const parsed = parse(text);
    const named = (attendance: string) => parsed.participants.filter((person) => person.attendance === attendance).map((person) => person.name);
    expect([named('attended'), named('apologies')]).toEqual([['Karin Lind', 'Niels Brøns', 'Oda Friis', 'Peter Holm', 'Vibeke Ladefoged', 'Ib Kastrup'], ['Jens Kure']]);
    expect(parsed.meeting.location).toBe('Mødelokale 2, Rådhuset, Torvevej 4, Allerslev');
  });
});

describe('a `Behandling` table copied from a browser, its cells joined by tabs', () => {
  const item = (number: number, title: string, table: string[]) => [
    'Åbent punkt',
    '',
    `${number} ${title}`,
    '',
    `13.05.00P20-003${number}`,
    '',
    ...table,
    '',
    'Sagen forelægges.',
    '',
    'Regionsrådet, den 14. maj 2024:',
    'Godkendt.',
    '',
  ];
  const text = (first: string[], second: string[]) =>
    [
      'Referat',
      'Regionsrådet',
      '14-05-2024 kl. 16:00',
      'Rådhuset, mødesal 1',
      'Dagsordenspunkter',
      '',
      'åbent 1 Ny busplan for Nordlandet',
      'åbent 2 Takster for færgebilletter',
      '',
      ...item(1, 'Ny busplan for Nordlandet', first),
      ...item(2, 'Takster for færgebilletter', second),
    ].join('\n');
  const earlier = (written: string) => parse(written).items.map((found) => found.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers]));
  // (Each item's rows its own: a row repeated word for word is read as a page's furniture.)
  const rows = (number: number) => [`Trafikudvalget\t02-04-2024\t${number + 2}\t`, `Teknik- og Miljøudvalget\t09-04-2024\t${number + 10}\t`, `Regionsrådet\t14-05-2024\t${number}\t`];
  const head = 'Behandling\tMødedato\tÅbent punkt\tLukket punkt';
  const expected = [
    [
      ['Trafikudvalget', '2024-04-02', [3]],
      ['Teknik- og Miljøudvalget', '2024-04-09', [11]],
    ],
    [
      ['Trafikudvalget', '2024-04-02', [4]],
      ['Teknik- og Miljøudvalget', '2024-04-09', [12]],
    ],
  ];

  it('reads the table as written (the control)', () => {
    expect(earlier(text([head, ...rows(1)], [head, ...rows(2)]))).toEqual(expected);
  });

  it('parts no cell at a tab inside a body`s name or a column`s name, nor at a tab indenting the head row', () => {
    const first = ['\tBehandling\tMødedato\tÅbent\tpunkt\tLukket punkt', 'Trafikudvalget\t02-04-2024\t3\t', 'Teknik-\tog Miljøudvalget\t09-04-2024\t11\t', 'Regionsrådet\t14-05-2024\t1\t'];
    const second = ['Behandling\tMødedato\tÅbent punkt\tLukket\tpunkt', 'Trafikudvalget\t02-04-2024\t4\t', 'Teknik- og\tMiljøudvalget\t09-04-2024\t12\t', 'Regionsrådet\t14-05-2024\t2\t'];
    expect(earlier(text(first, second))).toEqual(expected);
  });

  it('reads its rows where its head row is gone (taken for a page`s running head at a page`s top)', () => {
    expect(earlier(text([head, ...rows(1)], rows(2)))).toEqual(expected);
  });
});

describe('a title over recurring labels, wrapped', () => {
  it('joins a numbered title`s line with the line under it that opens in lower case', () => {
    const item = (number: number, title: string[], caseNumber: string) => ['Åbent punkt', '', `${number} ${title[0]}`, ...title.slice(1), '', caseNumber, '', 'Sagsfremstilling', 'Sagen forelægges.', '', 'Beslutning', 'Godkendt.', ''];
    const text = [
      'Regionsrådet',
      'Referat',
      'Mødedato 14-05-2024 kl. 16:00',
      '',
      ...item(1, ['Godkendelse af dagsorden'], '00.01.00A00-0419'),
      ...item(2, ['Forslag til lokalplan nr. 112 for et boligområde', 'ved Søndre Allé'], '01.02.05P16-0112'),
      ...item(3, ['Takster for færgebilletter 2025'], '13.05.00Ø00-0007'),
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Forslag til lokalplan nr. 112 for et boligområde ved Søndre Allé'],
      [3, 'Takster for færgebilletter 2025'],
    ]);
  });
});

describe('an item approving called-in substitutes that says who sent apologies (Samsø 2023`s leftover)', () => {
  it('reads the members it names with `har meldt forfald` or `har meddelt forfald` as apologies, not as absent', () => {
    const text = [
      'Kommunalbestyrelsen',
      'Referat',
      'Mødedato: 16. maj 2023',
      'Deltagere: Hanne Krog (A), Lars Bæk (V), Tove Mark (A), Ole Ring (V), Eva Dam (C)',
      '',
      '1. Godkendelse af indkaldte stedfortrædere',
      'Sagsfremstilling',
      'Hanne Krog (A) har meldt forfald på grund af sygdom, og Lars Bæk (V) har meddelt forfald på grund af ferie.',
      'Stedfortræderne Tove Mark (A) og Ole Ring (V) er indkaldt.',
      'Beslutning',
      'Godkendt.',
      'Fraværende: Hanne Krog (A), Lars Bæk (V)',
      '',
      '2. Takster for 2024',
      'Beslutning',
      'Godkendt.',
      'Fraværende: Hanne Krog (A), Lars Bæk (V)',
    ].join('\n');
    const parsed = parse(text);
    const named = (attendance: string) => parsed.participants.filter((person) => person.attendance === attendance).map((person) => person.name);
    expect([named('apologies'), named('absent')]).toEqual([['Hanne Krog', 'Lars Bæk'], []]);
  });
});
