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
});
