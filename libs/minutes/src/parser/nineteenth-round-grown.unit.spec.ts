import { parseMinutes } from './parse-minutes.js';

// Conventions the nineteenth held-out round's documents, grown to a long meeting (`benchDocuments('one-meeting')`) and
// perturbed, showed the reader missing (twenty-second session). Invented texts.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('a title wrapped over a blank line, its `Sag nr.` under the tail (a template with a blank line after every line)', () => {
  const meeting = (between: string[]) =>
    [
      'Prøve Kommune',
      '',
      'Teknisk Udvalg',
      '',
      '04-03-2024',
      '',
      'Godkendelse af dagsorden',
      '',
      'Sag nr. 41',
      '',
      'Beslutning',
      '',
      'Godkendt.',
      '',
      'Tilskud til renovering af klubhuset ved Engparken,',
      ...between,
      'forprojekt',
      '',
      'Sag nr. 42',
      '',
      'Beslutning',
      '',
      'Godkendt.',
      '',
      'Salg af grund på Møllevej',
      '',
      'Sag nr. 43',
      '',
      'Beslutning',
      '',
      'Udsat.',
    ].join('\n');
  const items = (text: string) => parse(text).items.map((item) => [item.number, item.title]);
  const expected = [
    [41, 'Godkendelse af dagsorden'],
    [42, 'Tilskud til renovering af klubhuset ved Engparken, forprojekt'],
    [43, 'Salg af grund på Møllevej'],
  ];

  it.each([
    ['one blank line', ['']],
    ['a page break among blank lines', [' ', '', '\f  ', '']],
    ['a run of blank lines', ['', '  ', '', '']],
  ])('is read whole over %s', (_case, between) => {
    expect(items(meeting(between))).toEqual(expected);
  });
});
