import { collapseSpaces } from '../source-line.js';

/**
 * The page key of a line: how page headers and footers are compared from page to page (lower case, a run of white
 * space one space, the page number of a counter inside the header replaced, since it differs from page to page).
 */
export function furnitureKey(text: string): string {
  if (!KEY_CHANGES.test(text)) return text.toLowerCase();
  // Page numbers inside a header (`Side 3 af 12`) differ from page to page; the rest of the line does not.
  const key = collapseSpaces(text).toLowerCase();
  // (Also an older PDF's `Side: 4`, with a colon.)
  return /side|page/u.test(key) ? key.replace(/\b(side|page)(?::\s*|\s+)\d+(\s*(af|of)\s*\d+)?/gu, '$1 #') : key;
}

/** What `furnitureKey` changes besides the case (a superset: `ſide` passes too); most lines hold none of it. */
const KEY_CHANGES = /\s\s|[^\S ]|side|page/iu;

/**
 * The first two characters of a text as its page key starts (`furnitureKey`: lower case, a run of white space one
 * space), by code (`first << 8 | second`), when both are ASCII; -1 otherwise (then the text is keyed to be known).
 * A key is never shorter than two characters after a first one that is ASCII and followed by more text: the page
 * counter it may replace (`side 3` -> `side #`) starts after the word that keeps its place.
 */
export function asciiPairCode(text: string): number {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (!(first < 0x80 && second < 0x80)) return -1;
  const lower = (code: number) => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
  // `\s` among ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
  const spaced = second === 0x20 || (second >= 0x09 && second <= 0x0d) ? 0x20 : lower(second);
  return (lower(first) << 8) | spaced;
}
