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
});
