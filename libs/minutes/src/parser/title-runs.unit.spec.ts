import { parseMinutes } from './parse-minutes.js';

// Titles that a PDF-to-text converter cut into runs (invented texts; the whole-document pdf2html conversion's misses,
// read in the fourteenth session): a type code on the line under a number alone, a date's year on a line of its own,
// a dash and a word in lower case, and a cut title right above a dated decision block.

const titles = (lines: string[]) => parseMinutes(lines.join('\n'), 'synthetic.txt').items.map((item) => item.title);
const head = ['Prøveudvalget', 'Mødedato: 4. marts 2025', ''];

describe('titles cut into runs (unit)', () => {
  it('keeps the type code out of a title under a number alone (`2.` / `Vandplan 2025 (B)`)', () => {
    const lines = [...head, '1.', 'Godkendelse af dagsorden (B)', 'Sagsnr.:', '25/1021', 'Beslutning', 'Godkendt.', '2.', 'Vandplan 2025-2035 (B)', 'Sagsnr.:', '24/8817', 'Beslutning', 'Godkendt.', '3.', 'Orientering om ventelister (O)', 'Beslutning', 'Taget til efterretning.'];
    expect(titles(lines)).toEqual(['Godkendelse af dagsorden', 'Vandplan 2025-2035', 'Orientering om ventelister']);
  });

  it('joins a date`s year wrapped onto a line of its own (`Budgetopfølgning pr. 31. december` / `2024`)', () => {
    const lines = [...head, '1.', 'Budgetopfølgning pr. 31. december', '2024', 'Sagsnr.:', 'EMN-2025-000412', 'Beslutninger', 'Godkendt.', '2.', 'Budget 2026', 'Beslutninger', 'Godkendt.'];
    expect(titles(lines)).toEqual(['Budgetopfølgning pr. 31. december 2024', 'Budget 2026']);
  });

  it('joins a dash and a word in lower case (`Takster for renovation 2025` / `- tillæg`), not a recommendation`s `- at ...`', () => {
    const lines = [
      ...head, 'Punkt 3: Takster for renovation 2025', '- tillæg', 'Sagsnr.:', '07.01.00S00-0009', 'Beslutning', 'Godkendt.',
      'Punkt 4: Asfaltprogram 2025', '- at programmet godkendes', '', 'Beslutning', 'Godkendt.',
    ];
    expect(titles(lines)).toEqual(['Takster for renovation 2025 - tillæg', 'Asfaltprogram 2025']);
  });

  it('joins a cut title`s last run above a dated decision block`s heading', () => {
    const lines = [
      ...head, '4.', 'Status på renoveringen af', 'Østerbro Bibliotek', 'Prøveudvalgets beslutning i mødet den 4. marts 2025', 'Orienteringen blev taget til efterretning.',
      '5.', 'Eventuelt', 'Prøveudvalgets beslutning i mødet den 4. marts 2025', 'Intet.',
    ];
    expect(titles(lines)).toEqual(['Status på renoveringen af Østerbro Bibliotek', 'Eventuelt']);
  });

  it('opens the next number over a closed title with nothing under it, also wrapped (`28.` / `Lukket punkt: Salg af` / `byggegrund`)', () => {
    const lines = [
      ...head, '27.', 'Orientering', 'Sagsnr.:', '25/1021', 'Beslutning', 'Taget til efterretning.',
      'Lukkede dagsordenspunkter', '28.', 'Lukket punkt: Salg af', 'byggegrund i Arden', '29.', 'Lukket punkt: Elevsag',
    ];
    const items = parseMinutes(lines.join('\n'), 'synthetic.txt').items;
    expect(items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [27, 'Orientering', false],
      [28, 'Salg af byggegrund i Arden', true],
      [29, 'Elevsag', true],
    ]);
  });
});
