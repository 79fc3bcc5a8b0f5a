import fc from 'fast-check';
import { mayHoldDecisionOverview } from './table-columns.js';

describe('mayHoldDecisionOverview', () => {
  // What the gate stands for: `eslutning` after two spaces and its capital or small `b`, or (in a text with odd spacing)
  // after any two of space, tab and non-breaking space.
  const spacing = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;
  const oddRun = (text: string) => [...text.matchAll(/eslutning/gu)].some(({ index }) => index >= 3 && spacing(text.charCodeAt(index - 2)) && spacing(text.charCodeAt(index - 3)));
  const expected = (text: string, odd: boolean) => text.includes('  Beslutning') || text.includes('  beslutning') || (odd && oddRun(text));

  it('finds the head row\'s last column after a run of spaces, and after odd spacing only where the text holds it', () => {
    expect(mayHoldDecisionOverview('Pkt.   Emne      Beslutning\n1.   Godkendelse   Godkendt.')).toBe(true);
    expect(mayHoldDecisionOverview('Beslutning: Godkendt. Beslutningen blev  beslutning')).toBe(true);
    expect(mayHoldDecisionOverview('Pkt. Emne Beslutning')).toBe(false);
    expect(mayHoldDecisionOverview('Emne\u00a0\u00a0Beslutning')).toBe(false);
    expect(mayHoldDecisionOverview('Emne\u00a0\u00a0Beslutning', true)).toBe(true);
    expect(mayHoldDecisionOverview('Emne\t Beslutning', true)).toBe(true);
  });

  it('answers as the two searches and the odd-spacing walk do, for any mix of the characters around the word', () => {
    const unit = fc.constantFrom(' ', '\t', '\u00a0', 'B', 'b', 'x', 'eslutning', '\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((units) => units.join('')), fc.boolean(), (text, odd) => {
        expect(mayHoldDecisionOverview(text, odd)).toBe(expected(text, odd));
      }),
      { seed: 19, numRuns: 2000 },
    );
  });
});
