import { DAY_WITH_LETTER_ONE, DOTTED_NUMBER_WITH_L_FOR_ONE, FOLDED_LABEL, FOLDED_LABELS, ITEM_NUMBER_WITH_L_FOR_ONE, ONE_FOR_L, RN_FOR_M } from '../vocabulary/ocr-misreadings.js';

// Cheap tests first: a clean text holds none of these, and one native scan each is cheaper than a rewrite. Each starts
// with its rarest letters and looks behind only where they stand (a look-behind or a class of all lower-case letters
// first is tried at every character of the text: twice the scan).
const ANY_ONE_FOR_L = /1(?<=\p{Ll}1)\p{Ll}/u;
const ANY_RN_FOR_M = /rn(?<![\p{L}\p{N}]rn)[\p{Ll}\d]/u;
const ANY_LETTER_DAY = /(?:[lI]\d|[0-3][lI])(?<![\p{L}\p{N}]..)\.?\s*\p{Ll}{3}/u;
const ANY_ITEM_NUMBER_WITH_L = /(?:[Pp]kt|PKT|[Pp]unkt|PUNKT)\.?\s{0,3}\d{0,2}l[\dl]{0,2}[.)]?(?:\s|$)/u;
/** A digit and an `l` side by side in a dotted group (`0l.`, `.l2`): the dotted number's test below only then. */
const ANY_DOTTED_WITH_L = /l(?:(?<=\.l)\d|(?<=\dl)\.|(?<=\.\dl)|\d\.)/u;
/** (Anywhere, not only at a line's start: a test for the line start at every character cost more than the rare needless rewrite.) */
const ANY_FOLDED_LABEL = /Frava|Moede|Tilstedevae/u;

/** What the misreadings need in a text before any is read back: a text that holds none is passed unchanged. */
export const MISREADING_MARKS: readonly RegExp[] = [ANY_ONE_FOR_L, ANY_RN_FOR_M, ANY_LETTER_DAY, ANY_FOLDED_LABEL, ANY_ITEM_NUMBER_WITH_L, ANY_DOTTED_WITH_L];
/**
 * The marks that cost more inside a union of all marks than scanned apart (each opens with a pair of common characters,
 * `rn`, `l`/`I` beside a digit, that a scan of its own finds by its first characters; in the union every character is
 * tried against every alternative): `written-text.ts` asks them on their own.
 */
export const MISREADING_MARKS_SCANNED_APART: readonly RegExp[] = [ANY_RN_FOR_M, ANY_LETTER_DAY];

/**
 * The text of a scanned protocol as it was typed: the misreadings of `vocabulary/ocr-misreadings.ts` read back as the
 * letters they stand for (the same length or shorter within a line, so no line is split or joined).
 */
export function withoutOcrMisreadings(text: string): string {
  let read = text;
  if (ANY_ONE_FOR_L.test(read)) read = read.replace(ONE_FOR_L, 'l');
  if (ANY_RN_FOR_M.test(read)) read = read.replace(RN_FOR_M, 'm');
  if (ANY_LETTER_DAY.test(read)) read = read.replace(DAY_WITH_LETTER_ONE, (day) => day.replace(/[lI]/gu, '1'));
  if (ANY_ITEM_NUMBER_WITH_L.test(read)) read = read.replace(ITEM_NUMBER_WITH_L_FOR_ONE, (number) => number.replace(/l/gu, '1'));
  if (ANY_DOTTED_WITH_L.test(read)) read = read.replace(DOTTED_NUMBER_WITH_L_FOR_ONE, (number) => number.replace(/l/gu, '1'));
  if (ANY_FOLDED_LABEL.test(read)) read = read.replace(FOLDED_LABEL, (label) => FOLDED_LABELS[label] ?? label);
  return read;
}
