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
});
