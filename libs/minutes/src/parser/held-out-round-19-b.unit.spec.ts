import { parseMinutes } from './parse-minutes.js';

// Conventions the nineteenth held-out round of issue 12 (half B: Hovedstaden and Sjælland) showed the reader missing
// (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
// A postponement is the decision's flag, not an outcome.
const outcomeOf = (decision: { outcome?: string; postponed: boolean } | undefined) => (decision?.postponed ? 'postponed' : decision?.outcome);

describe('conventions from the nineteenth held-out round (half B)', () => {
  it('joins a Rødovre title wrapped after its comma over a blank line (a text with a blank line after every line)', () => {
    const text = [
      'Økonomiudvalget',
      '',
      '02-05-2023',
      '',
      'Sager 20 - 21',
      '',
      'Godkendelse af dagsorden',
      '',
      'Sag nr. 20',
      '',
      'Beslutningskompetence: ØU',
      '',
      'Beslutning',
      '',
      'Godkendt.',
      '',
      'Tilskud til renovering af klubhuset ved Engsøen, ',
      '',
      'anden etape',
      '',
      'Sag nr. 21',
      '',
      'Beslutningskompetence: ØU',
      '',
      'Beslutning',
      '',
      'Udsat.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, outcomeOf(item.decision)])).toEqual([
      [20, 'Godkendelse af dagsorden', 'approved'],
      [21, 'Tilskud til renovering af klubhuset ved Engsøen, anden etape', 'postponed'],
    ]);
  });

  it('numbers a Word referat`s headings that lost their automatic numbers by its contents list (docx2txt)', () => {
    const text = [
      'Åby Kommune\t\tSeniorrådet',
      '',
      'Referat',
      '',
      'Seniorrådet',
      '',
      'Mødedato:',
      '',
      'Tirsdag den 4. april 2023',
      '',
      'Indholdsfortegnelse',
      '',
      '1.\tGodkendelse af dagsorden\t1',
      '',
      '2.\tHøring om nye regler for kørsel til dagcentre\t1',
      '',
      '3.\tMeddelelser\t2',
      '',
      '3.1\tFra formanden\t2',
      '',
      '4.\tEventuelt\t2',
      '',
      'Godkendelse af dagsorden',
      '',
      'Beslutning:',
      '',
      'Godkendt.',
      '',
      'Høring om nye regler for kørsel til dagcentre',
      '',
      'Sagsfremstilling:',
      '',
      'Reglerne er sendt i høring.',
      '',
      'Beslutning:',
      '',
      'Udsat til næste møde.',
      '',
      'Meddelelser',
      '',
      'Fra formanden',
      '',
      'Formanden har holdt møde med borgmesteren.',
      '',
      'Beslutning:',
      '',
      'Taget til efterretning.',
      '',
      'Eventuelt',
      '',
      'Beslutning:',
      '',
      'Intet.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, outcomeOf(item.decision)])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Høring om nye regler for kørsel til dagcentre', 'postponed'],
      [3, 'Meddelelser', 'noted'],
      [4, 'Eventuelt', 'other'],
    ]);
  });

  it('reads a two-column print in its content stream`s order: a number the sequence jumped over comes after a higher one', () => {
    // (pdftotext -raw, no blank lines: the left column holds items 10 to 12, the right column's top band, item 13, comes
    // out of the stream before the left column's item 12; `Pkt. 13` alone over its title and decision.)
    const text = [
      'Bølle Kommune',
      'Referat af Teknisk Udvalgs møde tirsdag den 7. september 2004 kl. 16.00',
      'Pkt. 10',
      'Godkendelse af dagsorden',
      'Beslutning:',
      'Godkendt.',
      'Pkt. 11',
      'Vintertjeneste 2004/2005',
      'J.nr. 04/2210',
      'Beslutning:',
      'Godkendt.',
      'Pkt. 13',
      'Meddelelser',
      'Beslutning:',
      'Til efterretning.',
      'Pkt. 12',
      'Asfaltarbejder i Bølle by',
      'J.nr. 04/1872',
      'Beslutning:',
      'Udsat.',
      'Pkt. 14',
      'Eventuelt',
      'Beslutning:',
      'Intet.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, outcomeOf(item.decision)])).toEqual([
      [10, 'Godkendelse af dagsorden', null, 'approved'],
      [11, 'Vintertjeneste 2004/2005', '04/2210', 'approved'],
      [13, 'Meddelelser', null, 'noted'],
      [12, 'Asfaltarbejder i Bølle by', '04/1872', 'postponed'],
      [14, 'Eventuelt', null, 'other'],
    ]);
  });

  describe('a two-column print whose bands cross an item: its rest read after it (`column-bands.ts`)', () => {
    // (pdftotext -raw, no blank lines. Left column: items 30, 31 and 32, right column: 33 and 34; the first band's border
    // cuts item 31 mid-sentence, so its rest (and item 32) come out after item 33's first lines.)
    const head = ['Bølle Kommune', 'Referat af Teknisk Udvalgs møde tirsdag den 9. november 2004 kl. 16.00', 'Pkt. 30', 'Godkendelse af dagsorden', 'Beslutning:', 'Godkendt.'];
    const item31 = ['Pkt. 31', 'Renovering af Bølle Skole', 'J.nr. 04/3310', 'Taget på skolen er utæt, og administrationen har', 'indhentet tilbud på'];

    it('the right column`s item after the cut one holds the cut one`s labels, its own decision comes after the skipped item', () => {
      const text = [
        ...head,
        ...item31,
        'Pkt. 33',
        'Trafikplan for Bølle by',
        'J.nr. 04/2871',
        'Planen har været i høring, og der er kommet',
        'fire høringssvar om',
        '1,2 mio. kr.',
        'Indstilling:',
        'Forvaltningen indstiller, at tilbuddet anbefales.',
        'Beslutning:',
        'Anbefales til Kommunalbestyrelsen.',
        'Pkt. 32',
        'Vejnavn i ny udstykning',
        'J.nr. 04/2950',
        'Beslutning:',
        'Godkendt.',
        'hastigheden på Bøllevej.',
        'Beslutning:',
        'Udsat til næste møde.',
        'Pkt. 34',
        'Eventuelt',
        'Beslutning:',
        'Intet.',
      ].join('\n');
      expect(parse(text).items.map((item) => [item.number, item.caseNumber ?? null, outcomeOf(item.decision), item.decision?.text.replace(/\s+/gu, ' ')])).toEqual([
        [30, null, 'approved', 'Godkendt.'],
        [31, '04/3310', 'recommended', 'Anbefales til Kommunalbestyrelsen.'],
        [33, '04/2871', 'postponed', 'Udsat til næste møde.'],
        [32, '04/2950', 'approved', 'Godkendt.'],
        [34, null, 'other', 'Intet.'],
      ]);
    });

    it('the cut item`s rest after the right column`s items, in lower case under a whole decision', () => {
      const text = [...head, ...item31, 'Pkt. 33', 'Meddelelser', 'Beslutning:', 'Til efterretning.', 'Pkt. 34', 'Personalesag (lukket punkt)', 'Beslutning:', 'Se lukket protokol.', 'en samlet pris af 2,1 mio. kr.', 'Beslutning:', 'Anbefales til Kommunalbestyrelsen.', 'Pkt. 32', 'Eventuelt', 'Beslutning:', 'Intet.'].join('\n');
      expect(parse(text).items.map((item) => [item.number, outcomeOf(item.decision), item.decision?.text.replace(/\s+/gu, ' ')])).toEqual([
        [30, 'approved', 'Godkendt.'],
        [31, 'recommended', 'Anbefales til Kommunalbestyrelsen.'],
        [33, 'noted', 'Til efterretning.'],
        [34, undefined, undefined],
        [32, 'other', 'Intet.'],
      ]);
    });

    it('leaves a text whose numbers run on alone, though an item ends mid-sentence', () => {
      const text = [...head, ...item31, 'Pkt. 32', 'Meddelelser', 'Beslutning:', 'Til efterretning.', 'og derefter afsluttet.', 'Beslutning:', 'Godkendt.'].join('\n');
      expect(parse(text).items.map((item) => [item.number, item.decision?.text.replace(/\s+/gu, ' ') ?? null])).toEqual([
        [30, 'Godkendt.'],
        [31, null],
        [32, 'Til efterretning. og derefter afsluttet.'],
      ]);
    });
  });

  it('joins a title a narrow column wrapped before its last word, straight over the item`s case number (no blank lines)', () => {
    const text = [
      'Referat af Økonomiudvalgets møde tirsdag den 5. oktober 2004 kl. 17.00',
      'Pkt. 20',
      'Godkendelse af dagsorden',
      'Beslutning:',
      'Godkendt.',
      'Pkt. 21',
      'Ansøgning om lån til Vestby',
      'Ungdomsklub',
      'J.nr. 04/2377',
      'Klubben søger om et lån til nyt tag.',
      'Beslutning:',
      'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null])).toEqual([
      [20, 'Godkendelse af dagsorden', null],
      [21, 'Ansøgning om lån til Vestby Ungdomsklub', '04/2377'],
    ]);
  });

  it('reads an earlier committee`s dated line that a narrow column cut inside its date', () => {
    const text = [
      'Referat af Økonomiudvalgets møde tirsdag den 5. oktober 2004 kl. 17.00',
      'Pkt. 30',
      'Tilskud til Vestby Bådelaug',
      'J.nr. 04/2391',
      'Fritidsudvalget den 14.',
      'september 2004, pkt. 71:',
      'Anbefales.',
      'Beslutning:',
      'Godkendt.',
      'Pkt. 31',
      'Takster for leje af haller',
      'J.nr. 04/2402',
      'Fritidsudvalget den 14. september',
      '2004, pkt. 72:',
      'Udsat.',
      'Beslutning:',
      'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ? 'postponed' : treatment.outcome]))).toEqual([
      [['Fritidsudvalget', '2004-09-14', [71], 'recommended']],
      [['Fritidsudvalget', '2004-09-14', [72], 'postponed']],
    ]);
  });
});
