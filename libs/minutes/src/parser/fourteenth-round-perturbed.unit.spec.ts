import { parseMinutes } from './parse-minutes.js';

// Facts the fourteenth held-out round's formats lost under page furniture, re-wrapping and odd spacing (eighteenth
// session, the round drawn by the perturbation properties): a `N. <titel> – <beslutning>` one-liner wrapped at the
// margin, a decisions table after the items broken by a page or a narrower column, a semicolon export's repeated place
// with odd spaces, a webmail print's head under blank runs, a title's `§` and its number, a contents entry wrapped, an
// absence item's sentence wrapped. Invented texts.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const NBSP = '\u00A0';

describe('a Beslutningsreferat of `N. <titel> – <beslutning>` lines, re-wrapped', () => {
  const head = ['Prøve Kommune', 'Idrætsrådet', '', 'Beslutningsreferat fra mødet onsdag den 9. april 2025 kl. 19.00', ''];

  it('reads a line wrapped at the margin in lower case, and one indented by a non-breaking space', () => {
    const text = [
      ...head,
      '1. Godkendelse af dagsorden – Godkendt.',
      '',
      '2. Tilskud til ny klubbus (sag 25/1180) – Rådet bevilgede 30.000 kr. under',
      'forudsætning af, at klubben selv finansierer resten.',
      '',
      `3. Baneleje for vinteren (sag 25/1201) – Rådet godkendte lejen for`,
      `${NBSP}  tre baner.`,
      '',
      '4. Eventuelt – Intet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.text ?? null])).toEqual([
      [1, 'Godkendelse af dagsorden', null, 'Godkendt.'],
      [2, 'Tilskud til ny klubbus', '25/1180', 'Rådet bevilgede 30.000 kr. under forudsætning af, at klubben selv finansierer resten.'],
      [3, 'Baneleje for vinteren', '25/1201', 'Rådet godkendte lejen for tre baner.'],
      [4, 'Eventuelt', null, 'Intet.'],
    ]);
  });
});

describe('decisions gathered in a table after all items, broken by a page or a narrower column', () => {
  const items = [
    'Ungdomsrådet',
    'Referat af møde torsdag den 3. oktober 2024',
    'Sted: Ungdomshuset',
    '',
    '1. Valg af ordstyrer',
    'Sekretæren foreslog Maja Krog.',
    '',
    '2. Skaterbane ved stationen',
    'Teknik og Miljø har sendt placeringen i høring.',
    '',
    '3. Ungdomsrådets budget',
    'Regnskabet blev gennemgået.',
    '',
    '4. Eventuelt',
    'Intet at bemærke.',
    '',
    'Oversigt over beslutninger',
    '',
  ];
  const decisions = (text: string) => parse(text).items.map((item) => [item.number, item.decision?.outcome ?? null, item.decision?.text.replace(/\s+/gu, ' ') ?? null]);
  const expected = (second: string) => [
    [1, 'other', 'Maja Krog blev valgt.'],
    [2, 'commented', second],
    [3, 'noted', 'Taget til efterretning.'],
    [4, 'other', 'Intet.'],
  ];

  it('reads a row a page counter and a form feed stand before, and a decision cell`s tail wrapped to the margin', () => {
    const text = [
      ...items,
      'Pkt.   Emne                               Beslutning',
      '1      Valg af ordstyrer                  Maja Krog blev',
      'valgt.',
      '2      Skaterbane ved                     Rådet afgiver høringssvar. Rådet',
      '       stationen                          ønsker belysning på banen.',
      'Side 2 af 3',
      '\f3      Ungdomsrådets budget               Taget til',
      'efterretning.',
      '4      Eventuelt                          Intet.',
    ].join('\n');
    expect(decisions(text)).toEqual(expected('Rådet afgiver høringssvar. Rådet ønsker belysning på banen.'));
  });

  it('reads a head row whose spaces hold non-breaking ones, and lines a tab indents by one character', () => {
    const text = [
      ...items,
      // (No two plain spaces before `Beslutning`: a non-breaking one stands right before its plain one.)
      `\tPkt.   Emne${' '.repeat(29)}${NBSP} Beslutning`,
      '\t1      Valg af ordstyrer                  Maja Krog blev valgt.',
      '2      Skaterbane ved stationen           Rådet afgiver høringssvar.',
      '3      Ungdomsrådets budget               Taget til efterretning.',
      '\t4      Eventuelt                          Intet.',
    ].join('\n');
    expect(decisions(text)).toEqual(expected('Rådet afgiver høringssvar.'));
  });
});

describe('a semicolon export with odd spaces', () => {
  it('reads the place every row repeats as the head`s, though a row spaces it with a non-breaking space or a tab', () => {
    const text = [
      'sep=;',
      'Udvalg;Mødedato;Mødested;Pkt.;Sagsnr.;Titel;Beslutning',
      'Miljøudvalget;02-03-2022;"Mødelokale 1, Rådhuset";1;22/101;Godkendelse af dagsorden;Godkendt.',
      `Miljøudvalget;02-03-2022;"Mødelokale${NBSP}1, Rådhuset";2;21/8804;Vandplan 2022;Udsat.`,
      'Miljøudvalget;02-03-2022;"Mødelokale 1,\tRådhuset";3;22/977;Eventuelt;Intet.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.location, parsed.items.map((item) => item.title)]).toEqual(['Mødelokale 1, Rådhuset', ['Godkendelse af dagsorden', 'Vandplan 2022', 'Eventuelt']]);
  });
});

describe('a printed webmail thread under runs of blank lines', () => {
  it('takes the message`s sending time for the mail`s, not the meeting`s, though blank lines push its head down', () => {
    const text = [
      '21.9.2017                 Gmail - Referat af Handicaprådets møde',
      '', '', '', '', '',
      'Gmail                                   Per Ravn <per.ravn@gmail.com>',
      '', '', '', '', '',
      'Referat af Handicaprådets møde',
      '3 meddelelser',
      '', '', '', '',
      'Susanne Lyng <sly@kommune.dk>                      21. september 2017 kl. 08.12',
      'Til: Per Ravn <per.ravn@gmail.com>, Karen Bo <kbo@mail.dk>',
      '',
      'REFERAT',
      'Handicaprådet',
      'Mødedato: Onsdag den 20. september 2017 kl. 16.00',
      '',
      '1. Godkendelse af referat',
      'Beslutning: Godkendt.',
      '',
      '2. Tilgængelighed på biblioteket',
      'Beslutning: Drøftet.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.date, parsed.meeting.startTime ?? null, parsed.items.length]).toEqual(['2017-09-20', '16:00', 2]);
  });
});

describe('a title and a contents entry wrapped', () => {
  it('joins a paragraph`s number to its `§` across a page counter and the repeated head', () => {
    const text = [
      'Handicaprådet',
      'Referat',
      'Dato: 08.02.2025',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning',
      'Godkendt.',
      '',
      '2. Høring over kvalitetsstandard for ledsagelse efter servicelovens §',
      'Side 1 af 2',
      '\fHandicaprådet',
      'Referat',
      'Dato: 08.02.2025',
      '85',
      '',
      'Sagsnr.: 2025-00412',
      'Beslutning',
      'Handicaprådet afgav høringssvar.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden', 'Høring over kvalitetsstandard for ledsagelse efter servicelovens § 85']);
  });
});

describe('an absence item`s decision wrapped', () => {
  it('reads the absent member and the substitute from a sentence wrapped before `stedfortræder.`', () => {
    const text = ['Miljøudvalget - Referat', 'Dato:', '5. maj 2020', '1. Fraværende', 'Beslutning', 'Hans Berg (C). Anne Holt (C) deltog som', 'stedfortræder.', '2. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).participants.map(({ name, attendance, substituteFor }) => [name, attendance, substituteFor ?? null])).toEqual([
      ['Hans Berg', 'absent', null],
      ['Anne Holt', 'attended', 'Hans Berg'],
    ]);
  });
});
