import { parseMinutes } from './parse-minutes.js';

// Conventions the eighth held-out round of issue 12 (half B: Sjælland, Hovedstaden and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the eighth held-out round (half B)', () => {
  it('reads a Word referat`s agenda table whose rows are tab-joined cells, a wrapped cell going on below, across a page break', () => {
    const text = [
      'BESLUTNINGSREFERAT', 'Prøverådet', 'Dato:\tOnsdag den 5. april 2017', '',
      'Nr.\tTitel\tKonklusion',
      '1.\tGodkendelse af dagsorden\tGodkendt.',
      '2.\tTilskud til sommerlejr for\tTilskuddet blev bevilget',
      '\tspejderne i Nordby\tmed 12.000 kr.',
      'Side 1 af 2',
      '\f\t\tRestbeløbet overføres.',
      '3.\tEventuelt\tIntet.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Tilskud til sommerlejr for spejderne i Nordby', 'approved'],
      [3, 'Eventuelt', 'other'],
    ]);
    expect(items[1]!.decision?.text).toContain('Restbeløbet overføres.');
  });

  it('leaves tab-separated lines alone where no head names a number, a title and a decision column', () => {
    const text = ['Prøverådet', 'Dato:\t5. april 2017', '', 'Navn\tTil stede\tAfbud', 'Anne Holm\tX\t', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden']);
  });

  it('reads `Udvalget afslog ansøgningen` and `<organ> kan ikke anbefale ...` as rejections', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Ansøgning om tilskud', 'Beslutning', 'Udvalget afslog ansøgningen, da rejser ikke er omfattet.', '',
      '2. Ansøgning om lokaler', 'Beslutning', 'Prøverådet kan ikke anbefale ansøgningen.'].join('\n');
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['rejected', 'rejected']);
  });

  it('reads the body recommended to where a line ending in `over for` puts the body on the next line', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Anlægstilskud til klubhus', 'Beslutning', 'Rådet anbefaler over for', 'Fritids- og Idrætsudvalget, at', 'der gives 50.000 kr.'].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Fritids- og Idrætsudvalget' });
  });
});
