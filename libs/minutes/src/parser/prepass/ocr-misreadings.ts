import { DAY_WITH_LETTER_ONE, FOLDED_LABEL, FOLDED_LABELS, ONE_FOR_L, RN_FOR_M } from '../vocabulary/ocr-misreadings.js';

// Cheap tests first: a clean text holds none of these, and one native scan each is cheaper than a rewrite.
const ANY_ONE_FOR_L = /\p{Ll}1\p{Ll}/u;
const ANY_RN_FOR_M = /(?<![\p{L}\p{N}])rn[\p{Ll}\d]/u;
const ANY_LETTER_DAY = /(?<![\p{L}\p{N}])(?:[lI]\d|[0-3][lI])\.?\s*\p{Ll}{3}/u;
const ANY_FOLDED_LABEL = /^(?:Fravae?rende|Moede|Tilstedevae)/mu;

/**
 * The text of a scanned protocol as it was typed: the misreadings of `vocabulary/ocr-misreadings.ts` read back as the
 * letters they stand for (the same length or shorter within a line, so no line is split or joined).
 */
export function withoutOcrMisreadings(text: string): string {
  let read = text;
  if (ANY_ONE_FOR_L.test(read)) read = read.replace(ONE_FOR_L, 'l');
  if (ANY_RN_FOR_M.test(read)) read = read.replace(RN_FOR_M, 'm');
  if (ANY_LETTER_DAY.test(read)) read = read.replace(DAY_WITH_LETTER_ONE, (day) => day.replace(/[lI]/gu, '1'));
  if (ANY_FOLDED_LABEL.test(read)) read = read.replace(FOLDED_LABEL, (label) => FOLDED_LABELS[label] ?? label);
  return read;
}
