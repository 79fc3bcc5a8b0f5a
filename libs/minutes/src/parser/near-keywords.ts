/** Where a pattern's matches can start, told by the words every one of them holds (see `matchesNearKeywords`). */
export interface KeywordReach {
  /** Global (`g`); each match starts with a character that is not white space. */
  keyword: RegExp;
  /** How many UTF-16 units before a keyword, besides the white space right before it, a match may start. */
  reach: number;
  /** Characters that never stand in a match between its start and that white space. */
  stop: RegExp;
}

/**
 * `text.matchAll(pattern)`, with the pattern tried only near the words every one of its matches holds.
 *
 * A pattern whose match starts with a name of some length before its telling words (`<Udvalget> behandlede sagen`)
 * is tried, unanchored, at every letter of a text and stretches the name from each, over sentences that cannot hold
 * one. Every match holds a keyword match that starts at most `reach` units after the match's start (besides the white
 * space right before the keyword), with no `stop` character between; so each search starts there before the next
 * keyword, and none is made when no keyword follows.
 *
 * Exactly `matchAll`'s matches: a match that started before a search's start would hold a later keyword, which stands
 * further on and after the same stop characters. `pattern` must be global and never match an empty text.
 */
export function matchesNearKeywords(text: string, pattern: RegExp, where: KeywordReach): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let from = 0; from < text.length; ) {
    where.keyword.lastIndex = from;
    const next = where.keyword.exec(text);
    if (!next) break;
    const before = next.index - whiteSpaceBefore(text, next.index);
    pattern.lastIndex = Math.max(from, before - where.reach, lastStopBefore(text, before, where.stop) + 1);
    const match = pattern.exec(text);
    if (!match) break;
    matches.push(match);
    from = match.index + match[0].length;
  }
  // Left as found: `matchAll` elsewhere starts from a pattern's `lastIndex`.
  pattern.lastIndex = 0;
  where.keyword.lastIndex = 0;
  return matches;
}

const WHITE_SPACE = /\s/u;

/** How many white-space characters (`\s`) stand right before `index`. */
function whiteSpaceBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && WHITE_SPACE.test(text[start - 1]!)) start--;
  return index - start;
}

/** The index of the last `stop` character before `index` (-1 when none). */
function lastStopBefore(text: string, index: number, stop: RegExp): number {
  let at = index - 1;
  while (at >= 0 && !stop.test(text[at]!)) at--;
  return at;
}
