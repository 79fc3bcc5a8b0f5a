import fc from 'fast-check';
import { firstKeyLetter, keyDiffersInAsciiStart, titleKeyOf } from './title-key.js';

// Titles and lines as the parser meets them: ASCII, Danish letters, digits, punctuation, odd spaces.
const textChars = fc.constantFrom(...'aAbBzZ09 .-:,()/æøåÆØÅéü\u00a0\tİΣ'.split(''));
const text = fc.array(textChars, { maxLength: 14 }).map((chars) => chars.join(''));

describe('title keys', () => {
  it('keys a text as lower case, letters and digits only, one space between their runs', () => {
    // The definition the character-code reading must agree with, over Latin-1, dashes, quotes and letters beyond them.
    const byPattern = (line: string) => line.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
    const wide = fc.array(fc.constantFrom(...'aAzZ09 .-:,()/æøåÆØÅéüßÿµªº×÷\u00a0\t–—“”…\u2212İΣǅ'.split(''), '\u{1F600}', '\u{1D400}'), { maxLength: 16 }).map((chars) => chars.join(''));
    fc.assert(fc.property(wide, (line) => titleKeyOf(line) === byPattern(line)), { numRuns: 5000 });
    expect(titleKeyOf('  Lokalplan 12 – Høring (2. gang).')).toBe('lokalplan 12 høring 2 gang');
    expect(titleKeyOf('godkendelse af dagsorden')).toBe('godkendelse af dagsorden');
    expect(titleKeyOf('...')).toBe('');
  });

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
