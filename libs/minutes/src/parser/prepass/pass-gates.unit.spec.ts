import { splitSourceLines } from '../source-line.js';
import { readDecisionOneLiners } from './decision-one-liners.js';
import { readTrailingLabels } from './trailing-labels.js';

// The cheap gates before the whole-text passes: each must hand on what the full reading would (speed, never facts).

describe('decision one-liners read without the numbered lines (a text without an en or em dash)', () => {
  const summary = [
    'Beslutningsreferat',
    'Pkt. 1 – Godkendelse af dagsorden: Godkendt.',
    'Pkt. 2 – Ny legeplads i Nordby (sag 24/1101): Anbefales.',
    '3. Lukket punkt: Salg af jord.',
    'Pkt. 4 – Vintertjeneste 2025: Taget til efterretning.',
  ];

  it('rewrites a summary of `Pkt.` lines as the full reading does, its numbered closed line too', () => {
    const lines = splitSourceLines(summary.join('\n'));
    const full = readDecisionOneLiners(lines).map((line) => line.text);
    expect(full).toContain('Beslutning: Anbefales.');
    expect(full).toContain('3. Lukket punkt: Salg af jord');
    expect(readDecisionOneLiners(lines, false).map((line) => line.text)).toEqual(full);
  });

  it('hands on the same lines where fewer than three `Pkt.` lines split', () => {
    const lines = splitSourceLines([...summary.slice(0, 3), '4. Vintertjeneste 2025: Taget til efterretning.'].join('\n'));
    expect(readDecisionOneLiners(lines, false)).toBe(lines);
    expect(readDecisionOneLiners(lines)).toBe(lines);
  });
});

describe('trailing labels: labels before a few of many entries', () => {
  it('hands on the same lines where the labels before entries are fewer than one in three entries', () => {
    const item = (number: number) => [`${number}. Sag nummer ${number} om vejene`, 'Beslutning', `1. Første punkt i sag ${number}`, `2. Andet punkt i sag ${number}`, `3. Tredje punkt i sag ${number}`, 'Godkendt.', ''];
    const text = [1, 2, 3, 4].flatMap(item).join('\n');
    const lines = splitSourceLines(text);
    expect(readTrailingLabels(lines)).toBe(lines);
  });
});
