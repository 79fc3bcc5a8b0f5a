import { parseMinutes } from './parse-minutes.js';

// Conventions the seventh held-out round of issue 12 (half B: Sjælland, Fyn and the islands) showed the reader missing
// (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the seventh held-out round (half B)', () => {
  it('reads a pre-2007 referat`s `<Organ>s møde D. måned YYYY Punkt N:` blocks: the council`s own as the decision, the others as earlier treatments', () => {
    const text = [
      'Møde i Byrådet tirsdag den 14. marts 2005, kl. 18.00 i Byrådssalen', '', 'REFERAT', '',
      '1. Ny skolevej', '', 'Prøveudvalget den 1. marts 2005, pkt. 3', '', 'Vejen skal anlægges i 2006.', '',
      'Prøveudvalgets møde 1. marts 2005 Punkt 3:', 'Anbefales.', '',
      'Byrådets møde 14. marts 2005 Punkt 1:', 'Godkendt.', 'For stemte: A og V', 'Imod stemte: Ø',
    ].join('\n');
    const [item] = parse(text).items;
    expect([item!.decision?.outcome, item!.decision?.text]).toEqual(['approved', 'Godkendt.\nFor stemte: A og V\nImod stemte: Ø']);
    expect(item!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.outcome])).toContainEqual(['Prøveudvalget', '2005-03-01', [3], 'recommended']);
  });

  it('does not take a page`s running head of the meeting`s own date, empty under it, for an earlier meeting', () => {
    const text = [
      'Prøveudvalget', 'Referat', 'Dato: 14. marts 2024', '',
      '1. Ny skolevej', 'Beslutning i Prøveudvalget den 12. februar 2024', 'Udsat.', '', 'Beslutning i Prøveudvalget den 14. marts 2024', 'Godkendt.', '',
      '\fPrøveudvalget, 14. marts 2024', '',
      '2. Vintertjeneste', 'Beslutning i Prøveudvalget den 14. marts 2024', 'Godkendt.',
    ].join('\n');
    const [first] = parse(text).items;
    expect(first!.earlierTreatments.map((treatment) => treatment.date)).toEqual(['2024-02-12']);
  });

  it('keeps the name of an item group in capitals (`ØKONOMIUDVALGET` over the group`s first item) out of the item before it', () => {
    const text = [
      'Møde i Byrådet tirsdag den 14. marts 2005, kl. 18.00 i Byrådssalen', '', 'REFERAT', '',
      '1. Meddelelser', 'Byrådets møde 14. marts 2005 Punkt 1:', 'Taget til efterretning.', '', 'SOCIAL- OG SUNDHEDSUDVALGET', '',
      '2. Takster for madservice', 'Byrådets møde 14. marts 2005 Punkt 2:', 'Godkendt.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.decision?.text)).toEqual(['Taget til efterretning.', 'Godkendt.']);
  });

  it('reads a word processor`s `NN – Titel` headings (a spaced en dash) and `NN – Lukket sag – Titel` as closed', () => {
    const text = [
      'Prøveudvalget', 'Mødedato: tirsdag den 12. marts 2019', '',
      '31 – Godkendelse af dagsorden', '', 'Beslutning i Prøveudvalget den 12.03.2019:', 'Godkendt.', '',
      '32 – Regnskab 2018 – foreløbigt resultat', 'Sagsnr.: 19/211', '', 'Beslutning i Prøveudvalget den 12.03.2019:', 'Taget til efterretning.', '',
      '33 – Lukket sag – Køb af ejendom', 'Sagsnr.: 19/120',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.closed])).toEqual([
      [31, 'Godkendelse af dagsorden', null, false],
      [32, 'Regnskab 2018 – foreløbigt resultat', '19/211', false],
      [33, 'Køb af ejendom', '19/120', true],
    ]);
  });

  it('drops a footer that ends in its page counter after a tab, on two pages, without a page break beside it', () => {
    const footer = (page: number) => `Prøve Kommune – Prøveudvalget – 12. marts 2019\tSide ${page} af 3`;
    const text = [
      'Prøveudvalget', 'Mødedato: tirsdag den 12. marts 2019', '',
      '1. Ny skolevej', 'Beslutning i Prøveudvalget den 12.03.2019:', 'Godkendt.', '', footer(1), '',
      '2. Vintertjeneste', 'Beslutning i Prøveudvalget den 12.03.2019:', 'Udsat.', '', footer(2),
    ].join('\n');
    expect(parse(text).items.map((item) => item.decision?.text)).toEqual(['Godkendt.', 'Udsat.']);
  });

  it('spells out a body`s abbreviation made of its initials (`TMU`, `ØEU`, `KB`) where the text names the body in full', () => {
    const text = [
      'Økonomi- og Erhvervsudvalget', 'Mødedato: tirsdag den 12. marts 2019', '',
      '1. Havneplan', 'Behandlet i: Teknik- og Miljøudvalget 05.03.2019', 'Indstilling:', 'Administrationen indstiller, at udvalget anbefaler Kommunalbestyrelsen at vedtage planen.',
      'Beslutning i TMU den 05.03.2019:', 'Anbefales.', '', 'Beslutning i ØEU den 12.03.2019:', 'Anbefales over for KB.', '',
      '2. Salg af grund', 'Beslutning i ØEU den 12.02.2019:', 'Udsat.', '', 'Beslutning i ØEU den 12.03.2019:', 'Godkendt.', '',
      '3. Tilskud', 'Beslutning i ØEU den 12.03.2019:', 'Sendes til XYZ.',
    ].join('\n');
    const items = parse(text).items;
    expect(items[0]!.decision?.recommendedTo).toBe('Kommunalbestyrelsen');
    expect(items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date]))).toEqual([
      [['Teknik- og Miljøudvalget', '2019-03-05']],
      [['Økonomi- og Erhvervsudvalget', '2019-02-12']],
      [],
    ]);
  });

  it('reads a committee named `§17, stk. 4-udvalget for <område>` (or `Udvalget for <område>`) alone in the head', () => {
    const text = (name: string) => ['Prøve Kommune', '', 'Referat', '', name, '', 'Mødedato: 12. juni 2023', 'Tidspunkt: 16.00-18.00', '', '1. Velkomst', 'Konklusion:', 'Godkendt.'].join('\n');
    expect(parse(text('§17, stk. 4-udvalget for grøn omstilling og bæredygtig udvikling')).meeting.body).toBe('§17, stk. 4-udvalget for grøn omstilling og bæredygtig udvikling');
    expect(parse(text('Udvalget for Kultur og Fritid')).meeting.body).toBe('Udvalget for Kultur og Fritid');
  });

  it('reads a working group`s `Referat:` notes as the decision where no `Konklusion:` follows them, and never a head`s `Referat: <dato>`', () => {
    const text = [
      'Prøveudvalget', 'Mødedato: 12. juni 2023', '',
      'Ad 1. Godkendelse af dagsorden', 'Referat:', 'Dagsordenen blev godkendt.', '',
      'Ad 2. Oplæg om grøn varme', 'Referat:', 'Energitjenesten fortalte om varmepumper.', 'Konklusion:', 'Udvalget tog oplægget til efterretning.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.decision?.outcome, item.decision?.text])).toEqual([
      [1, 'approved', 'Dagsordenen blev godkendt.'],
      [2, 'noted', 'Udvalget tog oplægget til efterretning.'],
    ]);
    const head = parse(['Prøveudvalget', 'Referat: 13. maj 2024 kl. 16:30', '', '1 : Godkendelse af dagsorden', 'BeslutningGodkendt.'].join('\n'));
    expect(head.meeting).toMatchObject({ body: 'Prøveudvalget', date: '2024-05-13', startTime: '16:30' });
  });

  it('recommends to the first body of `til Miljø- og Klimaudvalget og Byrådet`, the name whole', () => {
    const text = ['Prøveudvalget', 'Mødedato: 12. juni 2023', '', '1. Solceller', 'Konklusion:', 'Udvalget anbefaler, at forslaget sendes videre til Miljø- og Klimaudvalget og Byrådet.'].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Miljø- og Klimaudvalget' });
  });

  it('reads a head in capitals: `<UDVALG> FOR <NAVN> KOMMUNE` over `REFERAT FRA MØDE NR. NN <UGEDAG> DEN ..., KL. HH.MM PÅ <STED>`, the body spelled as the page heads do', () => {
    const header = (page: number) => `\fPrøveudvalget 25. september 2008 Side: ${page}`;
    const text = [
      'PRØVEUDVALGET FOR PRØVE KOMMUNE', '', 'REFERAT FRA MØDE NR. 23 TORSDAG DEN 25. SEPTEMBER 2008, KL. 16.30 PÅ PRØVE RÅDHUS, MØDELOKALE 5', '',
      header(2), '', '176. Ny skolevej', 'Sagsnr 08/14577 J.nr 18.14.00Ø40', '', 'Sagen blev behandlet på udvalgets møde den 28. august 2008, pkt. 160, hvor den', 'blev udsat.', '', 'Beslutning:', 'Godkendt.', '',
      header(3), '', '177. Vintertjeneste', 'Sagsnr 08/11230 J.nr 05.01.10Ø00', '', 'Beslutning:', 'Udsat.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting).toMatchObject({ body: 'Prøveudvalget', date: '2008-09-25', startTime: '16:30', location: 'PRØVE RÅDHUS, MØDELOKALE 5' });
    expect(parsed.items.map((item) => [item.number, item.caseNumber, item.decision?.text])).toEqual([
      [176, '08/14577', 'Godkendt.'],
      [177, '08/11230', 'Udsat.'],
    ]);
    expect(parsed.items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Prøveudvalget', '2008-08-28', [160]]]);
  });

  it('reads `Udvalget behandlede sagen den <dato>, hvor den blev udsat` as this committee`s earlier postponement', () => {
    const text = ['Prøveudvalget', 'Referat: 13. maj 2024 kl. 16:30', '', '3 : Ny kunstgræsbane', 'Sagsnr: 23/8841', 'SagsfremstillingBanen er slidt.', 'Udvalget behandlede sagen den 8. april 2024, hvor den blev udsat.', 'BeslutningGodkendt.'].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.postponed])).toEqual([['Prøveudvalget', '2024-04-08', true]]);
  });

  it('reads a refusal in the decision`s second clause (`Administrationens indstilling blev fulgt, og ansøgningen afslås.`)', () => {
    const text = ['Prøveudvalget', 'Mødedato: 5. februar 2024', '', '1. Tilskud til landsbyforskønnelse', 'Beslutning:', 'Administrationens indstilling blev fulgt, og ansøgningen afslås.'].join('\n');
    expect(parse(text).items[0]!.decision?.outcome).toBe('rejected');
  });

  it('keeps the plain copy of a heading printed twice (`3. Titel (B)` over `3.    Titel (B)`) out of the item before it', () => {
    const text = [
      'Prøveudvalget (2022-2025) – Referat – 7. oktober 2024', '',
      '1. Godkendelse af dagsorden (B)', '1.    Godkendelse af dagsorden (B)', 'Beslutning i Prøveudvalget den 7. oktober 2024:', 'Godkendt.', '',
      '2. Ny skolevej (B)', '2.    Ny skolevej (B)', 'Beslutning i Prøveudvalget den 7. oktober 2024:', 'Udsat.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.text])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Ny skolevej', 'Udsat.'],
    ]);
  });

  it('reads a substitute called in by the council`s decision for a member with `forfald` (`1. stedfortræder B (A) indkaldes for A (A), der har forfald`)', () => {
    const text = [
      'Byrådet (2022-2025) – Referat – 30. november 2023', '',
      '1. Godkendelse af stedfortræder (B)', 'Beslutning i Byrådet den 30. november 2023:', 'Fraværende: Kaj Lund', 'Byrådet godkendte, at 1. stedfortræder Mette Holm (A) indkaldes for Kaj Lund (A), der har forfald.', '',
      '2. Godkendelse af dagsorden (B)', 'Beslutning i Byrådet den 30. november 2023:', 'Fraværende: Kaj Lund', 'Godkendt.',
    ].join('\n');
    expect(parse(text).participants.map((person) => [person.name, person.attendance, person.substituteFor])).toEqual(
      expect.arrayContaining([
        ['Kaj Lund', 'apologies', undefined],
        ['Mette Holm', 'attended', 'Kaj Lund'],
      ]),
    );
  });

  it('reads the head`s `Afbud: A. Som stedfortræder deltog B.`, `I stedet for A deltog stedfortræder B.` and a member who left, under them', () => {
    const listed = parse(['Prøveudvalget', 'Mødedato: tirsdag den 12. marts 2019', 'Til stede:\tLars Holm, Karen Kragh, Jonna Friis', 'Afbud:\tErik Rønne. Som stedfortræder deltog Jonna Friis.', '', '1 – Godkendelse af dagsorden', 'Beslutning:', 'Godkendt.'].join('\n'));
    expect(listed.participants.find((person) => person.name === 'Erik Rønne')).toMatchObject({ attendance: 'apologies' });
    expect(listed.participants.find((person) => person.name === 'Jonna Friis')).toMatchObject({ attendance: 'attended', substituteFor: 'Erik Rønne' });
    const sentences = parse(['Møde i Byrådet mandag den 29. maj 2006, kl. 19.00 i Byrådssalen', '', 'REFERAT', '', 'Fraværende: Bent Holm.', 'I stedet for Bent Holm deltog stedfortræder Inger Juhl.', 'Ole Vind deltog ikke i behandlingen af punkt 2.', '', '1. Meddelelser', 'Beslutning:', 'Taget til efterretning.'].join('\n'));
    expect(sentences.participants.map((person) => [person.name, person.attendance, person.substituteFor, person.partial])).toEqual([
      ['Bent Holm', 'absent', undefined, undefined],
      ['Inger Juhl', 'attended', 'Bent Holm', undefined],
      ['Ole Vind', 'attended', undefined, 'deltog ikke i behandlingen af punkt 2'],
    ]);
  });

  it('reads `Afbud under hele mødet:` over the names and `A deltog som stedfortræder for B og C deltog som stedfortræder for D` in every decision, and a head list`s cells closed by a bar', () => {
    const block = ['Afbud under hele mødet:', 'Karin Bøje og Søren Frisk', 'Ole Bagger deltog som stedfortræder for Karin Bøje og Lene Fisker deltog som stedfortræder for Søren Frisk'];
    const text = [
      'Referat', 'Dato: |', '20-06-2022 17:00:00 |', '---|---|', 'Udvalg: |', 'Kommunalbestyrelsen |', 'Deltagere: |', 'Tove Riis, Karin Bøje, Søren Frisk, Anja Bang |',
      '149. Godkendelse af dagsorden', 'Sagsnr.: 22/131', 'Beslutning i Kommunalbestyrelsen den 20-06-2022', 'Godkendt.', ...block,
      '150. Ny legeplads', 'Sagsnr.: 22/1555', 'Beslutning i Økonomiudvalget den 13-06-2022', 'Anbefales.', 'Afbud under hele mødet:', 'Tove Riis', 'Beslutning i Kommunalbestyrelsen den 20-06-2022', 'Godkendt.', ...block,
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map((person) => [person.name, person.substituteFor])).toEqual([
      ['Tove Riis', undefined],
      ['Karin Bøje', undefined],
      ['Søren Frisk', undefined],
      ['Anja Bang', undefined],
      ['Ole Bagger', 'Karin Bøje'],
      ['Lene Fisker', 'Søren Frisk'],
    ]);
    // Absent from every item (the meeting's apologies, as the read models tell them); the Økonomiudvalg's earlier
    // absence is not this meeting's.
    expect(parsed.items.map((item) => item.absences.map((absence) => absence.name))).toEqual([
      ['Karin Bøje', 'Søren Frisk'],
      ['Karin Bøje', 'Søren Frisk'],
    ]);
  });

  it('reads a listed member`s late arrival told in the first item`s notes (`Claus Holt deltog fra punkt 3.`)', () => {
    const text = ['Prøveudvalget', 'Mødedato: 12. juni 2023', 'Deltagere: Maja Kvist (N), Claus Holt (C)', '', 'Ad 1. Velkomst', 'Referat:', 'Forpersonen bød velkommen. Claus Holt deltog fra punkt 3.', 'Dagsordenen blev godkendt.', '', 'Ad 2. Oplæg', 'Konklusion:', 'Drøftet.'].join('\n');
    expect(parse(text).participants.find((person) => person.name === 'Claus Holt')).toMatchObject({ attendance: 'attended', partial: 'deltog fra punkt 3' });
  });

  it('names the body of an earlier treatment told in prose from its own paragraph, not from a line a blank line above it', () => {
    const text = ['Byrådet', 'Dato: 17. marts 2004', '', '22. Regnskab 2003', 'Sagsfremstilling', 'Uforbrugte midler overføres', '', '', 'Økonomiudvalget behandlede sagen den 3. marts 2004, punkt 14, og', 'anbefalede overførslen.', 'Beslutning:', 'Vedtaget.'].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.outcome])).toEqual([['Økonomiudvalget', '2004-03-03', [14], 'recommended']]);
  });
});
