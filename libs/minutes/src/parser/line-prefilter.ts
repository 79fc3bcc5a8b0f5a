/**
 * Cheap tests that tell most lines apart from what a vocabulary table can match, derived from the table
 * itself (rule 11: the vocabulary stays in one place). A table of anchored patterns (`^(?:afbud|fraværende
 * ...)`) can only match a line that starts with the literal text one of its alternatives starts with; one
 * test of those starts rejects the lines that none of the table's patterns could read, before any key is
 * built or any pattern of the table is run. Where an alternative starts with something that is not
 * literal text (a class, `\d`, a group), nothing can be known and the test lets every line through.
 */

/**
 * Characters that end a literal run in a pattern's source. A space ends it too: the texts tested may hold
 * runs of spaces where the table's keys have one, so only the first word's start is relied on.
 */
const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '.', '*', '+', '?', '|', '^', '$', ' ']);
/** Quantifiers that make the character before them optional. */
const OPTIONAL_AFTER = new Set(['?', '*', '{']);

/**
 * The literal starts of an anchored pattern's alternatives: `^(?:sagens forløb|sagsforløb)$` ->
 * `['sagens forløb', 'sagsforløb']`, `^beslutning(?:er)?$` -> `['beslutning']`. Undefined when an
 * alternative does not start with literal text (or the pattern is not anchored at the start).
 */
export function literalStarts(pattern: RegExp): string[] | undefined {
  const source = pattern.source;
  if (!source.startsWith('^')) return undefined;
  let body = source.slice(1);
  // `^(?:a|b)...`: the group's alternatives, when the group comes first and is not optional.
  if (body.startsWith('(?:')) {
    const close = closingParen(body, 0);
    if (close < 0 || OPTIONAL_AFTER.has(body[close + 1] ?? '')) return undefined;
    body = body.slice(3, close);
  }
  const starts: string[] = [];
  for (const alternative of topLevelAlternatives(body)) {
    const start = literalRun(alternative);
    if (start.length === 0) return undefined;
    starts.push(start);
  }
  return starts.length > 0 ? starts : undefined;
}

/**
 * A test that a text may be matched by one of the patterns (tested against the text from its start):
 * false only when no pattern can match it. Case-insensitive when any pattern is.
 */
export function mayStartLike(patterns: readonly RegExp[], options: { ignoreCase?: boolean } = {}): (text: string) => boolean {
  const starts = new Set<string>();
  for (const pattern of patterns) {
    const found = literalStarts(pattern);
    if (!found) return () => true;
    for (const start of found) starts.add(start);
  }
  const ignoreCase = options.ignoreCase ?? patterns.some((pattern) => pattern.flags.includes('i'));
  // Longest first, so that a start that is a prefix of another does not hide it (it would pass anyway).
  const alternatives = [...starts].sort((a, b) => b.length - a.length).map(escape);
  const test = new RegExp(`^(?:${alternatives.join('|')})`, ignoreCase ? 'iu' : 'u');
  return (text) => test.test(text);
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') index++;
    else if (char === '[') index = closingBracket(source, index);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  return -1;
}

function closingBracket(source: string, open: number): number {
  for (let index = open + 1; index < source.length; index++) {
    if (source[index] === '\\') index++;
    else if (source[index] === ']') return index;
  }
  return source.length;
}

function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') index++;
    else if (char === '[') index = closingBracket(source, index);
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(from, index));
      from = index + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/** The literal text an alternative starts with; a character made optional by a quantifier is not part of it. */
function literalRun(alternative: string): string {
  let end = 0;
  while (end < alternative.length && !META.has(alternative[end]!)) end++;
  if (end < alternative.length && OPTIONAL_AFTER.has(alternative[end]!)) end--;
  return alternative.slice(0, Math.max(0, end));
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}
