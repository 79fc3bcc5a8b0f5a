import { startsInLowerCase } from './letter-case.js';

describe('a text that starts in lower case', () => {
  it('is told as `/^\\p{Ll}/u` tells it, for every UTF-16 code unit first', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `${String.fromCharCode(code)}x`;
      if (startsInLowerCase(text) !== /^\p{Ll}/u.test(text)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('reads a character outside the basic plane, and an empty text, as the pattern does', () => {
    for (const text of ['', 'æble', 'Æble', 'ål', '𝐚bc', '𝐀bc', '4. punkt', ' og']) expect(startsInLowerCase(text)).toBe(/^\p{Ll}/u.test(text));
  });
});
