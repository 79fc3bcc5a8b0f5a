/**
 * `[...text.matchAll(pattern)]` for a global pattern, run on the pattern itself.
 *
 * `matchAll` (like `split`) runs a copy of the pattern, and a copy takes its compiled code from V8's regexp cache, which
 * drops an entry after two major collections without a copy made of it: a big pattern that only some documents reach
 * (`STOOD_IN_FOR_IN_TEXT`, `PROSE_TREATMENT_UNDER`) was compiled again in such a document's parse, a few ms each time
 * (the parse's own cost for a 50 KB referat is 5-10 ms). The pattern itself keeps its code.
 *
 * The same matches as `matchAll` with the pattern's `lastIndex` at 0 (as every caller leaves it); an empty match moves
 * the search on by one character, as `matchAll` does. The pattern's `lastIndex` is left at 0.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** The index after the character at `index` (a surrogate pair is one character of a unicode pattern). */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
