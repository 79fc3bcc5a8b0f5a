import fc from 'fast-check';
import { firstKeyLetter, keyDiffersInAsciiStart, titleKeyOf } from './title-key.js';

// Titles and lines as the parser meets them: ASCII, Danish letters, digits, punctuation, odd spaces.
const textChars = fc.constantFrom(...'aAbBzZ09 .-:,()/æøåÆØÅéü\u00a0\tİΣ'.split(''));
const text = fc.array(textChars, { maxLength: 14 }).map((chars) => chars.join(''));

describe('title keys', () => {
  it('reads the first key letter as the key has it', () => {
    fc.assert(fc.property(text, (line) => firstKeyLetter(line) === titleKeyOf(line).charAt(0)), { numRuns: 3000 });
    expect(firstKeyLetter('  3. Regnskab')).toBe('3');
    expect(firstKeyLetter('- Økonomi')).toBe('ø');
    expect(firstKeyLetter('...')).toBe('');
  });

  it('tells keys apart from the ASCII start only when the whole keys differ', () => {
    fc.assert(
      fc.property(text, text, (line, title) => {
        const key = titleKeyOf(title);
        return !keyDiffersInAsciiStart(line, key) || titleKeyOf(line) !== key;
      }),
      { numRuns: 3000 },
    );
    // A line sharing the title's key (or a prefix of the title) differs by its whole key or not at all.
    fc.assert(fc.property(text, (title) => !keyDiffersInAsciiStart(`  ${title.toUpperCase()} .`, titleKeyOf(title.toUpperCase()))), { numRuns: 1000 });
    expect(keyDiffersInAsciiStart('Resume', titleKeyOf('Regnskab 2024'))).toBe(true);
    expect(keyDiffersInAsciiStart('REGNSKAB -- 2024.', titleKeyOf('Regnskab 2024'))).toBe(false);
    expect(keyDiffersInAsciiStart('Regnskab 2024 og mere', titleKeyOf('Regnskab 2024'))).toBe(true);
    expect(keyDiffersInAsciiStart('Regnskab', titleKeyOf('Regnskab 2024'))).toBe(true);
    expect(keyDiffersInAsciiStart('Høring', titleKeyOf('Hxring'))).toBe(false);
  });
});
