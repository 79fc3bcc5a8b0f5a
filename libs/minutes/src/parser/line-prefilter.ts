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

/**
 * How the alternatives of an anchored pattern start, as pattern source: the literal text of each
 * (`^(?:sagsforløb|sagens forløb)$` -> `sagsforløb`, `sagens`; `^beslutning(?:er)?$` -> `beslutning`), or
 * its first class or escape when it starts with one that must match (`^\d{1,4}\s*of` -> `\d`). Groups
 * first in an alternative are opened. Undefined when an alternative can start with anything (or the
 * pattern is not anchored at the start).
 */
export function literalStarts(pattern: RegExp): string[] | undefined {
  const source = pattern.source;
  if (!source.startsWith('^')) return undefined;
  return startsOf(source.slice(1));
}

function startsOf(body: string): string[] | undefined {
  const starts: string[] = [];
  for (const alternative of topLevelAlternatives(body)) {
    const found = startOf(alternative);
    if (!found) return undefined;
    starts.push(...found);
  }
  return starts.length > 0 ? starts : undefined;
}

function startOf(alternative: string): string[] | undefined {
  const first = alternative[0];
  if (first === '(') {
    // A group that opens the alternative (not a look-around, not optional): its own alternatives' starts.
    const close = closingParen(alternative, 0);
    const inner = alternative.startsWith('(?:') ? 3 : alternative.startsWith('(?<') && !/^\(\?<[=!]/u.test(alternative) ? alternative.indexOf('>') + 1 : alternative.startsWith('(?') ? -1 : 1;
    if (close < 0 || inner < 0) return undefined;
    if (!optionalAt(alternative, close + 1)) return startsOf(alternative.slice(inner, close));
    // An optional group first (a bullet before `Punkt`, `(?:[•·]\s*)?punkt`; a system's name before a label): a text
    // starts as the group does or as what follows it. (Without this the whole table let every line through.)
    const own = startsOf(alternative.slice(inner, close));
    const rest = quantifierEnd(alternative, close + 1);
    const after = own && rest > close ? startOf(alternative.slice(rest)) : undefined;
    return own && after ? [...own, ...after] : undefined;
  }
  if (first === '[' || first === '\\') {
    // One class or escape that must match (`[•·]`, `\d`, `\p{Lu}`): it is the start.
    const end = first === '[' ? closingBracket(alternative, 0) + 1 : escapeEnd(alternative);
    if (end <= 0 || optionalAt(alternative, end) || /^\\[bBk1-9]/u.test(alternative)) return undefined;
    // A class of a few plain characters before literal text (`[Ss]ag\s+nr`): each character with the text is a start
    // (`Sag\s`, `sag\s`), so that a line starting with the class's character alone (`Samlet`, `Sagen`) is not let through.
    const characters = first === '[' ? plainClassCharacters(alternative.slice(1, end - 1)) : undefined;
    const rest = characters && !QUANTIFIER_START.has(alternative[end] ?? '') ? literalStartOf(alternative.slice(end)) : undefined;
    if (characters && rest) return characters.map((character) => escape(character) + rest);
    return [alternative.slice(0, end)];
  }
  const run = literalStartOf(alternative);
  return run ? [run] : undefined;
}

/** Characters that make what stands before them repeat or optional. */
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);

/**
 * The literal text an alternative starts with as pattern source, with the whitespace after it when the pattern demands
 * some there (`sag\s+nr` -> `sag\s`): a table's word then lets through no longer word it opens (`Sagen`, `Sagsnr.`).
 * (Only after two characters or more: the start's first two characters key the whole test, see `literalStartTest`.)
 */
function literalStartOf(alternative: string): string | undefined {
  const run = literalRun(alternative);
  if (run.length === 0) return undefined;
  const after = alternative.slice(run.length);
  const spaceFollows = run.length >= 2 && after.startsWith('\\s') && !optionalAt(after, 2);
  return escape(run) + (spaceFollows ? '\\s' : '');
}

/** The characters of a class written as plain characters only (`Ss`, `Pp`), a few at most; undefined for any other class. */
function plainClassCharacters(body: string): string[] | undefined {
  if (body.length === 0 || body.length > 4 || /[\\^\-\[\]]/u.test(body)) return undefined;
  const characters = [...body];
  return characters.every((character) => character.length === 1) ? characters : undefined;
}

/** Where the quantifier at `index` (one `optionalAt` tells: `?`, `*`, `{0,n}`), and a lazy `?` after it, ends (0: no end). */
function quantifierEnd(text: string, index: number): number {
  const end = text[index] === '{' ? text.indexOf('}', index) + 1 : index + 1;
  return end > 0 && text[end] === '?' ? end + 1 : end;
}

/** Where the escape at the start of the text ends: `\d`, `\.`, `\p{L}`, `\u00a0`. */
function escapeEnd(text: string): number {
  if (/^\\[pP]\{/u.test(text)) return text.indexOf('}') + 1;
  if (/^\\u[\da-fA-F]{4}/u.test(text)) return 6;
  if (/^\\x[\da-fA-F]{2}/u.test(text)) return 4;
  return 2;
}

/** A quantifier at `index` lets what stands before it match nothing. */
function optionalAt(text: string, index: number): boolean {
  const char = text[index];
  return char === '?' || char === '*' || (char === '{' && /^\{0[,}]/u.test(text.slice(index)));
}

/**
 * A test that a text may be matched by one of the patterns (tested against the text from its start):
 * false only when no pattern can match it. Case-insensitive when any pattern is.
 *
 * Most texts are rejected by their first character alone: every start begins with one character, class or
 * escape (its first unit), and which first characters some unit can match is learnt as they are met, in a table
 * by character code. Only a text whose first character a unit matches runs the whole test, and not even that when
 * a start of one unit (`\d`, `[Ss]`, `[•·▪]`) matches the character: that start is then matched whatever follows.
 */
export function mayStartLike(patterns: readonly RegExp[], options: { ignoreCase?: boolean } = {}): (text: string) => boolean {
  const tables = startTables(patterns, options);
  if (!tables) return () => true;
  const { alternatives, ignoreCase, flags, test, learn } = tables;
  // By the code of a text's first character: what the whole test can answer for a text that starts with it.
  const firstCharacter = new Uint8Array(0x10000);
  // A first character that only longer starts begin with (`B` of `Beslutning`, `Bilag`) lets most lines through to the
  // whole test (`Borgmesteren`, `Byrådet`): their first two characters, when both are Latin-1, are told apart by a
  // second table, learnt the same way from the starts' first two units (each matches one character of the text).
  const firstTwo = new RegExp(`^(?:${[...new Set(alternatives.map(firstTwoUnitsOf))].join('|')})$`, flags);
  const firstPair = new Uint8Array(0x10000);
  // The whole test, for a text that gets that far, by comparing characters where the starts allow it.
  const wholeTest = literalStartTest(alternatives, ignoreCase, test) ?? ((text: string) => test.test(text));
  return (text) => {
    const code = text.charCodeAt(0);
    // Every start is at least one character: an empty text (a blank line, asked by callers that walk every line)
    // starts like none. One that starts with a surrogate (a character outside the table) takes the whole test.
    if (Number.isNaN(code)) return false;
    if (code >= 0xd800 && code <= 0xdfff) return test.test(text);
    let known = firstCharacter[code]!;
    if (known === NOT_MET) firstCharacter[code] = known = learn(String.fromCharCode(code));
    if (known !== ASK) return known === PASSES;
    // (A text of one character, or a second character beyond Latin-1, takes the whole test.)
    const second = text.charCodeAt(1);
    if (code < 0x100 && second < 0x100) {
      const pair = (code << 8) | second;
      let pairKnown = firstPair[pair]!;
      if (pairKnown === NOT_MET) firstPair[pair] = pairKnown = firstTwo.test(text.slice(0, 2)) ? ASK : FAILS;
      if (pairKnown === FAILS) return false;
    }
    return wholeTest(text);
  };
}

/** The starts of a table's patterns and the tests made of them (undefined when a pattern's starts cannot be known). */
interface StartTables {
  /** The starts as pattern source, longest first. */
  alternatives: string[];
  ignoreCase: boolean;
  flags: string;
  /** The starts joined into one anchored pattern: the whole test. */
  test: RegExp;
  /** What a first character (one code unit, not a surrogate) tells: PASSES, ASK or FAILS. */
  learn: (character: string) => number;
}

/**
 * The patterns whose starts could not be known, each of which made its whole table let every line through: a table
 * like that costs the parse a pattern call a line and silently (session 29's bulleted `Punkt` style made the heading
 * reader ask every line). Kept so that a test can tell that none of the parser's tables is one.
 */
const unknownStarts = new Set<string>();

/** The sources of the patterns met so far whose tables let every line through. */
export function patternsLettingEveryLineThrough(): readonly string[] {
  return [...unknownStarts];
}

function startTables(patterns: readonly RegExp[], options: { ignoreCase?: boolean }): StartTables | undefined {
  const starts = new Set<string>();
  for (const pattern of patterns) {
    const found = literalStarts(pattern);
    if (!found) {
      unknownStarts.add(`/${pattern.source}/${pattern.flags}`);
      return undefined;
    }
    for (const start of found) starts.add(start);
  }
  const ignoreCase = options.ignoreCase ?? patterns.some((pattern) => pattern.flags.includes('i'));
  const flags = ignoreCase ? 'iu' : 'u';
  // Longest first, so that a start that is a prefix of another does not hide it (it would pass anyway).
  const alternatives = [...starts].sort((a, b) => b.length - a.length);
  const test = new RegExp(`^(?:${alternatives.join('|')})`, flags);
  const firstUnit = new RegExp(`^(?:${[...new Set(alternatives.map(firstUnitOf))].join('|')})$`, flags);
  const oneUnitStarts = alternatives.filter((start) => firstUnitOf(start) === start);
  const oneUnit = oneUnitStarts.length > 0 ? new RegExp(`^(?:${oneUnitStarts.join('|')})$`, flags) : undefined;
  const learn = (character: string): number => (oneUnit?.test(character) ? PASSES : firstUnit.test(character) ? ASK : FAILS);
  return { alternatives, ignoreCase, flags, test, learn };
}

/** What `mayStartLike(patterns)` answers of a text by its first character alone. */
export type FirstCharacterVerdict = 'passes' | 'fails' | 'ask';

/**
 * What `mayStartLike(patterns)` answers of any text that starts with the character of this code (not empty, not a
 * surrogate): true whatever follows (`passes`: `\d` of a numbering style and a digit), false (`fails`), or it depends on
 * what follows (`ask`). For callers that ask several tables of one text: they can skip those its first character decides.
 */
export function firstCharacterVerdict(patterns: readonly RegExp[], options: { ignoreCase?: boolean } = {}): (code: number) => FirstCharacterVerdict {
  const tables = startTables(patterns, options);
  if (!tables) return () => 'passes';
  return (code) => {
    const known = tables.learn(String.fromCharCode(code));
    return known === PASSES ? 'passes' : known === FAILS ? 'fails' : 'ask';
  };
}

/**
 * The whole start test (`test`, the starts joined into one anchored pattern) as a comparison of the text's first
 * characters with the literal starts that begin with its first two, for a text whose first character no start of one
 * class or escape matches (such a start takes no part then: `mayStartLike` answers those texts by their first
 * character). A pattern call cost more than the rest of the test together, and most texts that get this far
 * (`Borgmesteren` against `Beslutning`, `Bilag`) differ from those few starts within a few characters. Case-insensitive
 * starts are compared by their Latin-1 case folding; a text character past Latin-1 (which may fold onto a Latin-1 one:
 * the Kelvin sign onto `k`) takes the pattern. Undefined (the pattern is asked) where a start is neither literal text
 * nor one unit, or holds characters not compared exactly so.
 */
function literalStartTest(starts: readonly string[], ignoreCase: boolean, test: RegExp): ((text: string) => boolean) | undefined {
  // Folded literal text, and whether whitespace must follow it (a start ending in `\\s`, see `literalStartOf`).
  const byFirstTwo = new Map<number, { folded: string; spaceAfter: boolean }[]>();
  for (const whole of starts) {
    // (A start of one unit, a character or class, is answered by the first character's table.)
    if (firstUnitOf(whole) === whole) continue;
    const spaceAfter = whole.endsWith('\\s') && !whole.endsWith('\\\\s');
    const start = spaceAfter ? whole.slice(0, -2) : whole;
    const characters = literalCharacters(start);
    if (characters === undefined) return undefined;
    let folded = '';
    for (let at = 0; at < characters.length; at++) {
      const code = characters.charCodeAt(at);
      if ((ignoreCase && code >= 0x100) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
      folded += String.fromCharCode(ignoreCase ? LATIN1_FOLDED[code]! : code);
    }
    // (`literalStartOf` puts whitespace only after two characters or more: the key is two literal characters.)
    if (folded.length < 2) return undefined;
    const key = folded.charCodeAt(0) * 0x10000 + folded.charCodeAt(1);
    const known = byFirstTwo.get(key);
    if (known) known.push({ folded, spaceAfter });
    else byFirstTwo.set(key, [{ folded, spaceAfter }]);
  }
  return (text) => {
    // (Every start left holds two characters or more.)
    if (text.length < 2) return false;
    let first = text.charCodeAt(0);
    let second = text.charCodeAt(1);
    if (ignoreCase) {
      if (first >= 0x100 || second >= 0x100) return test.test(text);
      first = LATIN1_FOLDED[first]!;
      second = LATIN1_FOLDED[second]!;
    }
    const candidates = byFirstTwo.get(first * 0x10000 + second);
    if (candidates === undefined) return false;
    for (const { folded: start, spaceAfter } of candidates) {
      if (text.length < start.length + (spaceAfter ? 1 : 0)) continue;
      let at = 2;
      for (; at < start.length; at++) {
        let code = text.charCodeAt(at);
        if (ignoreCase) {
          if (code >= 0x100) return test.test(text);
          code = LATIN1_FOLDED[code]!;
        }
        if (code !== start.charCodeAt(at)) break;
      }
      if (at === start.length && (!spaceAfter || isPatternSpace(text.charCodeAt(at)))) return true;
    }
    return false;
  };
}

/** What `\\s` matches in a pattern: the ASCII white space, the no-break and Unicode spaces, line separators and the BOM. */
function isPatternSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A start's source as the characters it matches, or undefined when it holds a class or an escape that is no character's. */
function literalCharacters(start: string): string | undefined {
  if (start.includes('[')) return undefined;
  if (!start.includes('\\')) return start;
  let characters = '';
  for (let at = 0; at < start.length; at++) {
    if (start[at] !== '\\') characters += start[at];
    else if (ESCAPED.has(start[at + 1] ?? '')) characters += start[++at];
    else return undefined;
  }
  return characters;
}

/** The characters `escape` puts a backslash before. */
const ESCAPED = new Set('\\^$.*+?()[]{}|/');

/**
 * Latin-1 codes by their simple case folding, as a case-insensitive Unicode pattern compares them: `A`-`Z` and `À`-`Þ`
 * (but `×`) as their lower case. (`µ` folds onto the Greek `μ`, past Latin-1: onto no other Latin-1 character, so it
 * is kept as itself; `ß` and `ÿ` fold onto themselves.)
 */
const LATIN1_FOLDED = Uint16Array.from({ length: 0x100 }, (_unused, code) => ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 0x20 : code));

/** What a text's first character tells of the whole start test (0: the character not met yet). */
const NOT_MET = 0;
/** A start of one unit matches it: the test passes whatever follows. */
const PASSES = 1;
/** Only longer starts begin with it: the whole test is asked. */
const ASK = 2;
/** No start begins with it. */
const FAILS = 3;

/** The first unit of a start's source: one character (escaped or not), a class, or an escape such as `\d`. */
function firstUnitOf(start: string): string {
  if (start[0] === '[') return start.slice(0, closingBracket(start, 0) + 1);
  if (start[0] === '\\') return start.slice(0, escapeEnd(start));
  return String.fromCodePoint(start.codePointAt(0)!);
}

/**
 * The first two units of a start's source (`be` of `beslutning`, `\\.\\d`): what a text's first two characters must
 * match. A start of one unit (`\\d`, `[•·]`) is followed by any character.
 */
function firstTwoUnitsOf(start: string): string {
  const first = firstUnitOf(start);
  const rest = start.slice(first.length);
  return rest.length > 0 ? first + firstUnitOf(rest) : `${first}[\\s\\S]`;
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
  if (end < alternative.length && optionalAt(alternative, end)) end--;
  return alternative.slice(0, Math.max(0, end));
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

/**
 * `pattern.test(text)` for a pattern anchored at the start, asked only of texts that can start like it: most lines
 * fail on their first character, without a pattern call (each call costs about as much as a short line's reading).
 * Not for global or sticky patterns (their `lastIndex` would be skipped).
 */
export function testStartingLike(pattern: RegExp): (text: string) => boolean {
  const mayStart = mayStartLike([pattern]);
  return (text) => mayStart(text) && pattern.test(text);
}

/** `pattern.exec(text)` likewise (`null` for a text that cannot start like it). */
export function execStartingLike(pattern: RegExp): (text: string) => RegExpExecArray | null {
  const mayStart = mayStartLike([pattern]);
  return (text) => (mayStart(text) ? pattern.exec(text) : null);
}
