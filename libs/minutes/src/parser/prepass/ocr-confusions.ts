import { OCR_CONFUSIONS, OCR_CONFUSIONS_PER_WORD, OCR_VOCABULARY } from '../vocabulary/ocr-confusions.js';

/**
 * `l` misread as `I` or `1` inside a word (`BesIutning`), or `d` as `cl` (`Afbucl`): clean Danish minutes hardly hold
 * either (a name such as `McIntyre`, two words glued), so they tell an OCR'd text in one native scan; only such texts
 * are read word by word.
 */
const MISREAD_L_OR_D = /(?:[I1]|cl)(?<=[a-zæøå](?:[I1]|cl))[a-zæøå]/u;
/** What the confusions need in a text before any word is read back (the misread letters first: they are rare). */
export const CONFUSION_MARKS: readonly RegExp[] = [MISREAD_L_OR_D];
/** A word as OCR may print it: letters, `1` for `l`, `0` for `ø`; not part of an address (`.dk/dagsorden/oekonomiudvalget-...`). */
const WORD = /(?<![/.\-_=\w])[A-Za-zÆØÅæøåé10]{2,}(?![/\-_=])/g;

/** Every way OCR may misread `word` with at most `limit` confusions, each keyed to the word. */
function misreadings(word: string, limit: number, into: Map<string, string>, from = 0): void {
  if (limit === 0) return;
  for (let at = from; at < word.length; at++) {
    for (const [letter, written] of OCR_CONFUSIONS) {
      if (!word.startsWith(letter, at)) continue;
      for (const misread of written) {
        const variant = word.slice(0, at) + misread + word.slice(at + letter.length);
        if (!into.has(variant)) into.set(variant, '');
        // (From the same place: OCR may misread what it misread, `d` as `cl` and its `l` as `I`.)
        misreadings(variant, limit - 1, into, at);
      }
    }
  }
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

let readBack: Map<string, string> | undefined;

/**
 * The vocabulary's misreadings, each to the word in the case it was printed in (lower, capitalised, upper). Built
 * on the first OCR'd text (most documents never need it). A misreading that is a vocabulary word itself is no
 * misreading.
 */
function misreadVocabulary(): Map<string, string> {
  if (readBack) return readBack;
  const map = new Map<string, string>();
  const words = new Set(OCR_VOCABULARY.flatMap((word) => [word, capitalised(word), word.toUpperCase()]));
  for (const word of words) {
    const variants = new Map<string, string>();
    misreadings(word, OCR_CONFUSIONS_PER_WORD, variants);
    for (const variant of variants.keys()) if (!words.has(variant) && !map.has(variant)) map.set(variant, word);
  }
  readBack = map;
  return map;
}

/**
 * An OCR'd text with the vocabulary's words read back where OCR misread them (`Bes1utning` is `Beslutning`,
 * `Fravaerende` is `Fraværende`, `rnarts` is `marts`); other words stay as printed. Texts without a misread `l` or `d` pass
 * unchanged, unless `scanned`: the letter-shape misreadings read back in it already (`ocr-misreadings.ts`: `Udva1get`,
 * `rnødet`) told a scan, whose other words (`Mode`, `paa`, `0konomiudvalget`) are read back too.
 */
export function withoutOcrConfusions(text: string, scanned = false): string {
  if (!scanned && !MISREAD_L_OR_D.test(text)) return text;
  const vocabulary = misreadVocabulary();
  return text.replace(WORD, (word) => vocabulary.get(word) ?? (GLUED.test(word) ? word.replace(WORD_OF_GLUED, (part) => vocabulary.get(part) ?? part) : word));
}

/** A label glued to what follows it (`BcslutningAnbefales`): a capital after a small letter (`I` is a misread `l`). */
const GLUED = /[a-zæøåé1][A-HJ-ZÆØÅ]/;
const WORD_OF_GLUED = /[A-ZÆØÅ]?[^A-HJ-ZÆØÅ]+/g;

/** A word OCR may have misread, read back as the vocabulary word it can only be (`novcmber` is `november`); else undefined. */
export function readBackMisreadWord(word: string): string | undefined {
  return misreadVocabulary().get(word);
}
