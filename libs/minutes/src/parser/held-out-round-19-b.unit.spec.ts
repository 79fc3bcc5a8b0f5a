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
