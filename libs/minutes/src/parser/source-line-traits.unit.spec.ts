import fc from 'fast-check';
import { traitsOf } from './source-line.js';

describe('what a whole text holds, asked once', () => {
  // The odd spaces and zero-width characters, within Latin-1 (no-break space, soft hyphen) and past it.
  const ODD_OR_ZERO_WIDTH = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad]/;
  const characters = ['a', 'ø', ' ', '\t', '\u00a0', '\u00ad', '\u2009', '\u200b', '\ufeff', '–', '•', 'x'];

  it('tells odd spaces in one-byte and two-byte texts alike', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(traitsOf(text).oddSpaces).toBe(ODD_OR_ZERO_WIDTH.test(text));
      }),
      { numRuns: 3000 },
    );
    expect(traitsOf('Mødet\u00a0sluttede').oddSpaces).toBe(true);
    expect(traitsOf('Beslut\u00adning').oddSpaces).toBe(true);
    expect(traitsOf('Punkt 3 – Godkendt').oddSpaces).toBe(false);
    expect(traitsOf('Punkt 3 –\u2009Godkendt').oddSpaces).toBe(true);
    expect(traitsOf('Punkt 3 Godkendt').oddSpaces).toBe(false);
  });
});
