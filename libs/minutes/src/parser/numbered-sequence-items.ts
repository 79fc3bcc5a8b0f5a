import { looksLikeTitle, readTitle } from './item-heading.parser.js';
import { readCaseNumberLine } from './case-number.js';
import { readDecisionBlockHeading } from './decision-blocks.js';
import { TITLE_CUT_AFTER, accessIsClosed, joinTitleLines, type ContentsEntry, type ItemSpan } from './item-spans.js';
import { startsInLowerCase } from './letter-case.js';
import { readSectionHeading } from './section-heading.js';
import { CASE_NUMBER_LABEL } from './vocabulary/case-numbers.js';
import type { SourceLine } from './source-line.js';
import { titleKey } from './item-spans.js';
import { CLOSED_ACCESS_LINE, CLOSED_SECTION, OPEN_SECTION } from './vocabulary/closed-markers.js';
import { ANY_NUMBERING, ITEM_FIELD_LINE, LOOSE_NUMBERINGS, NOT_AN_ITEM_LABEL, NUMBER_UNDER_TITLE } from './vocabulary/numbering.js';
import type { WarningCollector } from './warning-collector.js';

interface NumberedLine {
  index: number;
  /** The numbering form, and for a labelled form its label: lines numbered alike share it. */
  shape: string;
  number: number;
  title: string;
  bodyStart: number;
  /** The title stands on the next line, under a line holding only the number (`Sag 12` / `Titel`). */
  titleBelow?: true;
  /** Under a `Lukket referat` heading (eDoc lists closed items so, in its contents only). */
  inClosedSection: boolean;
}

// A heading is a few words; a longer line is prose that happens to start with a number.
const HEADING_LENGTH = 160;

/**
 * Items of a document whose headings number their items in a form no known style reads (`Sag 3 – Titel`, `III.
 * Titel`, `(3) Titel`, `Titel` over `(punkt 3)`): the longest run of lines numbered in one form with rising numbers
 * is the item headings (a contents list above them is a run too: the run spread over more lines wins). Asked only
 * where the known styles found no heading or implausibly few; fewer than two headings is no run.
 */
export function findNumberedSequenceItemSpans(
  lines: readonly SourceLine[],
  warnings: WarningCollector,
  knownFoundNone = false,
): { spans: ItemSpan[]; contents: ContentsEntry[]; pageTop?: true } {
  const numbered = numberedLines(lines, knownFoundNone);
  const run = bestRun(numbered, lines);
  if (run.length < 2 || !opensBodies(run, lines)) return { spans: [], contents: [] };
  // (A run of page-top numbers is told so: the recurring labels, where they find as many items, read them better.)
  return { spans: spansOf(run, lines, warnings), contents: contentsBeside(run, numbered, lines), ...(run[0]!.shape === 'page-top' ? { pageTop: true as const } : {}) };
}

/**
 * The other lines numbered in the run's shape: a contents list, whose entries under `Lukket referat` may be the only
 * place a closed item is named.
 */
function contentsBeside(run: readonly NumberedLine[], numbered: readonly NumberedLine[], lines: readonly SourceLine[]): ContentsEntry[] {
  const headings = new Set(run);
  return numbered
    .filter((line) => line.shape === run[0]!.shape && !headings.has(line))
    .map((line) => {
      const title = readTitle(line.title);
      return { number: line.number, title: title.title, closed: title.closed || line.inClosedSection, line: lines[line.index]!.no };
    });
}

/** A title that ends in a person's name (`... for Trine Lund`): two capitalised words after a lower-case one. */
const ENDS_IN_NAME = /\s\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;

function spansOf(run: readonly NumberedLine[], lines: readonly SourceLine[], warnings: WarningCollector): ItemSpan[] {
  const wrappedTitles = run.map((found) =>
    found.shape === 'under-title' ? { title: found.title, bodyStart: found.bodyStart } : continueTitle(lines, found.titleBelow ? found.bodyStart - 1 : found.index, found.title),
  );
  const read = wrappedTitles.map((wrapped) => readTitle(wrapped.title));
  // A bracket after a person's name is the party's, the title's (`Godkendelse af stedfortræder for Trine Lund (A)`),
  // unless the document puts type codes after its titles (two or more do, after no name: a document grown by repeating
  // its items repeats the name too).
  const typeCoded = read.filter((title) => title.typeCode && !ENDS_IN_NAME.test(title.title)).length >= 2;
  return run.map((found, position): ItemSpan => {
    const line = lines[found.index]!;
    const wrapped = wrappedTitles[position]!;
    const own = read[position]!;
    const title = typeCoded || !own.typeCode || !ENDS_IN_NAME.test(own.title) ? own : { title: `${own.title} (${own.typeCode})`, closed: own.closed };
    warnings.add(line.no, 'unknown-heading', `Item heading in an unknown numbering style, read from its run of numbers: "${title.title}"`);
    // Closed by its title's marker, or by an access line under the heading (`Lukket punkt.`), as a known style's heading is.
    const closed = title.closed || accessIsClosed(lines, wrapped.bodyStart);
    const heading = { number: found.number, title: title.title, closed, line: line.no, ...(title.typeCode ? { typeCode: title.typeCode } : {}) };
    return { heading, headingLine: line, headingIndex: found.index, bodyStart: wrapped.bodyStart, end: run[position + 1]?.index ?? lines.length };
  });
}

const MAX_TITLE_LINES = 3;
// A continuation is shorter than a line of prose.
const CONTINUATION_LENGTH = 80;

/**
 * A heading's title wrapped over the next lines: a line right under it that starts in lower case, or follows a line
 * cut after a joining word or a dash (`... anlægsbevilling og`). Never a label, field, case number or another heading
 * (a line in upper case under a whole title is the item's first text: `Klik her ...`, `A. Sager til afgørelse`).
 */
function continueTitle(lines: readonly SourceLine[], index: number, title: string): { title: string; bodyStart: number } {
  let joined = title;
  let at = index + 1;
  for (let added = 1; added < MAX_TITLE_LINES && at < lines.length; added++, at++) {
    const next = lines[at]!;
    const text = next.unmarked.trim();
    if (next.blank || text.length >= CONTINUATION_LENGTH || /[.:;!?]$/u.test(joined) || !isTitleText(next, text) || titleKey(text) === titleKey(joined)) break;
    if (!(startsInLowerCase(text) || TITLE_CUT_AFTER.test(joined))) break;
    // (A word hyphenated at the line end joins without a space: the pre-pass could not join it where a page's furniture
    // stood between its halves, `... langs Frede-` / `Side 3` / `rikshavnsvej.`.)
    joined = joinTitleLines(joined, text);
  }
  return { title: joined, bodyStart: at };
}

/** A line that may be part of a title: not a section label, field, case number, decision block or numbered heading. */
function isTitleText(line: SourceLine, text: string): boolean {
  return (
    !readSectionHeading(line) &&
    !ITEM_FIELD_LINE.test(text) &&
    !CASE_NUMBER_LABEL.test(text) &&
    readCaseNumberLine(text) === undefined &&
    !readDecisionBlockHeading(text) &&
    !CLOSED_ACCESS_LINE.test(text) &&
    readLooseNumbering(text) === undefined &&
    !NUMBER_UNDER_TITLE.test(text)
  );
}

function numberedLines(lines: readonly SourceLine[], knownFoundNone: boolean): NumberedLine[] {
  const found: NumberedLine[] = [];
  let previous = -1;
  let inClosedSection = false;
  lines.forEach((line, index) => {
    if (line.blank) return;
    const text = line.unmarked.trim();
    if (text.length > HEADING_LENGTH) return void (previous = index);
    if (CLOSED_SECTION.test(text)) inClosedSection = true;
    else if (OPEN_SECTION.test(text)) inClosedSection = false;
    const under = NUMBER_UNDER_TITLE.exec(text);
    if (under && previous >= 0) {
      const title = lines[previous]!.unmarked.trim();
      found.push({ index: previous, shape: 'under-title', number: Number(under.groups!.number), title, bodyStart: index + 1, inClosedSection });
    } else {
      const numbered = readLooseNumbering(text) ?? (knownFoundNone && line.pageBreak ? readPageTopNumbering(text) : undefined);
      if (numbered) found.push({ index, ...numbered, bodyStart: index + 1, inClosedSection });
      else {
        const own = readOwnNumbering(lines, index, text, knownFoundNone);
        if (own) found.push({ ...own, inClosedSection });
      }
    }
    previous = index;
  });
  return found;
}

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
/** `I`, `V`, `X`, `L`, `C`, `D`, `M`. */
const isRomanCode = (code: number) => code === 0x49 || code === 0x56 || code === 0x58 || code === 0x4c || code === 0x43 || code === 0x44 || code === 0x4d;
const isWordCode = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d || code > 0x7f;
const isSpaceCode = (code: number) => code === 0x20;
// The longest label word `ANY_NUMBERING` reads.
const LABEL_WORD_LENGTH = 25;

/**
 * Whether a line may be numbered in any wording, told by character codes before the pattern is asked (most lines are
 * prose): a digit, bracket, `§` or roman numeral first, or a word of at most 25 letters, a full stop, spaces and `nr.`
 * and then a digit or bracket.
 */
function mayBeOwnNumbering(text: string): boolean {
  const first = text.charCodeAt(0);
  if (isDigitCode(first) || first === 0x28 /* ( */ || first === 0x5b /* [ */ || first === 0xa7 /* § */) return true;
  const second = text.charCodeAt(1);
  if (isRomanCode(first) && (!isWordCode(second) || isRomanCode(second))) return true;
  let at = 0;
  while (at <= LABEL_WORD_LENGTH && isWordCode(text.charCodeAt(at))) at++;
  if (at === 0 || at > LABEL_WORD_LENGTH) return false;
  if (text.charCodeAt(at) === 0x2e /* . */) at++;
  while (isSpaceCode(text.charCodeAt(at))) at++;
  if ((text.charCodeAt(at) | 0x20) === 0x6e /* n */ && (text.charCodeAt(at + 1) | 0x20) === 0x72 /* r */) {
    at += 2;
    if (text.charCodeAt(at) === 0x2e) at++;
    while (isSpaceCode(text.charCodeAt(at))) at++;
  }
  const next = text.charCodeAt(at);
  return isDigitCode(next) || next === 0x28 || next === 0x5b;
}
// (Not a contents leader's dot after a space: `Titel .`.)
const SENTENCE_END = /(?<!\s)[.,;]$/u;
const KNOWN_LABEL_ALONE = /^(?:punkt|pkt)\.?$/iu;

/**
 * A line numbered in a wording of the document's own (`ANY_NUMBERING`): `Sag 12` / `§ 12` / `(12)` / `XII` alone over
 * the title, `Mødepunkt 12 » Titel`, `12 · Titel`. Its shape (the label word, brackets, closing mark, separator, and
 * whether the title is on the line) is what the run of rising numbers must share.
 */
function readOwnNumbering(lines: readonly SourceLine[], index: number, text: string, knownFoundNone: boolean): Omit<NumberedLine, 'inClosedSection'> | undefined {
  if (!mayBeOwnNumbering(text)) return undefined;
  const match = ANY_NUMBERING.exec(text);
  if (!match) return undefined;
  const { label, paragraph, open, number: digits, roman, close, separator, title } = match.groups as Record<string, string | undefined>;
  const inline = title!.trim();
  // `Punkt`/`Pkt.` on a line with its title is a known style's; alone over its title too, but where the known reading
  // found few items it may have taken a contents list of such lines for the items (its titles dropped as leader lines).
  if (label !== undefined && NOT_AN_ITEM_LABEL.test(label) && !(inline.length === 0 && KNOWN_LABEL_ALONE.test(label))) return undefined;
  const number = roman === undefined ? Number(digits) : romanValue(roman);
  if (number === undefined || number === 0) return undefined;
  // A roman numeral is a word too (`I forbindelse med`): it numbers only with a mark after it, or alone.
  if (roman !== undefined && inline.length > 0 && !close && !separator) return undefined;
  // A lone capital (`C.`, `D.`) is a lettered group, not a roman number.
  if (roman !== undefined && roman.length === 1 && /[CDLM]/u.test(roman)) return undefined;
  const shape = `own ${(label ?? paragraph ?? '').toLowerCase()}|${open}|${roman === undefined ? 'n' : 'r'}|${close}|${separator === undefined ? '' : separator.replace(/[–—-]/gu, '-')}`;
  if (inline.length > 0) {
    // A number with nothing around it before a title is a known style's (`12 Titel` is `wide`, a table's cell); a
    // separator or bracket makes it a wording. `12. Titel` and `12) Titel` are known styles, judged by the known reading (a numbered list of members), unless it
    // found no heading at all: then nothing told them from the items (no case number, no known label under them).
    if (label === undefined && paragraph === undefined && !open && !separator && close !== ']' && !(knownFoundNone && close === '.')) return undefined;
    if (!looksLikeTitle(inline) || !/\p{L}/u.test(inline)) return undefined;
    return { index, shape: `${shape}|on`, number, title: inline, bodyStart: index + 1 };
  }
  // The number alone: the title is the next line that holds text.
  let at = index + 1;
  while (at < lines.length && lines[at]!.blank) at++;
  const line = lines[at];
  if (line) {
    const candidate = line.unmarked.trim();
    // A line holding only another number (a contents list whose titles were dropped with their leaders) is no title.
    if (ANY_NUMBERING.exec(candidate)?.groups!.title === '') return undefined;
    // A page's number at its foot has the next page's text under it: a sentence, not a title.
    if (candidate.length === 0 || candidate.length > HEADING_LENGTH || !/\p{L}/u.test(candidate)) return undefined;
    // (A title may end in a full stop, `Lån til betaling af ejendomsskatter m.v.`, where the next number follows straight
    // under it: a list of numbers alone over their titles, not a page's foot over the next page's prose.)
    if (SENTENCE_END.test(candidate) && !nextNumberUnder(lines, at, text, number)) return undefined;
    // A closed item's title opens with its marker (`Lukket: Personalesag`), which reads like an access line.
    const bare = /lukket|closed/iu.test(candidate) ? readTitle(candidate) : undefined;
    const plain = bare?.closed ? bare.title : candidate;
    if (!looksLikeTitle(plain) || (!bare?.closed && !isTitleText(line, candidate))) return undefined;
    return { index, shape: `${shape}|over`, number, title: candidate, bodyStart: at + 1, titleBelow: true };
  }
  return undefined;
}

/**
 * Whether the next line with text under `at` is the number line `text` with the next number (`181.` / title / `182.`):
 * the list of numbers alone over their titles goes on.
 */
function nextNumberUnder(lines: readonly SourceLine[], at: number, text: string, number: number): boolean {
  let next = at + 1;
  while (next < lines.length && lines[next]!.blank) next++;
  return next < lines.length && lines[next]!.unmarked.trim() === text.replace(String(number), String(number + 1));
}

/**
 * A page transcript's item that opens its page with its number and title and no mark between them (a PDF that starts
 * each item on a new page, `3 18 Godkendelse af dagsorden` with the page's own number cut off): elsewhere `12 Titel`
 * is a table's cell, at a page's top where no known style found a heading it is the item's, in a run of rising numbers.
 */
const PAGE_TOP_NUMBERING = /^(?<number>\d{1,4}) (?<title>\p{Lu}\p{Ll}.*)$/u;

function readPageTopNumbering(text: string): Pick<NumberedLine, 'shape' | 'number' | 'title'> | undefined {
  if (!isDigitCode(text.charCodeAt(0))) return undefined;
  const match = PAGE_TOP_NUMBERING.exec(text);
  const title = match?.groups!.title!.trim();
  if (!match || !title || !looksLikeTitle(title)) return undefined;
  return { shape: 'page-top', number: Number(match.groups!.number), title };
}

/** A line read in one of the loose numbering forms: its shape, number and title. */
export function readLooseNumbering(text: string): Pick<NumberedLine, 'shape' | 'number' | 'title'> | undefined {
  for (const form of LOOSE_NUMBERINGS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const groups = match.groups!;
    const number = groups.roman === undefined ? Number(groups.number) : romanValue(groups.roman);
    const title = groups.title!.trim();
    if (number === undefined || number === 0 || !looksLikeTitle(title)) continue;
    return { shape: groups.label === undefined ? form.name : `${form.name} ${groups.label.toLowerCase()}`, number, title };
  }
  return undefined;
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed roman numeral (`XIV` 14); `undefined` for letters that only look like one (`IIX`). */
export function romanValue(roman: string): number | undefined {
  let value = 0;
  for (let index = 0; index < roman.length; index++) {
    const digit = ROMAN_DIGITS[roman[index]!]!;
    const next = ROMAN_DIGITS[roman[index + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return toRoman(value) === roman ? value : undefined;
}

const ROMAN_STEPS: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [step, letters] of ROMAN_STEPS) {
    for (; rest >= step; rest -= step) out += letters;
  }
  return out;
}

/**
 * Runs of one shape with rising numbers; a line repeating the number and title just read (a heading printed twice)
 * is passed over. The run with the most headings that open a body wins (a contents list's entries stand together:
 * only its last one is followed by text), then the longest, then the one spread over more lines.
 */
function bestRun(numbered: readonly NumberedLine[], lines: readonly SourceLine[]): NumberedLine[] {
  const open = new Map<string, NumberedLine[]>();
  let best: NumberedLine[] = [];
  let bestScore = [0, 0, 0];
  const consider = (run: NumberedLine[]) => {
    const score = [withBody(run, lines), run.length, spread(run)];
    const index = score.findIndex((value, at) => value !== bestScore[at]);
    if (index >= 0 && score[index]! > bestScore[index]!) [best, bestScore] = [run, score];
  };
  for (const line of numbered) {
    const run = open.get(line.shape);
    const last = run?.[run.length - 1];
    if (run && last && line.number > last.number) run.push(line);
    else if (run && last && line.number === last.number && titleKey(line.title) === titleKey(last.title)) continue;
    else {
      if (run) consider(run);
      open.set(line.shape, [line]);
    }
  }
  for (const run of open.values()) consider(run);
  return best;
}

// More lines than this between two headings is a body; fewer is a list (a contents list, a heading's wrapped title).
const BODY_LINES = 3;

const withBody = (run: readonly NumberedLine[], lines: readonly SourceLine[]) =>
  run.filter((line, position) => {
    const end = run[position + 1]?.index ?? lines.length;
    return end - line.index > BODY_LINES && !onlyPageNumberUnder(line, end, lines);
  }).length;

/** A contents entry's page number, alone or run into the next line's text (`53Indholdsfortegnelse lukket møde`). */
const PAGE_NUMBER_LINE = /^\d{1,4}(?!\d)(?!\s*[.)])/u;

/**
 * A region's contents printed as separate number, title and page lines, blank lines between (`1.` / `Godkendelse af
 * dagsorden` / `5`): under the title only the page's number, which spreads the entry over as many lines as a short
 * item, but opens no body.
 */
function onlyPageNumberUnder(line: NumberedLine, end: number, lines: readonly SourceLine[]): boolean {
  if (!line.titleBelow) return false;
  let texts = 0;
  let page = false;
  for (let at = line.bodyStart; at < end; at++) {
    if (lines[at]!.blank) continue;
    texts++;
    page = PAGE_NUMBER_LINE.test(lines[at]!.unmarked.trim());
  }
  return texts === 1 && page;
}

/**
 * A run in a wording of the document's own is its headings only where most of its lines open a body (a numbered list
 * of members or recommendation points stands line under line) and each has a title of its own.
 */
function opensBodies(run: readonly NumberedLine[], lines: readonly SourceLine[]): boolean {
  if (!run[0]!.shape.startsWith('own ')) return true;
  // A page's number over its running head (`6` / `LYNGBY-TAARBÆK KOMMUNE`) numbers the same title again and again.
  return withBody(run, lines) * 2 > run.length && new Set(run.map((line) => titleKey(line.title))).size === run.length;
}

const spread = (run: readonly NumberedLine[]) => run[run.length - 1]!.index - run[0]!.index;
