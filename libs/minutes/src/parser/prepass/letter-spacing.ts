import { LETTER_SPACED_PHRASE, LETTER_SPACED_WORD_MIN, LETTER_SPACING_MARK } from '../vocabulary/extraction-artefacts.js';

const LETTER = /\p{L}/u;
const WORD_GAP = / {2,}/u;

/** A word of a letter-spaced phrase (`s t e d e :`) long enough and with letters enough not to be a list of signs. */
function isSpacedWord(word: string): boolean {
  const characters = word.split(' ');
  return characters.length >= LETTER_SPACED_WORD_MIN.characters && characters.filter((character) => LETTER.test(character)).length >= LETTER_SPACED_WORD_MIN.letters;
}

/**
 * The text with its letter-spaced phrases written as words (`T i l   s t e d e :` is `Til stede:`, `R E F E R A T` is
 * `REFERAT`): a template's expanded character spacing is the extraction's, not the author's words, and the labels,
 * titles and bodies it hides are read by the vocabulary only when written whole. A phrase is read so only when one of its
 * words is long enough (`LETTER_SPACED_WORD_MIN`); the rewrite stays inside each line, so line numbers stay the source's.
 */
export function withoutLetterSpacing(text: string): string {
  if (!LETTER_SPACING_MARK.test(text)) return text;
  return text.replace(LETTER_SPACED_PHRASE, (phrase: string) => {
    const words = phrase.split(WORD_GAP);
    if (!words.some(isSpacedWord)) return phrase;
    return words.map((word) => word.replaceAll(' ', '')).join(' ');
  });
}
