import fc from 'fast-check';
import { firstMatchingPattern } from './first-matching-pattern.js';
import { NUMBERING_STYLES } from './vocabulary/numbering.js';

/** The row-by-row loop the joined patterns stand in for. */
function firstByRows(patterns: readonly RegExp[], text: string): number {
  return patterns.findIndex((pattern) => pattern.test(text));
}

describe('firstMatchingPattern', () => {
  it('names the same numbering style as trying the styles one by one', () => {
    const patterns = NUMBERING_STYLES.map((style) => style.pattern);
    const first = firstMatchingPattern(patterns);
    const texts = [
      '4. Budget 2025', '12 : Lokalplan', '3 (Lukket) Køb af areal', '3 lukket  Salg', '4  Titel', '4 - Titel', '4Titel', '4', '4.',
      'Punkt 4: Godkendelse', 'punkt 6.', 'Pkt. nr. 41', 'Dagsordenspunkt 7: Orientering', 'Sag nr. 16 Budget', 'Nr. 66 - Titel',
      '• 206. Titel', '4 / 2. Titel', '4.   Titel', '4) titel', '24/1234', '12,5 mio. kr.', '2025', '1.000 kr.', '', 'Beslutning',
      '17.03.2025', '1234. Titel', '12345 Titel', 'NR. 3: x', '3 (åben) Titel',
    ];
    const named = texts.map((text) => first(text));
    expect(named).toEqual(texts.map((text) => firstByRows(patterns, text)));
    // (Not a test that cannot fail: most texts name a style, and not all the same one.)
    expect(new Set(named.filter((index) => index >= 0)).size).toBeGreaterThan(10);
  });

  it('names the row the rows one by one name, whatever the text starts with (decided by its first character or asked)', () => {
    // Rows whose start is one class (`\\d`: every digit passes whatever follows), literal text, a class before text, or unknown.
    const patterns = [/^(?<n>\d+)\s+x/u, /^ab\s+c/iu, /^[Kk]a\s/u, /^(?<n>\d+)\.?$/u, /^\d\d?[.)]/u, /^(?:\(|\[)\d/u, /^.x/u, /^𝐁a/u];
    const first = firstMatchingPattern(patterns);
    const char = fc.constantFrom(...'1 2.x)abABkKc(['.split(''), '\t', '𝐁', '');
    fc.assert(fc.property(fc.array(char, { maxLength: 6 }).map((chars) => chars.join('')), (text) => first(text) === firstByRows(patterns, text)), { numRuns: 4000 });
    // (Not a test that cannot fail: the texts asked name different rows and none.)
    expect(['12 x', 'AB c', 'ka ', '12', '1)', '(1', 'ax', '𝐁a', 'zz'].map(first)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, -1]);
  });

  it('keeps the order of rows with different flags and of rows it cannot join', () => {
    const patterns = [/^ab/iu, /^a/u, /b$/u, /^a|^c/u, /^(x)\1/u, /^A/iu, /^(?<n>\d+)\./u, /^(?<n>\d+)/u];
    const first = firstMatchingPattern(patterns);
    for (const text of ['ab', 'AB', 'a', 'cb', 'c', 'xx', 'Ax', '12.', '12', 'zz', ''])
      expect([text, first(text)]).toEqual([text, firstByRows(patterns, text)]);
  });
});
