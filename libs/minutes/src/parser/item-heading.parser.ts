import { execStartingLike, mayStartLike, testStartingLike } from './line-prefilter.js';
import { withoutRoutingPrefix } from './routing-prefix.js';
import { readBracketedCaseNumber } from './case-number.js';
import { firstMatchingPattern } from './first-matching-pattern.js';
import { oneBytePieceOf } from './one-byte-runs.js';
import type { SourceLine } from './source-line.js';
import { CLOSED_BEFORE_NUMBER, CLOSED_MARKER_OVER, CLOSED_PREFIX, CLOSED_PREFIX_ANY_CASE, CLOSED_SUFFIX, MAY_HOLD_CLOSED_MARKER, OPEN_PREFIX, OPEN_SUFFIX } from './vocabulary/closed-markers.js';
import { DATE_AFTER_DAY_NUMBER, EMPTY_TYPE_BRACKETS, MARKED_DOTTED, NOT_A_TITLE, NUMBERING_STYLES, PARTY_COLUMN, TYPE_CODE, TYPE_PREFIX, TYPE_WORD_SUFFIX } from './vocabulary/numbering.js';

/** A line that may head an item, read in whichever numbering style it is written. */
export interface HeadingCandidate {
  number?: number;
  /** Title text on the heading line, closed markers and type code removed (may be empty: title on the next line). */
  title: string;
  style: string;
  strength: 'strong' | 'weak';
  /** Written as a markdown heading or wholly in bold: the author marked it as a heading. */
  marked: boolean;
  /** A closed marker stood on the heading (`Lukket:`, `LUKKET`, `(Lukket)`). */
  closed: boolean;
  /** Strong only by the closed marker in front of its title: says nothing of the strength of the document's numbering. */
  strongByClosedMarker?: true;
  typeCode?: string;
  /** A case number in brackets that ended the title (`Titel (24/1234)`). */
  caseNumber?: string;
  /** The title with its type code, for documents that do not use type codes (`Spørgsmål fra Ole Olsen (A)`). */
  titleWithCode?: string;
}

/** Plain text of a line without bold markers. */
export function unmarkedText(line: SourceLine): string {
  return line.unmarked;
}

/**
 * Reads a line as an item heading in any numbering style of the vocabulary. Whether it really is one depends
 * on its neighbours (see item-spans): this only says how it would read.
 */
export function readHeadingCandidate(line: SourceLine): HeadingCandidate | undefined {
  // Each line is read once, the reading kept on the line (most lines fail the cheap test and keep `null`).
  const known = line.headingReading as HeadingCandidate | null | undefined;
  if (known !== undefined) return known ?? undefined;
  const candidate = line.blank || !mayBeHeading(line.unmarked) ? undefined : readHeadingCandidateOnce(line);
  line.headingReading = candidate ?? null;
  return candidate;
}

// How every numbering style, and a closed marker in front of one, can start (from their patterns).
const mayBeHeading = mayStartLike([...NUMBERING_STYLES.map((style) => style.pattern), MARKED_DOTTED, CLOSED_PREFIX_ANY_CASE, CLOSED_BEFORE_NUMBER]);

// The first numbering style a line is written in, asked with a few joined patterns instead of one call per style.
const firstStyleOf = firstMatchingPattern(NUMBERING_STYLES.map((style) => style.pattern));

/** `Lukket:` or `Closed:` in front of the numbering (asked of every numbered line, seldom there). */
const closedPrefix = execStartingLike(CLOSED_PREFIX_ANY_CASE);
/** `(L)`, `[Lukket]`, `Fortroligt` in front of the number (a protocol's margin mark). */
const closedBeforeNumber = execStartingLike(CLOSED_BEFORE_NUMBER);

/** Written as a markdown heading or wholly in bold: the author marked it as a heading. */
function isMarked(line: SourceLine): boolean {
  // Bold markers after any heading markers, tested in place (a copy of the line without its heading markers cost
  // more), and only on a line that starts with a marker's character.
  return line.headingLevel > 0 || line.bold || (startsWithMarkerCharacter(line.text) && /^(?:#+\s*)?(?:\*\*|__)/.test(line.text));
}

function startsWithMarkerCharacter(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x23 /* # */ || first === 0x2a /* * */ || first === 0x5f /* _ */;
}

function readHeadingCandidateOnce(line: SourceLine): HeadingCandidate | undefined {
  let text = unmarkedText(line);
  let closed = false;
  const prefix = closedPrefix(text) ?? closedBeforeNumber(text);
  if (prefix && /^(?:punkt|pkt|\d)/iu.test(text.slice(prefix[0].length))) {
    closed = true;
    text = text.slice(prefix[0].length);
  }
  const styleIndex = firstStyleOf(text);
  if (styleIndex >= 0) {
    const style = NUMBERING_STYLES[styleIndex]!;
    const match = style.pattern.exec(text)!;
    const number = match.groups!.number === undefined ? undefined : Number(match.groups!.number);
    // `punkt 6.` in lower case with no title is a sentence wrapped before its item number (`... forlod mødet efter` /
    // `punkt 6.`), not a heading: headings write `Punkt`.
    if (style.name === 'punkt' && text.charCodeAt(0) === 0x70 /* p */ && match.groups!.title!.trim().length === 0) return undefined;
    if (style.name === 'punkt' && number === undefined) {
      // Without a number only `Punkt: Title` / `Punkt - Title` is a heading, never a bare `Punkt`.
      if (!/^(?:punkt|pkt\.?)\s*[:–-]/iu.test(text) || match.groups!.title!.trim().length === 0) return undefined;
    }
    // (A date's day before its month and year, `29. JANUAR 2009`, numbers no heading: asked only of a title starting with a letter.)
    if (number !== undefined && isDateRest(match.groups!.title)) return undefined;
    const marked = isMarked(line);
    // (A bold bare number is no heading; an ATX heading holding only the number is one, its title on the next line: pandoc's
    // `## 2.` of a Word referat whose number stands over its title, eDoc's `2.` / `<titel>`.)
    if (style.name === 'bare' && marked && line.headingLevel === 0) return undefined;
    if (style.name === 'wide' && PARTY_COLUMN.test(match.groups!.title!)) return undefined;
    const access = match.groups!.access ?? match.groups!.spacedAccess;
    if (access !== undefined && /^lukket$/iu.test(access)) closed = true;
    // (A title after `Pkt. 4 – ` is stored one byte a character, though its line is not: see `oneBytePieceOf`.)
    // (A bulleted bare number is a bare number: the same tests decide whether its next line is an item's title.)
    const styleName = style.name === 'bullet-bare' ? 'bare' : style.name;
    return build(number, oneBytePieceOf(match.groups!.title ?? '', text), styleName, marked && style.strength === 'weak' ? 'strong' : style.strength, marked, closed);
  }
  if (isMarked(line)) {
    const dotted = MARKED_DOTTED.exec(text);
    if (dotted) return build(Number(dotted.groups!.number), dotted.groups!.title!, 'marked', 'strong', true, closed);
  }
  return undefined;
}

function isDateRest(title: string | undefined): boolean {
  return title !== undefined && title.length > 6 && /^\p{L}/u.test(title) && DATE_AFTER_DAY_NUMBER.test(title);
}

function build(number: number | undefined, rawTitle: string, style: string, strength: 'strong' | 'weak', marked: boolean, closedBefore: boolean): HeadingCandidate {
  const title = readTitle(number === undefined ? rawTitle : withoutRepeatedNumber(rawTitle, number));
  // Built field by field, not by spreading: this runs for every numbered line.
  // A closed marker in front of the title (`101  Lukket punkt: Køb af areal`) says the numbered line is an item's
  // heading, though nothing follows it (the last item). (Not one after it: Holbæk's contents entries end so.)
  const raised = strength === 'weak' && title.closed && CLOSED_PREFIX_ANY_CASE.test(rawTitle);
  const withheld = isWithheldClosedTitle(title.title);
  const candidate: HeadingCandidate = { title: title.title, style, strength: raised ? 'strong' : strength, marked, closed: closedBefore || title.closed || withheld };
  if (raised) candidate.strongByClosedMarker = true;
  if (number !== undefined) candidate.number = number;
  if (title.typeCode) {
    candidate.typeCode = title.typeCode;
    candidate.titleWithCode = `${title.title} (${title.typeCode})`;
  }
  if (title.caseNumber) candidate.caseNumber = title.caseNumber;
  return candidate;
}

/**
 * A web page's ordered list numbers each item before the number the item prints itself (` 1.  1. Godkendelse af
 * dagsordenen`): the same number twice is the item's once, not part of its title.
 */
function withoutRepeatedNumber(rawTitle: string, number: number): string {
  // Most titles open with a letter: their first character spares the trimmed copy and the number's string (asked of every
  // numbered line). (Below U+1680 only these characters are white space to `trimStart`; past it the test below decides.)
  const first = rawTitle.charCodeAt(0);
  if (first > 0x20 && first < 0x1680 && first !== 0xa0 && !(first >= 0x30 && first <= 0x39)) return rawTitle;
  const text = rawTitle.trimStart();
  const digits = String(number);
  if (!text.startsWith(digits) || text.charCodeAt(digits.length) !== 0x2e /* . */) return rawTitle;
  const rest = text.slice(digits.length + 1);
  return /^\s+\p{L}/u.test(rest) ? rest.trimStart() : rawTitle;
}

export interface ClosedTitle {
  title: string;
  closed: boolean;
  typeCode?: string;
  /** A case number in brackets at the title's end (`Titel (B) (24/1234)`), cut off it. */
  caseNumber?: string;
}

/** `Lukket: LUKKET Status på ...` -> closed, title `Status på ...`; `Titel (B)` -> type code `B`; `Titel (24/1234)` -> case number. */
export function readTitle(raw: string): ClosedTitle {
  let title = raw.trim();
  let closed = false;
  let typeCode: string | undefined;
  let caseNumber: string | undefined;
  const typePrefix = title.includes(':') ? TYPE_PREFIX.exec(title) : null;
  if (typePrefix) title = title.slice(typePrefix[0].length);
  title = withoutRoutingPrefix(title);
  // `(Åben) Titel`: the open access before the title, not the title's (asked only of a title that opens with a bracket).
  const openPrefix = title.charCodeAt(0) === 0x28 /* ( */ ? OPEN_PREFIX.exec(title) : null;
  if (openPrefix) title = title.slice(openPrefix[0].length);
  // Cheap tests first: most titles carry neither a closed marker nor a type code.
  if (!title.endsWith(')') && !title.endsWith(').') && !MAY_HOLD_CLOSED_MARKER.test(title)) return { title, closed };
  for (let guard = 0; guard < 3; guard++) {
    const before = title;
    const prefix = CLOSED_PREFIX.exec(title) ?? CLOSED_PREFIX_ANY_CASE.exec(title);
    if (prefix && prefix[0].length > 0) {
      closed = true;
      title = title.slice(prefix[0].length).trim();
    }
    // (`### Punkt 6 (lukket)` over its title in bold: the marker is the heading's whole title, the title is below.)
    const suffix = CLOSED_SUFFIX.exec(title);
    if (suffix && (suffix.index > 0 || /^[([]/u.test(title))) {
      closed = true;
      title = title.slice(0, suffix.index).trim();
    }
    const open = title.endsWith(')') ? OPEN_SUFFIX.exec(title) : null;
    if (open && open.index > 0) title = title.slice(0, open.index).trim();
    const empty = EMPTY_TYPE_BRACKETS.exec(title);
    if (empty && empty.index > 0) title = title.slice(0, empty.index).trim();
    const word = TYPE_WORD_SUFFIX.exec(title);
    if (word && word.index > 0) title = title.slice(0, word.index).trim();
    const code = TYPE_CODE.exec(title);
    if (code && code.index > 0) {
      typeCode ??= code[0].trim().slice(1, -1);
      title = title.slice(0, code.index).trim();
    }
    const bracketed = readBracketedCaseNumber(title);
    if (bracketed) {
      caseNumber ??= bracketed.value;
      title = bracketed.title;
    }
    if (title === before) break;
  }
  return { title, closed, ...(typeCode ? { typeCode } : {}), ...(caseNumber ? { caseNumber } : {}) };
}

/**
 * `6. Lukket punkt` and nothing else (a heading, or a region's agenda list `16. Lukket punkt.`): a closed item whose
 * title is withheld; the marker stays its only title.
 */
export function isWithheldClosedTitle(title: string): boolean {
  return title.length <= 20 && CLOSED_MARKER_OVER.test(title);
}

/** Kept for callers that only need the closed marker. */
export function readClosedMarker(title: string): ClosedTitle {
  return readTitle(title);
}

/** Words a recommendation point or list entry starts with (asked only of titles that start like one). */
const startsLikeNoTitle = testStartingLike(NOT_A_TITLE);

/** A title a heading may carry: capitalised or quoted, not the start of a recommendation point. */
export function looksLikeTitle(title: string): boolean {
  return title.length === 0 || (/^[\p{Lu}\d"“”'«„(]/u.test(title) && !startsLikeNoTitle(title));
}
