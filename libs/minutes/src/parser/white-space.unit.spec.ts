import fc from 'fast-check';
import { isWhiteSpaceCode, singleSpaced } from './white-space.js';

describe('white space by character code', () => {
  it('is what `\\s` matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('spaces a text as the patterns do', () => {
    const char = fc.constantFrom(...'ab (V)\u00a0\t\n\u2009\u3000\ufeffæ'.split(''));
    fc.assert(fc.property(fc.array(char, { maxLength: 16 }).map((chars) => chars.join('')), (text) => singleSpaced(text) === text.replace(/\s+/gu, ' ').trim()), { numRuns: 5000 });
    expect(singleSpaced('  Kaj  Lund \u00a0(V)  ')).toBe('Kaj Lund (V)');
    expect(singleSpaced('Kaj Lund')).toBe('Kaj Lund');
    expect(singleSpaced(' \t ')).toBe('');
  });
});
