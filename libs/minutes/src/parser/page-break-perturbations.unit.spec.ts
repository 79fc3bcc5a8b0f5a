import { parseMinutes } from './parse-minutes.js';

// What a PDF's pages and a narrower column do to minutes without changing what they say (issue 12's perturbation
// property found each): a page break and its furniture, a re-wrapped heading, odd spaces in an OCR'd page. Invented
// texts, one convention each.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const numbersAndOutcomes = (text: string) => parse(text).items.map((item) => [item.number, item.title, item.decision?.outcome]);

describe('minutes read the same across page breaks and re-wrapped lines', () => {
  it('reads a numbered heading whose title a narrower column wrapped, told by its whole contents entry', () => {
    const contents = ['INDHOLDSFORTEGNELSE', '', '1. Meddelelser ...................................... 2', '2. Tilskud til udskiftning af vinduer i',
      'kommunens', 'skoler ...................................... 2', '3. Eventuelt ...................................... 3', ''];
    const body = (heading: string[]) => ['Prøveudvalget', 'Møde mandag den 3. februar 2020', '', ...contents,
      '1. Meddelelser', '', 'Formanden orienterede.', '', 'Udvalgets beslutning:', 'Taget til efterretning.', '',
      ...heading, '', 'Der søges om 2 mio. kr.', '', 'Udvalgets beslutning:', 'Godkendt.', '',
      '3. Eventuelt', '', 'Udvalgets beslutning:', 'Intet.'].join('\n');
    const expected = [[1, 'Meddelelser', 'noted'], [2, 'Tilskud til udskiftning af vinduer i kommunens skoler', 'approved'], [3, 'Eventuelt', expect.anything()]];
    expect(numbersAndOutcomes(body(['2. Tilskud til udskiftning af vinduer i kommunens skoler']))).toEqual(expected);
    expect(numbersAndOutcomes(body(['2. Tilskud til udskiftning af vinduer i', 'kommunens skoler']))).toEqual(expected);
    expect(numbersAndOutcomes(body(['2. Tilskud til udskiftning af vinduer', 'i kommunens skoler']))).toEqual(expected);
  });

  it('drops an OCR`d margin bar before a numbered heading also with no-break spaces around it or an indent or form feed before it', () => {
    const head = ['PRØVE BYRÅD', 'Mødedato: 03.04.1997', '', '3.   MEDDELELSER.', 'Byrådets beslutning:', 'Til efterretning.', ''];
    const tail = ['Byrådets beslutning:', 'Godkendt.'];
    for (const heading of ['|\u00a0 4.   GODKENDELSE AF REGNSKAB.', '| 4.\u00a0  GODKENDELSE AF REGNSKAB.', '\f| 4.   GODKENDELSE AF REGNSKAB.', '\t| 4.   GODKENDELSE AF REGNSKAB.']) {
      expect(numbersAndOutcomes([...head, heading, ...tail].join('\n'))).toEqual([[3, 'MEDDELELSER.', 'noted'], [4, 'GODKENDELSE AF REGNSKAB.', 'approved']]);
    }
  });

  it('drops a counted page`s running head though stray form feeds without a counter stand between the pages', () => {
    // Three counted pages, each new one opening with the protocol's head; five stray form feeds elsewhere (an extraction
    // that starts a line with one) are no pages of their own and must not outnumber the pages the head stands on.
    const pageHead = ['PRØVE KOMMUNE          BYRÅDET', 'B E S L U T N I N G S P R O T O K O L', 'Møde nr. 4/1997'];
    const item = (number: number, title: string, verdict: string, feed: boolean) => [`${feed ? '\f' : ''}${number}.   ${title}`, '        Sagsnr. 97/01' + number, '', 'Sagen er forelagt udvalget.', '', 'Byrådets beslutning:'].concat(verdict ? [verdict] : []);
    const lines = [...pageHead, 'Mødedato: 03.04.1997', '',
      ...item(1, 'MEDDELELSER.', 'Til efterretning.', true), '',
      ...item(2, 'REGNSKAB 1996.', '', false), 'Side 1', `\f${pageHead[0]}`, ...pageHead.slice(1), 'Godkendt.', '',
      ...item(3, 'TILSKUD TIL HAVNEN.', 'Godkendt.', true), '',
      ...item(4, 'LOKALPLAN NR. 7.', '', true), 'Side 2', `\f${pageHead[0]}`, ...pageHead.slice(1), 'Forslaget blev forkastet.', '',
      ...item(5, 'BUSKORT.', 'Godkendt.', true), '',
      ...item(6, 'SKOLESTRUKTUR.', 'Sagen blev udsat.', true), 'Side 3', `\f${pageHead[0]}`, ...pageHead.slice(1), '',
      '7.   EVENTUELT.', '', 'Byrådets beslutning:', 'Intet.'];
    const items = parse(lines.join('\n')).items;
    expect(items.map((item) => [item.number, item.decision?.text.split('\n')[0]])).toEqual([
      [1, 'Til efterretning.'], [2, 'Godkendt.'], [3, 'Godkendt.'], [4, 'Forslaget blev forkastet.'], [5, 'Godkendt.'], [6, 'Sagen blev udsat.'], [7, 'Intet.'],
    ]);
  });

  it('drops an OCR`d speck (`\'`) and a centred `- N -` counter at a page break, so a decision does not end in them', () => {
    const text = ['PRØVE KOMMUNE', 'Mødedato: 03.04.1997', '', 'Pkt. 1.   Regnskab 1996.', 'J.nr. 00.32.00S00', '', 'Byrådets beslutning:', 'Regnskabet blev godkendt.',
      '                       - 2 -', "'", 'Pkt. 2.   Eventuelt.', 'J.nr. 00.01.00A00', '', 'Byrådets beslutning:', 'Intet.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.text])).toEqual([[1, 'Regnskab 1996.', 'Regnskabet blev godkendt.'], [2, 'Eventuelt.', 'Intet.']]);
  });

  it('reads a table one cell a line whose head or row a page break parts with its counter', () => {
    const rows = ['1.', 'Godkendelse af dagsorden', 'Godkendt.', '2.', 'Side 1 af 2', '\fTilskud til seniordans', 'Tilskuddet blev bevilget.', '3.', 'Eventuelt', 'Intet.'];
    const text = (head: string[]) => ['Prøve Kommune', 'Ældrerådet', 'REFERAT', 'Dato:', 'Torsdag den 9. september 2021', ...head, ...rows].join('\n');
    const expected = [[1, 'Godkendelse af dagsorden', 'approved'], [2, 'Tilskud til seniordans', 'approved'], [3, 'Eventuelt', expect.anything()]];
    expect(numbersAndOutcomes(text(['Pkt.', 'Emne', 'Referat / beslutning']))).toEqual(expected);
    expect(numbersAndOutcomes(text(['Pkt.', '1 of 2', '\fEmne', 'Referat / beslutning']))).toEqual(expected);
  });

  it('reads a Markdown table of people whose rows a page break parts, or a tab stands in', () => {
    const text = (rows: string[]) => ['# Referat – Prøverådet', '', '**Dato:** Tirsdag den 11. februar 2025, kl. 13:00', '', '## Deltagere', '', ...rows, '',
      '## 1. Godkendelse af dagsorden', '', '**Beslutning:** Godkendt.', '', '## 2. Eventuelt', '', '**Beslutning:** Intet.'].join('\n');
    const attendance = (rows: string[]) => parse(text(rows)).participants.map((person) => [person.name, person.attendance, person.partial]);
    const expected = [['Anna Berg', 'attended', undefined], ['Bo Lund', 'apologies', undefined], ['Carl Holm', 'attended', 'fra punkt 2']];
    expect(attendance(['| Navn | Fremmøde |', '|------|----------|', '| Anna Berg | Til stede |', '| Bo Lund | Afbud |', '| Carl Holm | Til stede fra punkt 2 |'])).toEqual(expected);
    expect(attendance(['| Navn | Fremmøde |', '|------|----------|', '| Anna Berg | Til stede |', '| Bo Lund | Afbud |', 'Side 1 af 2', '\f| Carl Holm | Til stede fra punkt 2 |'])).toEqual(expected);
    expect(attendance(['| Navn\t| Fremmøde |', '|------|----------|', '|\tAnna Berg | Til stede |', '| Bo Lund | Afbud\t|', '\t| Carl Holm | Til stede fra punkt 2 |'])).toEqual(expected);
  });

  it('reads the head from the first page though every page repeats it as its running head', () => {
    // (Its page counter too: the pre-pass drops every copy of the head as page furniture, the first page's as well.)
    const pageHead = ['PRØVE KOMMUNE', '                                   Side 1', '      Protokol for Byrådets ordinære møde torsdag den 14. marts 1996', '      kl. 19.00 på Rådhuset, Torvet 1.'];
    const item = (number: number, title: string) => [`${number}.   ${title}`, '      J.nr. 00.01A00', '', 'Sagen forelægges.', '', 'Beslutning i Byrådet:', 'Godkendt.', ''];
    const lines = [...pageHead, '', 'Fraværende: Aage Holm.', '', ...item(1, 'GODKENDELSE AF DAGSORDEN.'), ...item(2, 'REGNSKAB 1995.'), 'Side 1 af 3', `\f${pageHead[0]}`, ...pageHead.slice(1),
      ...item(3, 'TILSKUD TIL HAVNEN.'), ...item(4, 'BUSKORT.'), 'Side 2 af 3', `\f${pageHead[0]}`, ...pageHead.slice(1), ...item(5, 'EVENTUELT.')];
    expect(parse(lines.join('\n')).meeting).toMatchObject({ body: 'Byrådet', date: '1996-03-14', startTime: '19:00', location: 'Rådhuset, Torvet 1.' });
  });

  it('keeps a dated decision block a page break parts from its label, or from the verdict of the block before it', () => {
    // Every item's `Indstilling` holds the same dated block (`Økonomiudvalget den 18. august 2014`): recurring by the
    // breaks, it is still the item's, since its page began inside the decision.
    const item = (number: number, title: string, brokenAt: 'label' | 'verdict' | 'none') => [
      `${number}  Åbent   ${title}`, '', 'Resumé', 'Sagen forelægges.', '', 'Indstilling', ...(brokenAt === 'label' ? [`Side ${number} af 4`, '\f'] : []),
      'Teknik- og Miljøudvalget den 11. august 2014', 'Anbefales.', ...(brokenAt === 'verdict' ? [`Side ${number} af 4`, '\f'] : []),
      'Økonomiudvalget den 18. august 2014', 'Anbefales.', '', 'Beslutning', 'Godkendt.', ''];
    const text = ['Prøve Kommune', 'Referat af møde i Kommunalbestyrelsen', 'Mødetidspunkt 25-08-2014 18:00', '', ...item(1, 'Lokalplan 12', 'label'), ...item(2, 'Vejplan', 'verdict'),
      ...item(3, 'Skoleplan', 'label'), ...item(4, 'Havneplan', 'verdict'), ...item(5, 'Budget', 'none')].join('\n');
    expect(parse(text).items.map((item) => item.earlierTreatments.map((treatment) => `${treatment.body} ${treatment.date}`))).toEqual(
      Array.from({ length: 5 }, () => ['Teknik- og Miljøudvalget 2014-08-11', 'Økonomiudvalget 2014-08-18']),
    );
  });

  it('keeps the dated steps of a routing list that recur by the page breaks', () => {
    const item = (number: number, title: string, page: number) => [`${number}. ${title}`, '', 'Sagsnr.: 00.32.00-S55-1-19', '', 'Politisk behandling:', `Side ${page} af 5`, '\f',
      'Økonomiudvalget (anbefaler), 23.04.2019', '', 'Byrådet (beslutning), 30.04.2019', '', 'Sagen forelægges.', '', 'Beslutning', '', 'Byrådet, 30.04.2019', '', 'Godkendt.'];
    const text = ['Prøve Kommune', 'Referat', 'Byrådet', 'Mødedato: 30.04.2019', '', ...item(61, 'Regnskab 2018', 1), ...item(62, 'Lokalplan 7', 2), ...item(63, 'Skoleplan', 3), ...item(64, 'Havneplan', 4)].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.decidingBody])).toEqual([[61, 'Byrådet'], [62, 'Byrådet'], [63, 'Byrådet'], [64, 'Byrådet']]);
  });

  it('reads no numbered list`s last entry as an item where the next item`s page follows it', () => {
    // Item pages print their title unnumbered, the number only in the decision's `Dagsordenspunkt N:`; the first decision
    // lists the members numbered, and its last entry is followed by the next page's labels once the page's head is dropped.
    const page = (title: string) => ['Prøve Kommune', 'Teknik- og Miljøudvalget', 'Mødedato: 14.01.2025, kl. 15:30', title, 'Indstilling', 'Forvaltningen indstiller, at sagen godkendes.', 'Beslutning'];
    const text = [...page('Godkendelse af dagsorden'), 'Dagsordenspunkt 1: Godkendelse af dagsorden', 'Deltagerne var:', '1. Line Holm (A)', '2. Tarik Berg (A)', '3. Ulrik Bay (V) (stedfortræder for Rasmus Dam)',
      'Dagsordenen blev godkendt.', 'Side 1 af 2', '\fSkolebus til Nordby', 'Indstilling', 'Forvaltningen indstiller, at ruten oprettes.', 'Beslutning', 'Dagsordenspunkt 2: Skolebus til Nordby', 'Godkendt.',
      ...page('Eventuelt'), 'Dagsordenspunkt 3: Eventuelt', 'Intet.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([[1, 'Godkendelse af dagsorden'], [2, 'Skolebus til Nordby'], [3, 'Eventuelt']]);
  });

  it('reads a sentence wrapped before its `punkt N.` as the decision`s remark, not a point`s verdict', () => {
    const text = (remark: string[]) => ['Prøveudvalget', 'Mødedato: 08.10.2024', '', '1. Orientering om vejarbejder', '', 'Beslutning:', 'Til orientering.', '', ...remark, '', '2. Eventuelt', '', 'Beslutning:', 'Intet.'].join('\n');
    const first = (remark: string[]) => parse(text(remark)).items[0]!.decision;
    expect(first(['Anja Holm forlod mødet kl. 10.15 efter punkt 1.'])).toMatchObject({ outcome: 'noted', pointOutcomes: [] });
    expect(first(['Anja Holm forlod mødet kl. 10.15 efter', 'punkt 1.'])).toMatchObject({ outcome: 'noted', pointOutcomes: [] });
  });

  it('ends a head`s column of values at a blank line, though a page`s running head follows it', () => {
    const head = ['BYRÅDET', 'Referat', 'Mødedato:', 'Mødetidspunkt:', 'Mødested:', 'Fraværende:', 'onsdag den 20. juni 2012', 'Fra kl.: 17.00 Til kl.: 19.20', 'Multisalen, Rådhuset', 'Lea Holm (afbud)'];
    const text = (after: string[]) => [...head, '', ...after, '95.', 'Kommuneplantillæg nr. 41', 'Beslutning:', 'Godkendt.', '', '96.', 'Eventuelt', 'Beslutning:', 'Intet.'].join('\n');
    const expected = { body: 'Byrådet', date: '2012-06-20', startTime: '17:00', location: 'Multisalen, Rådhuset' };
    expect(parse(text([])).meeting).toMatchObject(expected);
    expect(parse(text(['Byrådets møde den 20. juni 2012', '']))).toMatchObject({ meeting: expected, participants: [{ name: 'Lea Holm', attendance: 'apologies' }] });
  });

  it('reads a protocol`s title wrapped after its weekday, its date on the next line', () => {
    const text = (title: string[]) => ['PRØVE KOMMUNE', '', ...title, '      kl. 19.00 på Rådhuset, Torvet 1.', '', '1.   GODKENDELSE AF DAGSORDEN.', '', 'Beslutning i Byrådet:', 'Godkendt.', '',
      '2.   EVENTUELT.', '', 'Beslutning i Byrådet:', 'Intet.'].join('\n');
    const expected = { body: 'Byrådet', date: '1996-03-14', startTime: '19:00' };
    expect(parse(text(['      Protokol for Byrådets ordinære møde torsdag den 14. marts 1996'])).meeting).toMatchObject(expected);
    expect(parse(text(['      Protokol for Byrådets ordinære møde torsdag', 'den 14. marts 1996'])).meeting).toMatchObject(expected);
  });

  it('reads a title wrapped after its joining word though its tail reads like a section`s label', () => {
    const text = (heading: string[]) => ['Prøve Kommune', 'REFERAT Kommunalbestyrelsen d. 20-06-2023', '', 'Punkt 1: Meddelelser', '', 'Beslutning', '', 'Taget til efterretning.', '',
      ...heading, '', '17.01.00-A00-1-23', '', 'Sammendrag', '', 'Høringen er slut.', '', 'Beslutning', '', 'Godkendt.'].join('\n');
    const expected = [[1, 'Meddelelser', 'noted'], [2, 'Ny skolestruktur - høringssvar og beslutning', 'approved']];
    expect(numbersAndOutcomes(text(['Punkt 2: Ny skolestruktur - høringssvar og beslutning']))).toEqual(expected);
    expect(numbersAndOutcomes(text(['Punkt 2: Ny skolestruktur - høringssvar og', 'beslutning']))).toEqual(expected);
  });
});

describe("a typed protocol's own head printed again under a page break inside a wrapped title (twenty-second session)", () => {
  const head = ['PRØVEBY KOMMUNE', '                                        Side 1', 'TEKNISK UDVALG', '', 'Protokol for udvalgets møde tirsdag den 11. maj 2004', 'kl. 16.00 på Rådhuset, mødelokale 1.', ''];
  const protocol = (between: readonly string[], tail: string) =>
    [...head, 'Pkt. 52.   Godkendelse af dagsorden.', '', 'Udvalgets beslutning:', 'Godkendt.', '', 'Pkt. 53.   Ansøgning om dispensation fra lokalplan nr. 31,', 'Side 4', ...between, tail, 'J.nr. 02.34.18P20', '', 'Ejeren søger om en carport.', '', 'Udvalgets beslutning:', 'Ansøgningen blev afslået.'].join('\n');
  const titles = (between: readonly string[], tail: string) => parse(protocol(between, tail)).items.map((item) => item.title);

  it('passes over the head`s capitalised lines to the title`s tail (`... nr. 31,` / <head> / `Torvegade 7.`)', () => {
    const between = ['\fPRØVEBY KOMMUNE', '                                        Side 1', 'TEKNISK UDVALG', 'Protokol for udvalgets møde tirsdag den 11. maj 2004'];
    expect(titles(between, 'Torvegade 7.')).toEqual(['Godkendelse af dagsorden.', 'Ansøgning om dispensation fra lokalplan nr. 31, Torvegade 7.']);
  });

  it('passes over the head`s lower-case line too (`kl. 16.00 på Rådhuset, ...`), which no title goes on with', () => {
    const between = ['\fPRØVEBY KOMMUNE', '                                        Side 1', 'Protokol for udvalgets møde tirsdag den 11. maj 2004', 'kl. 16.00 på Rådhuset, mødelokale 1.'];
    expect(titles(between, 'Torvegade 7.')).toEqual(['Godkendelse af dagsorden.', 'Ansøgning om dispensation fra lokalplan nr. 31, Torvegade 7.']);
  });
});
