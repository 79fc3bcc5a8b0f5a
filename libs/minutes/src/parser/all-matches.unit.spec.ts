import fc from 'fast-check';
import { allMatches } from './all-matches.js';
import { STOOD_IN_FOR_IN_TEXT } from './vocabulary/attendance.js';
import { PROSE_TREATMENT_UNDER, PROSE_VERDICT_DATED } from './vocabulary/decision-blocks.js';

const asFound = (matches: Iterable<RegExpExecArray>) => [...matches].map((match) => ({ at: match.index, text: match[0], groups: { ...match.groups } }));

describe('all matches of a global pattern', () => {
  it('reads the dated verdicts and treatments a case text tells, in order', () => {
    const text = 'Teknik- og Miljøudvalget anbefalede projektet den 20. januar 2025. Byrådet godkendte planen den 3. marts 2025, punkt 7.';
    expect(allMatches(text, PROSE_VERDICT_DATED).map((match) => [match.groups!.body, match.groups!.verb, match.groups!.date, match.groups!.item])).toEqual([
      ['Teknik- og Miljøudvalget', 'anbefalede', '20. januar 2025', undefined],
      ['Byrådet', 'godkendte', '3. marts 2025', '7'],
    ]);
    const under = 'Den 16. september 2024 under punkt nr. 121 besluttede Byplanudvalget, at forslaget sendes i høring.';
    expect(allMatches(under, PROSE_TREATMENT_UNDER).map((match) => [match.groups!.item, match.groups!.body])).toEqual([['121', 'Byplanudvalget']]);
    expect(allMatches('Ingen bemærkninger.', PROSE_VERDICT_DATED)).toEqual([]);
  });

  it('leaves the pattern ready for the next text (lastIndex 0), also after a text without a match', () => {
    allMatches('Byrådet godkendte planen den 3. marts 2025.', PROSE_VERDICT_DATED);
    expect(PROSE_VERDICT_DATED.lastIndex).toBe(0);
    allMatches('Ingen.', PROSE_VERDICT_DATED);
    expect(PROSE_VERDICT_DATED.lastIndex).toBe(0);
  });

  it('finds what matchAll finds, also where a pattern matches empty text and a character is two UTF-16 units', () => {
    const piece = fc.constantFrom('Ida Holm', 'deltog som stedfortræder for', 'Bo Lund', '.', ' ', '\n', 'a', 'ab', '😀', 'Ø', '', 'for', 'x'.repeat(40));
    const patterns = [STOOD_IN_FOR_IN_TEXT, /a*/gu, /(?:)/gu, /a*/g, /\p{L}*/gu, /b|/g];
    let withMatches = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(' ')), fc.constantFrom(...patterns), (text, pattern) => {
        const expected = asFound(text.matchAll(pattern));
        if (expected.some((match) => match.text.length > 0)) withMatches++;
        expect(asFound(allMatches(text, pattern))).toEqual(expected);
        expect(pattern.lastIndex).toBe(0);
      }),
      { seed: 19, numRuns: 600 },
    );
    // The texts hold matches often enough for the comparison to mean something.
    expect(withMatches).toBeGreaterThan(100);
  });
});
