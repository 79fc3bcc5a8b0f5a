import { parseMinutes } from './parse-minutes.js';

// Conventions the fourteenth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; a decisions summary of
// `N. <titel> – <beslutning>` lines, a spreadsheet's semicolon export of the items, an eDoc member with a role after a
// dash, substitutes named three more ways, a hearing sent out and a permit refused, a proposal adopted for a hearing at an
// earlier meeting) showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const attendance = (text: string) => parse(text).participants.map(({ name, attendance: status, substituteFor }) => [name, status, substituteFor ?? null]);

describe('conventions from the fourteenth held-out round (half A)', () => {
  it('reads a Beslutningsreferat of `N. <titel> – <beslutning>` lines, a wrapped decision joined and a closed line kept', () => {
    const text = [
      'Prøve Kommune',
      'Idrætsrådet',
      '',
      'Beslutningsreferat fra mødet onsdag den 9. april 2025 kl. 19.00',
      '',
      '1. Godkendelse af dagsorden – Godkendt.',
      '',
      '2. Tilskud til ny klubbus (sag 25/1180) – Rådet bevilgede 30.000 kr. under forudsætning af, at',
      '   klubben selv finansierer resten.',
      '',
      '3. Lukket punkt: Ansøgning fra en enkeltperson.',
      '',
      '4. Høring - Ny idrætspolitik – Udsat.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Idrætsrådet');
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.closed, item.decision?.text ?? null])).toEqual([
      [1, 'Godkendelse af dagsorden', null, false, 'Godkendt.'],
      [2, 'Tilskud til ny klubbus', '25/1180', false, 'Rådet bevilgede 30.000 kr. under forudsætning af, at klubben selv finansierer resten.'],
      [3, 'Ansøgning fra en enkeltperson', null, true, null],
      [4, 'Høring - Ny idrætspolitik', null, false, 'Udsat.'],
    ]);
  });

  it('keeps numbered lines with a dash and a full stop as they are where fewer than three read as one-line items', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', '2. Vejplan – Høring.', 'Beslutning', 'Udsat.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.text])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Vejplan – Høring.', 'Udsat.'],
    ]);
  });

  it('reads a semicolon export of the items: the repeated meeting columns as the head, quoted cells over several lines', () => {
    const text = [
      'sep=;',
      'Udvalg;Mødedato;Mødested;Pkt.;Sagsnr.;Titel;Adgang;Beslutning',
      'Miljøudvalget;02-03-2022;Byrådssalen;1;22/101;Godkendelse af dagsorden;Åben;Godkendt.',
      'Miljøudvalget;02-03-2022;Byrådssalen;2;21/8804;"Vandplan ""Ådalen"" 2022";Åben;"Anbefales over for Byrådet.',
      'Imod stemte: Ø"',
      'Miljøudvalget;02-03-2022;Byrådssalen;3;22/977;Erstatningssag;Lukket;',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date, parsed.meeting.location]).toEqual(['Miljøudvalget', '2022-03-02', 'Byrådssalen']);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.closed, item.decision?.text ?? null])).toEqual([
      [1, 'Godkendelse af dagsorden', '22/101', false, 'Godkendt.'],
      [2, 'Vandplan "Ådalen" 2022', '21/8804', false, 'Anbefales over for Byrådet.\nImod stemte: Ø'],
      [3, 'Erstatningssag', '22/977', true, null],
    ]);
  });

  it('reads an eDoc member whose role after the dash holds a comma as one member', () => {
    const text = ['Referat', '', 'Ældrerådet', '', 'mandag den 3. marts 2014, kl. 10:00', '', 'Tilstede', '', 'Bent Ravn - næstformand, Ældre Sagen', 'Inge Dahl', '', '1. Eventuelt', '', 'Sagsnr.: 2014-00101', '', 'Ældrerådets beslutning den 03.03.2014 Punkt 1', '', 'Intet.'].join('\n');
    expect(attendance(text)).toEqual([
      ['Bent Ravn', 'attended', null],
      ['Inge Dahl', 'attended', null],
    ]);
  });

  it('reads a hearing the body sends out as approved and a permit refused in the passive as rejected', () => {
    const text = ['Planudvalget - Referat', 'Dato:', '5. maj 2020', '1. Lokalplan for Havnen', 'Beslutning', 'Udvalget sender forslaget i offentlig høring.', '2. Ansøgning om byggetilladelse, Skovvej 3', 'Beslutning', 'Der meddeles ikke byggetilladelse.'].join('\n');
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'rejected']);
  });

  it('reads an absence item naming the absent bare and who stood in after it', () => {
    const text = ['Miljøudvalget - Referat', 'Dato:', '5. maj 2020', '1. Fraværende', 'Beslutning', 'Hans Berg (C). Anne Holt (C) deltog som stedfortræder.', '2. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', 'Hans Berg var fraværende.'].join('\n');
    expect(attendance(text)).toEqual([
      ['Hans Berg', 'absent', null],
      ['Anne Holt', 'attended', 'Hans Berg'],
    ]);
  });

  it('reads `Stedfortræder for <navn>: <navn>` after the absence sentence of the first decision', () => {
    const text = [
      'Referat til mødet i Miljøudvalget den 5. maj 2020 kl. 16:00 i Byrådssalen',
      '',
      '00.01.00-A00-1-20',
      '1. Godkendelse af dagsorden',
      'Beslutning',
      'Fraværende: Hans Berg (C) og Lise Ravn (A). Stedfortræder for Lise Ravn: Kim Ager (A).',
      'Godkendt.',
    ].join('\n');
    expect(attendance(text)).toContainEqual(['Kim Ager', 'attended', 'Lise Ravn']);
  });

  it('reads a `Stedfortræder:` after two absent members as standing in for the one of its party', () => {
    const text = [
      'Udvalg: Byrådet',
      'Mødedato: 05-05-2020',
      '',
      '1.Godkendelse af dagsorden (B)',
      'Sagsnummer: 20/101',
      'Beslutning Byrådet den 05-05-2020',
      'Godkendt.',
      'Afbud: Hans Berg (C), Lise Ravn (A). Stedfortræder: Kim Ager (A).',
      '',
      '2.Regnskab 2019 (B)',
      'Sagsnummer: 20/102',
      'Beslutning Byrådet den 05-05-2020',
      'Godkendt.',
      'Afbud: Hans Berg (C), Lise Ravn (A). Stedfortræder: Kim Ager (A).',
    ].join('\n');
    expect(attendance(text)).toContainEqual(['Kim Ager', 'attended', 'Lise Ravn']);
  });

  it('reads `<organ> vedtog forslaget til offentlig høring på mødet den <dato>, punkt N` as an earlier treatment', () => {
    const text = [
      'Planudvalget - Referat',
      'Dato:',
      '5. maj 2020',
      '1. Lokalplan for Havnen - endelig vedtagelse',
      'Sagsfremstilling',
      'Planudvalget vedtog forslaget til offentlig høring på mødet den 4. december 2019, punkt 3.',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Planudvalget', '2019-12-04', [3]]]);
  });

  it('reads a member who took no part in closed items, stated under their `Afbud:` line, as away from those items only', () => {
    const item = (number: number, title: string, closed: boolean) => [
      '',
      `${number}.${closed ? 'Lukket punkt: ' : ''}${title} (B)`,
      `Sagsnummer: 20/10${number}`,
      ...(closed ? [] : ['Beslutning Byrådet den 05-05-2020', 'Godkendt.']),
      'Afbud: Hans Berg (C).',
      ...(closed ? ['Lise Ravn (A) deltog ikke i behandlingen af punkt 3-4.'] : []),
    ];
    const text = ['Udvalg: Byrådet', 'Mødedato: 05-05-2020', ...item(1, 'Godkendelse af dagsorden', false), ...item(2, 'Regnskab 2019', false), ...item(3, 'Køb af ejendom', true), ...item(4, 'Personalesag', true)].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map(({ name, attendance: status }) => [name, status])).toEqual([['Hans Berg', 'apologies']]);
    // The closed items' own absences: away from them, not from the meeting.
    expect(parsed.items.map((item) => item.absences.map(({ name, partial }) => [name, partial ?? null]))).toEqual([
      [['Hans Berg', null]],
      [['Hans Berg', null]],
      // (The items named are part of what is written: read whole since the twenty-first session.)
      [['Hans Berg', null], ['Lise Ravn', 'deltog ikke i behandlingen af punkt 3-4']],
      [['Hans Berg', null], ['Lise Ravn', 'deltog ikke i behandlingen af punkt 3-4']],
    ]);
    expect(parsed.items.map((item) => [item.number, item.closed, item.decision?.text ?? null])).toEqual([
      [1, false, 'Godkendt.'],
      [2, false, 'Godkendt.'],
      [3, true, null],
      [4, true, null],
    ]);
  });
});
