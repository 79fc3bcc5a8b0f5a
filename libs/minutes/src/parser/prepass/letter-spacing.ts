import { LETTER_SPACED_PHRASE, LETTER_SPACED_SPACE, LETTER_SPACED_WORD_GAP, LETTER_SPACED_WORD_MIN, LETTER_SPACING_MARK } from '../vocabulary/extraction-artefacts.js';

const LETTER = /\p{L}/u;
const LOWER_CASE = /\p{Ll}/u;
const NOT_TAB_SPACE = /[ \u00a0\u2007\u202f]/u;

/** A word of a letter-spaced phrase (`s t e d e :`) long enough and with letters enough not to be a list of signs. */
function isSpacedWord(word: string): boolean {
  // (Characters parted by tabs alone are a table's cells: `A\tV\tC\tØ`.)
  if (!NOT_TAB_SPACE.test(word)) return false;
  const characters = word.split(LETTER_SPACED_SPACE);
  return characters.length >= LETTER_SPACED_WORD_MIN.characters && characters.filter((character) => LETTER.test(character)).length >= LETTER_SPACED_WORD_MIN.letters;
}

/** Whether only white space stands before and after `text[offset, offset + length)` on its line. */
function aloneOnItsLine(text: string, offset: number, length: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset + length);
  const end = newline < 0 ? text.length : newline;
  return text.slice(start, offset).trim() === '' && text.slice(offset + length, end).trim() === '';
}

/**
 * The text with its letter-spaced phrases written as words (`T i l   s t e d e :` is `Til stede:`, `R E F E R A T` is
 * `REFERAT`): a template's expanded character spacing is the extraction's, not the author's words, and the labels,
 * titles and bodies it hides are read by the vocabulary only when written whole. A phrase is read so only when one of its
 * words is long enough (`LETTER_SPACED_WORD_MIN`); the rewrite stays inside each line, so line numbers stay the source's.
 */
export function withoutLetterSpacing(text: string): string {
  if (!LETTER_SPACING_MARK.test(text)) return text;
  return text.replace(LETTER_SPACED_PHRASE, (phrase: string, _group: string, offset: number) => {
    const words = phrase.split(LETTER_SPACED_WORD_GAP);
    if (!words.some(isSpacedWord)) return phrase;
    // One word in capitals alone on its line (`R E F E R A T`, a protocol's `B E S L U T N I N G S P R O T O K O L` over every page)
    // stays as printed: the head reads a kind word so (`meeting-head.parser.ts`), and a page's repeated heading is
    // dropped as furniture, which its written-whole kind word is not.
    if (words.length === 1 && !LOWER_CASE.test(phrase) && aloneOnItsLine(text, offset, phrase.length)) return phrase;
    return words.map((word) => word.replace(LETTER_SPACED_SPACE, '')).join(' ');
  });
}
