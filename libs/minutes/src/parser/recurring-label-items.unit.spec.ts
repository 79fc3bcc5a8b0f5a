import { parseMinutes } from './parse-minutes.js';

/**
 * Items in a heading style no recogniser knows, read from the section labels every item repeats. The documents
 * are invented.
 */
function parse(lines: string[]) {
  return parseMinutes(lines.join('\n'), 'unknown-heading-style.txt');
}

describe('items opened by their recurring section labels', () => {
  it('reads three items in an unknown heading style with their numbers, titles, case numbers and decisions', () => {
    const parsed = parse([
      'Referat',
      'Teknik- og Miljøudvalget',
      'Mødedato: 3. marts 2026',
      '',
      '~1~ Ny legeplads ved Skovvej',
      'Sagsnr.: 26/01001',
      'Sagsfremstilling',
      'Forvaltningen foreslår en ny legeplads ved Skovvej.',
      'Beslutning',
      'Godkendt.',
      '',
      '~2~ Budget for vejvedligehold',
      'Sagsnr.: 26/01002',
      'Sagsfremstilling',
      'Vejene skal vedligeholdes i 2026.',
      'Beslutning',
      'Taget til efterretning.',
      '',
      '~3~ Orientering om affaldssortering',
      'Sagsnr.: 26/01003',
      'Sagsfremstilling',
      'Sorteringen følger den nye plan.',
      'Beslutning',
      'Orienteringen blev taget til efterretning.',
    ]);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber, item.decision?.text])).toEqual([
      [1, 'Ny legeplads ved Skovvej', '26/01001', 'Godkendt.'],
      [2, 'Budget for vejvedligehold', '26/01002', 'Taget til efterretning.'],
      [3, 'Orientering om affaldssortering', '26/01003', 'Orienteringen blev taget til efterretning.'],
    ]);
    expect(parsed.items.map((item) => item.decision?.outcome)).toEqual(['approved', 'noted', 'noted']);
    expect(parsed.warnings.filter((warning) => warning.code === 'unknown-heading').map((warning) => warning.line)).toEqual([5, 12, 19]);
  });

  it('keeps the untitled reading when a start has no title line before it', () => {
    const parsed = parse([
      'Referat',
      'Teknik- og Miljøudvalget',
      'Mødedato: 3. marts 2026',
      '',
      'Sagsfremstilling',
      'Forvaltningen foreslår en ny legeplads.',
      'Beslutning',
      'Godkendt.',
      'Sagsfremstilling',
      'Vejene skal vedligeholdes.',
      'Beslutning',
      'Taget til efterretning.',
    ]);
    expect(parsed.items.map((item) => item.title)).toEqual(['', '']);
    expect(parsed.warnings.some((warning) => warning.code === 'unknown-heading')).toBe(false);
  });

  it('keeps the single untitled item when the text has no recurring structure', () => {
    const parsed = parse([
      'Referat',
      'Teknik- og Miljøudvalget',
      'Mødedato: 3. marts 2026',
      '',
      'Om legepladsen',
      'Udvalget drøftede legepladsen. Beslutning om den følger senere.',
      'Om vejene',
      'Udvalget drøftede vejene.',
    ]);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]!.title).toBe('');
    expect(parsed.warnings.find((warning) => warning.code === 'item-title-missing')?.message).toMatch(/read as one item/);
  });
});
