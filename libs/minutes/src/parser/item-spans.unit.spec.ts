import { parseMinutes } from './parse-minutes.js';

const head = 'Teknik- og Miljøudvalget\nReferat\nMødedato: 12. marts 2025\n';
const item = (heading: string, caseNumber: string, point: string) =>
  `${heading}\n${caseNumber}\nBeslutning\nGodkendt.\nIndstilling\nForvaltningen indstiller, at:\n1. ${point}\n`;

describe('item headings numbered `N)` after a recommendation numbered `1.`', () => {
  it('reads the heading right under the last point as an item, not as the point list going on', () => {
    const text = `${head}\n${item('1) Budget 2026', '25-000001', 'budgettet godkendes.')}${item('2) Vejnavne i Nordby', '25-000002', 'vejnavnene godkendes.')}${item('3) Skolestruktur', '25-000003', 'strukturen sendes i høring.')}`;
    expect(parseMinutes(text, 'close.txt').items.map((read) => [read.number, read.title])).toEqual([
      [1, 'Budget 2026'],
      [2, 'Vejnavne i Nordby'],
      [3, 'Skolestruktur'],
    ]);
  });
});
