import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a fifth probe of the reader with real minutes it had not seen (50 documents and excerpts from
 * 28 municipalities and a region: First Agenda, SBSYS, eDoc and municipal web pages, flipbook and docplayer
 * transcripts of PDFs, 2002-2025). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

const numbersOf = (text: string) => parse(text).items.map((item) => item.number);

/** A First Agenda web page as a browser's text: the bare number over its title, the case number, the decision. */
function webItem(number: number, title: string, attachments: string[]): string[] {
  return [
    String(number),
    title,
    '',
    `EMN-2025-00${number}123`,
    '',
    'Beslutninger',
    '',
    'Godkendt.',
    '',
    ...(attachments.length > 0 ? ['Bilag', '', ...attachments.flatMap((attachment) => [`PDF${attachment}`, '']), String(attachments.length), ''] : []),
    'Hent som PDF',
    '',
    'Kopier link',
    '',
  ];
}

const WEB_HEAD = ['Referat 4. marts 2025 kl. 16.00', '', 'Udvalg:', '', 'Kulturudvalget', '', 'Mødedato:', '', 'tirsdag den 4. marts 2025 kl. 16.00', '', 'Punkt', 'Titel', ''];

describe('fifth real-minutes probe: item headings', () => {
  it('passes over the attachment count a web page prints alone over the item links (`2` / `Hent som PDF`)', () => {
    const text = [
      ...WEB_HEAD,
      ...webItem(1, 'Referat fra sidste møde', ['Referat af mødet den 4. februar 2025']),
      ...webItem(2, 'Ny plan for byens biblioteker', ['Planudkast', 'Høringsnotat', 'Tidsplan']),
      ...webItem(3, 'Tilskud til lokale spillesteder', []),
      ...webItem(4, 'Eventuelt', ['Oversigt over arrangementer']),
    ].join('\n');
    expect(numbersOf(text)).toEqual([1, 2, 3, 4]);
  });

  it('keeps a numbered table of proposals with a party column inside its item (`12<gap>Flere cykelstier<gap>SF og RV`)', () => {
    const gap = '\u00a0\u00a0 \u00a0';
    const budget = [
      '2',
      'Budgetforslag for kultur og fritid',
      '',
      'EMN-2025-008294',
      '',
      `11${gap}Længere åbningstid på biblioteket${gap}V`,
      '',
      `12${gap}Flere cykelstier i oplandet${gap}SF og RV`,
      '',
      `13${gap}Tilskud til foreningslivet${gap}KF, LA og DF.`,
      '',
      'Sagsforløb:',
      '',
      'Udvalg: Magistraten',
      '',
      'Henvist til budgetforhandlingerne.',
      '',
      'Hent som PDF',
      '',
    ];
    const text = [...WEB_HEAD, ...webItem(1, 'Godkendelse af dagsorden', []), ...budget, ...webItem(3, 'Lokalplan for et nyt boligområde', []), ...webItem(4, 'Eventuelt', [])].join('\n');
    expect(numbersOf(text)).toEqual([1, 2, 3, 4]);
  });

  it('reads a title that says what a body sends (`Orientering fra Seniorrådet`) as a title, not a page running head', () => {
    const text = [
      ...WEB_HEAD,
      ...webItem(1, 'Godkendelse af dagsorden', []),
      ...webItem(2, 'Orientering fra Seniorrådet', []),
      ...webItem(3, 'Anbefalinger fra §17, stk. 4-udvalget om Nyt Byråd', []),
      ...webItem(4, 'Eventuelt', []),
    ].join('\n');
    expect(numbersOf(text)).toEqual([1, 2, 3, 4]);
  });
});

describe('fifth real-minutes probe: items without a contents list', () => {
  it('reads the next heading under an item whose recommendation ends in a numbered point (`1. at ...` / `2. Titel (B)`)', () => {
    const text = [
      'Kulturudvalget – Referat – 6. maj 2024',
      '',
      '',
      '',
      '1. Godkendelse af dagsorden (B)',
      '',
      'Beslutning',
      '',
      'At 1: Godkendt.',
      '',
      'Kompetence',
      '',
      'Kulturudvalget',
      '',
      'Beslutningstema',
      '',
      'Kulturudvalget skal godkende dagsordenen.',
      '',
      'Indstilling',
      '',
      'Direktøren for Kultur indstiller,',
      '',
      '  1. at Kulturudvalget godkender dagsordenen.',
      '',
      '2. Tilskud til byens musikforeninger (B)',
      '',
      'Beslutning',
      '',
      'At 1: Indstilles til Byrådets godkendelse.',
      '',
      'Kompetence: Byrådet',
      '',
      'Indstilling',
      '',
      'Direktøren for Kultur indstiller,',
      '',
      '1. at    Byrådet godkender tilskuddet.',
      '',
      '2. at   Byrådet forhøjer puljen.',
      '',
      'Sagens indhold',
      '',
      'Foreningerne har søgt om tilskud.',
    ].join('\n');
    expect(numbersOf(text)).toEqual([1, 2]);
  });

  it('keeps an untitled item whole where it opens with `Resume` after a decision and goes on to its `Sagsfremstilling`', () => {
    const parsed = parse(
      [
        'Referat',
        'Kulturudvalget mandag den 13. januar 2025 kl. 17:00',
        '',
        'Sagsfremstilling',
        '',
        'Årshjulet er vedhæftet til orientering.',
        '',
        'Indstilling',
        '',
        'Udvalget tager orienteringen til efterretning.',
        '',
        'Beslutning',
        '',
        'Taget til efterretning.',
        '',
        'Resume',
        '',
        'Biblioteket foreslår længere åbningstider.',
        '',
        'Sagsfremstilling',
        '',
        'Forslaget koster 0,4 mio. kr. om året.',
        '',
        'Indstilling',
        '',
        'At forslaget godkendes.',
        '',
        'Beslutning',
        '',
        'Godkendt.',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => item.decision?.outcome)).toEqual(['noted', 'approved']);
  });

  it('reads an item page that prints its decision first as one item (`Beslutning` over `Resumé` and `Indstilling`)', () => {
    const parsed = parse(
      [
        'Referat Byrådet 12-03-2025',
        '',
        'Ny cykelstrategi',
        '',
        'Beslutning',
        'Vedtaget.',
        'Resumé',
        'Strategien samler byens cykelprojekter frem til 2030.',
        'Indstilling',
        'At 1) strategien vedtages.',
        'Sagens forløb',
        '03-03-2025 Magistraten',
        'Fremsendes til Byrådet med anbefaling.',
      ].join('\n'),
    );
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]!.decision?.outcome).toBe('approved');
  });
});

describe('fifth real-minutes probe: the meeting', () => {
  it.each([
    ["Referat Byrådet's møde Tirsdag den 03-12-2013 Kl. 17:00 Byrådssalen", 'Byrådet', '2013-12-03'],
    ["Referat Udvalget for Miljø og Natur's møde Onsdag den 14-04-2010 Kl. 13:30 Udvalgsværelse 2", 'Udvalget for Miljø og Natur', '2010-04-14'],
    ["Referat Økonomiudvalget 's møde Tirsdag den 21-09-2015 Kl. 15:30 Udvalgsværelse 4", 'Økonomiudvalget', '2015-09-21'],
  ])('names the body of a title with an English-style genitive (%s)', (head, body, date) => {
    const parsed = parse([head, '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n'));
    expect(parsed.meeting.body).toBe(body);
    expect(parsed.meeting.date).toBe(date);
  });

  it('names a body whose name lists its fields with hyphens and commas from the routing field (`Erhverv-, Klima-, Miljø- og Teknikudvalget den ...`)', () => {
    const parsed = parse(
      [
        '12. mar 2024',
        '',
        '14. Godkendelse af dagsorden',
        '',
        'Høring og sagsgang',
        '',
        'Kultur-, Fritids-, Idræts- og Erhvervsudvalget den 12. marts 2024',
        '',
        'Beslutning',
        '',
        'Godkendt.',
        '',
        '15. Tilskud til idrætsforeninger',
        '',
        'Høring og sagsgang',
        '',
        'Kultur-, Fritids-, Idræts- og Erhvervsudvalget den 12. marts 2024, Økonomiudvalget den 2. april 2024',
        '',
        'Beslutning',
        '',
        'Anbefales.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Kultur-, Fritids-, Idræts- og Erhvervsudvalget');
    expect(parsed.meeting.date).toBe('2024-03-12');
  });

  it('reads the meeting of a PDF head run into one transcript line (`<KOMMUNE> Referat af møde i <organ> Mødetidspunkt <dato>`)', () => {
    const parsed = parse(
      [
        'SKOVBY KOMMUNE Referat af møde i Økonomiudvalget Mødetidspunkt 14-09-2015 17:00 Mødeafholdelse Udvalgsværelse B Tilstede: Anna Holm, Bo Lind Fraværende: Ida Krag',
        '',
        '1 (Åben) Meddelelser fra formanden',
        '',
        'Beslutning',
        '',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Økonomiudvalget');
    expect(parsed.meeting.date).toBe('2015-09-14');
  });
});

describe('fifth real-minutes probe: a flipbook of First Agenda PDFs', () => {
  const flipbook = (decision: string) =>
    [
      'Referat af Byrådets møde d. 14.01.2025',
      '',
      'Byrådet 14-01-2025',
      '',
      'Punkt 1: Godkendelse af dagsorden',
      '',
      `00.22.00-P35-4-24 Beslutning Byrådet 14.01.2025 ${decision}`,
      '',
      'Punkt 2: Underskriftsark',
      '',
      '00.22.00-P35-4-24',
    ].join('\n');

  it('reads the dated decision block run onto the case number line of a short item', () => {
    const item = parse(flipbook('Sagen blev drøftet og oversendt til Økonomiudvalget.')).items[0]!;
    expect(item.caseNumber).toBe('00.22.00-P35-4-24');
    expect(item.decision?.text).toBe('Sagen blev drøftet og oversendt til Økonomiudvalget.');
    expect(item.decision?.outcome).toBe('discussed');
  });

  it('reads `Mødet er aflyst.` as an item\'s decision as its postponement: the meeting did not take place', () => {
    const decision = parse(flipbook('Mødet er aflyst.')).items[0]!.decision!;
    expect(decision.postponed).toBe(true);
    expect(decision.outcome).toBeUndefined();
  });
});
