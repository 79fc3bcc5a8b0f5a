import { readCaseNumberLine } from '../case-number.js';
import { interleavedContents } from './interleaved-contents.js';
import { ATTACHMENT_FILE_LINE, BREADCRUMB, BREADCRUMB_SEPARATOR, COOKIE, CONTENTS_LINE, FILE_LINK, LINK_LABEL, NAVIGATION, PAGE_COUNTER, PRINT_STAMP, RECEIVED_STAMP, SHORT_LEADERS_PAGE, STRAY } from '../vocabulary/noise.js';
import { BODY_DATE_BLOCK, DECISION_BLOCK_ENDING, DECISION_BLOCK_HEADINGS, EARLIER_TREATMENT_LINE, HISTORY_BODY } from '../vocabulary/decision-blocks.js';
import { BODY_AND_DATE_LINE, HEAD_LABEL_LINE, TITLE_LINES } from '../vocabulary/head-labels.js';
import { DATE_SOURCE, YEAR_DIGITS } from '../vocabulary/dates.js';
import { mayStartLike, testStartingLike } from '../line-prefilter.js';
import { collapseSpaces, withPageBreak, type SourceLine } from '../source-line.js';
import { asciiPairCode, furnitureKey } from './page-key.js';
import { LABELS_ONLY_WITH_COLON, SECTION_LABELS } from '../vocabulary/section-labels.js';
import { ABSENCE_SENTENCE_STATUS_AFTER_SPACE } from '../vocabulary/attendance.js';
import { ACCESS_PART_HEADING } from '../vocabulary/closed-markers.js';
import { ROUTING_STEP } from '../vocabulary/routing.js';
import { readOutcome } from '../decision-outcome.js';
import { readCaseNumber } from '../case-number.js';
import { memoByText } from '../text-memo.js';
import { isWhiteSpaceCode } from '../white-space.js';
import { isBodyNameHead } from '../running-head.js';

export type NoiseKind = 'page-furniture' | 'page-counter' | 'link-label' | 'navigation' | 'cookie' | 'stray' | 'contents' | 'page-numbers' | 'print-stamp';

export interface DroppedLine {
  line: SourceLine;
  kind: NoiseKind;
}

export interface CleanedLines {
  /** What is left to read, with the original line numbers. */
  lines: SourceLine[];
  /** Everything dropped, with why: repeated page headers are kept here for the head reader to fall back on. */
  dropped: DroppedLine[];
  /** Titles of contents-list lines (dot leaders, page numbers): evidence for item headings. */
  contentsTitles: string[];
  /**
   * Indexes into `lines` of the lines whose `unmarked` opens with a digit, `P` or `p`: every line that can open with an
   * entry's number (`3.`, `Punkt 3:`), told by the walk that reads every line anyway, so that the pass after this one
   * (`trailing-labels.ts`) need not walk every line again to find them.
   */
  digitOrPOpened: number[];
}

/** Why each line of the input is dropped, by index (undefined: kept). */
type Dropped = (NoiseKind | undefined)[];

/** How far around a page marker (counter, form feed) page headers and footers reach, in non-blank lines. */
const PAGE_WINDOW = 5;
/** A line's offset from its page break as a slot of its own (offsets run from -PAGE_WINDOW to 2 * PAGE_WINDOW). */
const OFFSET_SHIFT = PAGE_WINDOW + 1;
const OFFSET_SLOTS = 4 * PAGE_WINDOW;
const HAS_DATE = new RegExp(DATE_SOURCE, 'iu');
/** Labels whose value (a body) stands on the next line. */
const VALUE_BELOW_LABEL = /^(?:beslutningen\s+træffes\s+af|sagen\s+afgøres\s+i|beslutningskompetence|kompetence|kompetenceudvalg)\s*:?$/iu;
/** The document's kind alone on a line, as a page's head prints it. */
const DOCUMENT_KIND_LINE = /^(?:referat|protokol|beslutningsprotokol|dagsorden|åbent referat|åben dagsorden)$/iu;
/** The same, asked of the line that ends each walk from a page break: most start like none of its words. */
const isDocumentKindLine = testStartingLike(DOCUMENT_KIND_LINE);
/** Contents lists without dot leaders are read only near the top, where contents stand. */
const CONTENTS_REACH = 200;
const HEAD_LABEL_START = /^(?:mødested|sted|lokale|lokation|adresse|mødedato|dato|tidspunkt)\b|\b(?:punkt|pkt\.?|nr\.?|side)\s*\d+$/iu;
/** How page counters, link labels, navigation and stray marks can start (from their patterns): most lines cannot. */
const mayBeChrome = mayStartLike([PAGE_COUNTER, LINK_LABEL, NAVIGATION, STRAY]);
/** How a print or publication stamp can start (`Udskrevet`, `Referat offentliggjort`, `Senest opdateret`). */
const mayBePrintStamp = mayStartLike([PRINT_STAMP]);
/** A breadcrumb trail holds its separator between spaces (it may start with any `<navn> Kommune`). */
const mayBeBreadcrumb = (text: string) => BREADCRUMB_SEPARATOR.test(text);
/** What the navigation, cookie and file-link tests look for anywhere in a line: `preview`, `cookie`, `application/` (a superset). */
const WEB_WORDS = /review|ookie|application\//iu;
const FURNITURE_WORDS = /\b(?:referat|dagsorden|side|åbent|lukket|protokol)\b|\d{4}/iu;
/**
 * `FURNITURE_WORDS` in three tests (one holds when it does): its year, then its words without the word boundaries
 * (which make the `iu` pattern about ten times dearer: it scans with Unicode word characters), and only where one
 * stands, the whole pattern.
 */
const FOUR_DIGITS = /\d{4}/;
const FURNITURE_WORD_LETTERS = /referat|dagsorden|side|åbent|lukket|protokol/iu;
function hasFurnitureWords(text: string): boolean {
  return FOUR_DIGITS.test(text) || (FURNITURE_WORD_LETTERS.test(text) && FURNITURE_WORDS.test(text));
}

/**
 * The lines the later passes ask about, told by their text alone in the first walk over the lines: each of those passes
 * walked every line for its cheap test, and a walk over a long referat's lines (its line records and their texts, spread
 * over the heap) costs about as much as a cheap test of each. The passes take these lines in order, asking what depends
 * on the lines dropped by then (`dropped`) when they come to each.
 */
class AskedLater {
  /** Lines that start as dot leaders do (`entriesOverLeaders`). */
  readonly leaders: number[] = [];
  /** Short lines that may start as a received stamp's word (`dropReceivedStamps`). */
  readonly stamps: number[] = [];
  /** Lines of a page head's length holding four digits in a row, as every date does (`dropRepeatedHeads`). */
  readonly dated: number[] = [];
  /** Lines whose raw text ends in a digit, as a counted footer does (`dropCountedFooters`). */
  readonly footers: number[] = [];
  /** Lines with text whose `unmarked` opens with a digit, `P` or `p` (`CleanedLines.digitOrPOpened`, before the drops). */
  readonly digitOrPOpened: number[] = [];
  /** Lines after a page break and lines dropped as a page's counter: the page markers, as far as the walk tells them. */
  readonly markers: number[] = [];
  /** How many lines are a bare number. */
  bareNumbers = 0;
  /** Whether a line was dropped as a link label (`dropAttachmentCounts`); set by the walk. */
  linkLabels = false;

  note(line: SourceLine, index: number): void {
    const text = line.text;
    const first = text.charCodeAt(0);
    if (first === 0x2e /* . */ || first === 0x2026 /* … */) this.leaders.push(index);
    if (text.length <= STAMP_LINE_LENGTH && mayBeReceivedStamp(text)) this.stamps.push(index);
    if (text.length <= HEAD_LIKE_LENGTH && YEAR_DIGITS.test(text)) this.dated.push(index);
    if (isDigitCode(lastNonWhiteSpaceCode(line.raw))) this.footers.push(index);
    if (isBareNumber(text)) this.bareNumbers++;
  }
}

/** The code of the last character `trimEnd` keeps (NaN for a text of white space). */
function lastNonWhiteSpaceCode(text: string): number {
  for (let at = text.length - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (!isWhiteSpaceCode(code)) return code;
  }
  return Number.NaN;
}

/**
 * Drops page furniture and web chrome, keeping every other line with its original number:
 * page counters, link labels, navigation and cookie text, lone punctuation, contents-list lines, runs of
 * bare page numbers, and headers/footers that repeat around page markers or repeat the meeting's head.
 */
export function stripNoise(input: readonly SourceLine[]): CleanedLines {
  // Why each line is dropped (undefined: kept), indexed like `input`: a flat array, asked several times per line.
  const dropped: Dropped = new Array<NoiseKind | undefined>(input.length).fill(undefined);
  const contentsTitles: string[] = [];
  const columnedAt = new Map<number, string>();
  const later = new AskedLater();

  // (A loop, not `forEach`: the walk's body is too large to be inlined into `forEach`, and a call per line cost 2% of this pass.)
  for (let index = 0; index < input.length; index++) {
    const line = input[index]!;
    if (line.blank) {
      if (line.pageBreak) later.markers.push(index);
      continue;
    }
    later.note(line, index);
    if (opensWithDigitOrP(line.unmarked)) later.digitOrPOpened.push(index);
    const text = line.text;
    const chrome = mayBeChrome(text);
    // One scan for the words the navigation, cookie and file-link tests look for anywhere (most lines hold none).
    const webWords = WEB_WORDS.test(text);
    // (Asked once for the file-link and the attachment tests.)
    const fileExtension = endsInFileExtension(text);
    if (chrome && PAGE_COUNTER.test(text) && isPageCount(text)) dropped[index] = 'page-counter';
    // A typed page's number alone at the right margin (`                                        24`): no item's number
    // stands so far in.
    else if (isBareNumber(text) && RIGHT_MARGIN_NUMBER.test(line.raw)) dropped[index] = 'page-counter';
    else if ((chrome && text.length < 60 && LINK_LABEL.test(text)) || (((webWords && text.includes('application/')) || fileExtension) && FILE_LINK.test(text)) || ((fileExtension || endsInFileSize(text)) && text.length < 200 && ATTACHMENT_FILE_LINE.test(text))) {
      dropped[index] = 'link-label';
      later.linkLabels = true;
    }
    else if (text.length < 80 && ((chrome && NAVIGATION.test(text)) || (webWords && /review/i.test(text) && /\bpreview\b/iu.test(text)))) dropped[index] = 'navigation';
    else if (text.length < 400 && webWords && /ookie/iu.test(text) && COOKIE.test(text)) dropped[index] = 'cookie';
    else if (chrome && STRAY.test(text) && !/^[-–—_]{3,}$/u.test(text)) dropped[index] = 'stray';
    else if (text.length <= 80 && mayBePrintStamp(text) && PRINT_STAMP.test(text) && HAS_DATE.test(text)) dropped[index] = 'print-stamp';
    else if (text.length <= 200 && mayBeBreadcrumb(text) && BREADCRUMB.test(text)) dropped[index] = 'navigation';
    else {
      // Only lines that end in a page number or dot leaders can be contents lines (the pattern is costly).
      const contents = mayEndContentsLine(text) && mayEndInPageNumberGap(line.raw) ? CONTENTS_LINE.exec(line.raw.trim()) : null;
      // Without dot leaders, only a title of some length before the gap (`Lundbergsvej<TAB>2` is an address).
      const leaders = contents && (/(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{0,4}$/u.test(text) || SHORT_LEADERS_PAGE.test(text));
      // (A table's row copied with tabs, `<organ><TAB>11-09-2019<TAB>4`, holds a date cell: no title with its page.)
      const columned = contents && index < CONTENTS_REACH && contents[1]!.length >= 20 && /\s/u.test(contents[1]!) && /\s\d{1,3}$/u.test(text) && !HEAD_LABEL_START.test(text) && !DATE_CELL.test(line.raw);
      if (contents && !/^\d{1,2}\.\d{2}\.\d{2}/u.test(text) && leaders) {
        dropped[index] = 'contents';
        contentsTitles.push(wrappedContentsTitle(input, index, contents[1]!.trim(), dropped));
      } else if (contents && columned) columnedAt.set(index, contents[1]!.trim());
    }
    if (line.pageBreak || dropped[index] === 'page-counter') later.markers.push(index);
  }
  // A title with its page number after a gap is a contents line only among others (contents come as lists).
  for (const [index, title] of columnedAt) {
    // (A page's counter between two entries is passed over: `4.<TAB>...<TAB>3` / `Side 2 af 9` / `\f5.<TAB>...<TAB>3`.)
    const neighbours = nonBlankAround(input, index, 1, (other) => dropped[other] === 'page-counter').filter((other) => other !== index);
    if (neighbours.some((other) => columnedAt.has(other) || dropped[other] === 'contents' || /^(?:indholdsfortegnelse|indhold|punkter|punkt nr\.?|side)$/iu.test(input[other]!.text))) {
      dropped[index] = 'contents';
      contentsTitles.push(title);
    }
  }
  entriesOverLeaders(input, later.leaders, dropped, contentsTitles);
  // (Every line dropped as a contents entry so far gave a title: without titles there is no entry to look between.)
  if (contentsTitles.length > 0) entriesBetweenEntries(input, dropped, contentsTitles);
  // A contents table one cell a line: each entry over its page number.
  const interleaved = interleavedContents(input, (index) => dropped[index] !== undefined);
  if (interleaved) {
    for (const index of interleaved.entries) dropped[index] = 'contents';
    // (An entry under the table's closed part, `LUKKET DAGSORDEN`, keeps it as a marker: its item is closed.)
    for (const index of interleaved.titles) contentsTitles.push(interleaved.closed.has(index) ? `Lukket: ${input[index]!.text.trim()}` : input[index]!.text.trim());
    for (const index of interleaved.pages) dropped[index] = 'page-numbers';
  }
  if (later.linkLabels) dropAttachmentCounts(input, dropped);
  dropReceivedStamps(input, later.stamps, dropped);
  // (A run of page numbers, and a page head's growing numbers, take two bare numbers at least: most texts hold fewer.)
  if (later.bareNumbers >= 2) dropPageNumberRuns(input, dropped);
  dropFurnitureAroundPageMarkers(input, later.markers, dropped);
  dropRepeatedHeads(input, later.dated, dropped);
  if (later.bareNumbers >= 2) dropNumberedPageHeads(input, dropped);
  dropCountedFooters(input, later.footers, dropped);

  const lines: SourceLine[] = [];
  const droppedLines: DroppedLine[] = [];
  const digitOrPOpened: number[] = [];
  const opened = later.digitOrPOpened;
  let nextOpened = 0;
  let breakPending = false;
  for (let index = 0; index < input.length; index++) {
    const line = input[index]!;
    const kind = dropped[index];
    // (The lines the walk found so, where they are kept: their indexes among the lines kept.)
    if (index === opened[nextOpened]) {
      nextOpened++;
      if (!kind) digitOrPOpened.push(lines.length);
    }
    if (kind) {
      droppedLines.push({ line, kind });
      if (kind === 'page-furniture' || kind === 'page-counter' || kind === 'link-label') breakPending = true;
      continue;
    }
    if (breakPending && !line.blank) {
      lines.push(withPageBreak(line));
      breakPending = false;
    } else lines.push(line);
  }
  return { lines, dropped: droppedLines, contentsTitles, digitOrPOpened };
}

/** Whether a text opens with a digit, `P` or `p` (an entry's number, `Punkt`, `Pkt.`). */
function opensWithDigitOrP(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || first === 0x50 || first === 0x70;
}

/** A received stamp's lines: its word, its date and the office's name (a few short lines). */
const STAMP_LINES = 4;
const STAMP_LINE_LENGTH = 40;
/**
 * A line of the stamp under its word: short, and its date or set in as the stamp is (a scan's stamp stands in the margin;
 * the heading after it, a page break having brought the stamp over it, starts at the line's start).
 */
const isStampLine = (line: SourceLine) => !line.blank && line.text.length <= STAMP_LINE_LENGTH && (HAS_DATE.test(line.text) || STAMP_INDENT.test(line.raw));
/** Set in as a stamp in the margin is. */
const STAMP_INDENT = /^[^\S\n]{8}/u;
/** The stamp's word is rare: one test of its first letters spares the pattern for most lines. */
const mayBeReceivedStamp = mayStartLike([RECEIVED_STAMP], { ignoreCase: true });

/**
 * A scanned paper's received stamp (`vocabulary/noise.ts`): the stamp's word and the lines under it that are the
 * stamp's (`isStampLine`), dropped as a print stamp when they hold a date (the day the paper was received, not the
 * meeting's), so that the receiving office is not read as the meeting's place.
 */
function dropReceivedStamps(input: readonly SourceLine[], mayBeStamps: readonly number[], dropped: Dropped): void {
  for (const index of mayBeStamps) {
    if (dropped[index] !== undefined || !RECEIVED_STAMP.test(input[index]!.text)) continue;
    let end = index + 1;
    while (end < input.length && end <= index + STAMP_LINES && isStampLine(input[end]!)) end++;
    const block = input.slice(index, end);
    if (!block.some((stampLine) => HAS_DATE.test(stampLine.text))) continue;
    for (let at = index; at < end; at++) dropped[at] = 'print-stamp';
  }
}

/** An entry's numbering: what stands before its number (`Punkt `, `Lukket: Punkt `, nothing) and the number. */
const ENTRY_NUMBERING = /^(\D{0,24}?)(\d{1,3})\b/u;

/**
 * Lines between two contents entries, numbered as they are and one more than the entry before it, are an entry too,
 * though they have no leaders (its title filled the line, or wrapped onto one more; the page numbers stand in a
 * column of their own).
 */
function entriesBetweenEntries(input: readonly SourceLine[], dropped: Dropped, contentsTitles: string[]): void {
  for (let index = 0; index < input.length; index++) {
    if (dropped[index] !== 'contents') continue;
    const between: number[] = [];
    let after = index + 1;
    for (; after < input.length && between.length <= MAX_CONTENTS_WRAP; after++) {
      // (A page's counter under a wrapped entry, `3.<TAB>... og praktisk` / `hjælp 2022<TAB>2` / `Side 2` / `\f4.<TAB>...`,
      // is passed over as the blank lines are: the list goes on on the next page.)
      if (input[after]!.blank || dropped[after] === 'page-counter') continue;
      if (dropped[after] !== undefined) break;
      between.push(after);
    }
    if (between.length === 0 || between.length > MAX_CONTENTS_WRAP || dropped[after] !== 'contents') continue;
    // (The entry before may end in leaders of their own line: its number stands on its first line.)
    let entry = index;
    while (entry > 0 && index - entry < MAX_CONTENTS_WRAP && dropped[entry - 1] === 'contents' && !ENTRY_NUMBERING.test(input[entry]!.text.replace(/^lukket:\s*/iu, ''))) entry--;
    const numbering = [entry, between[0]!, after].map((at) => ENTRY_NUMBERING.exec(input[at]!.text.replace(/^lukket:\s*/iu, '')));
    if (numbering.some((found) => !found) || new Set(numbering.map((found) => found![1]!.toLowerCase())).size !== 1) continue;
    const [first, middle, last] = numbering.map((found) => Number(found![2]));
    if (middle !== first! + 1 || last !== middle + 1 || between.slice(1).some((at) => ENTRY_NUMBERING.test(input[at]!.text))) continue;
    for (const at of between) dropped[at] = 'contents';
    contentsTitles.push(between.map((at) => input[at]!.text.trim()).join(' '));
  }
}

/** Dot leaders alone on a line, with or without the page number (pdf2html writes each text run on a line of its own). */
const LEADERS_ONLY = /^(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{0,4}$/u;

/**
 * Dot leaders on a line of their own end the contents entry over them: its numbered line and what it wrapped onto
 * (at most `MAX_CONTENTS_WRAP` lines) are the entry's, dropped with the leaders.
 */
function entriesOverLeaders(input: readonly SourceLine[], startingAsLeaders: readonly number[], dropped: Dropped, contentsTitles: string[]): void {
  for (const index of startingAsLeaders) {
    if (!LEADERS_ONLY.test(input[index]!.text)) continue;
    const entry: number[] = [];
    for (let previous = index - 1; previous >= 0 && entry.length <= MAX_CONTENTS_WRAP; previous--) {
      if (input[previous]!.blank) continue;
      if (dropped[previous] !== undefined && dropped[previous] !== 'stray') break;
      entry.unshift(previous);
      if (ENTRY_NUMBERING.test(input[previous]!.text.replace(/^lukket:\s*/iu, ''))) break;
    }
    const numbered = entry.length > 0 && ENTRY_NUMBERING.test(input[entry[0]!]!.text.replace(/^lukket:\s*/iu, ''));
    if (!numbered || entry.length > MAX_CONTENTS_WRAP) continue;
    for (const at of [...entry, index]) dropped[at] = 'contents';
    contentsTitles.push(entry.map((at) => input[at]!.text.trim()).join(' '));
  }
}

/** How many lines before its leaders a re-wrapped contents entry may start. */
const MAX_CONTENTS_WRAP = 2;
const ENDS_SENTENCE = /[.:;!?]$/u;

/**
 * A contents entry wrapped before its dot leaders (`Lukket: Punkt 5: Køb af areal` / `ved Fensmark ....... 8`):
 * the leaders' line starts in lower case, and the lines before it, up to one that does not, are the entry's
 * start. They are dropped with it (else its start reads as an item heading) and the whole title is returned.
 */
function wrappedContentsTitle(input: readonly SourceLine[], index: number, title: string, dropped: Dropped): string {
  if (!STARTS_LOWER_CASE.test(title)) return wrappedAfterNumberedStart(input, index, title, dropped);
  const start: number[] = [];
  let joined = title;
  for (let previous = index - 1; previous >= 0 && start.length < MAX_CONTENTS_WRAP && STARTS_LOWER_CASE.test(joined); previous--) {
    const line = input[previous]!;
    if (line.blank || dropped[previous] === 'page-counter') continue;
    if (dropped[previous] !== undefined || ENDS_SENTENCE.test(line.text)) return title;
    start.push(previous);
    joined = `${line.text} ${joined}`;
  }
  if (start.length === 0 || STARTS_LOWER_CASE.test(joined)) return title;
  for (const previous of start) dropped[previous] = 'contents';
  return joined;
}

const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * A wrapped entry whose second line starts with a capital (`Punkt 25   Lokalplan for boliger ved Fjerritslev` / `Skole
 * ....... 3`, a place name): the line just over the leaders' line, numbered as an entry and ending in no full stop,
 * holds no leaders of its own, and the leaders' line is not numbered.
 */
function wrappedAfterNumberedStart(input: readonly SourceLine[], index: number, title: string, dropped: Dropped): string {
  const previous = index - 1;
  const line = input[previous];
  if (!line || line.blank || dropped[previous] !== undefined || ENTRY_NUMBERING.test(title) || line.text.length > 120 || ENDS_SENTENCE.test(line.text) || /\.{3}|…/u.test(line.text)) return title;
  if (!ENTRY_NUMBERING.test(line.text.replace(/^lukket:\s*/iu, '')) || !/^\D{0,24}?\d{1,3}\s/u.test(line.text.replace(/^lukket:\s*/iu, ''))) return title;
  dropped[previous] = 'contents';
  return `${line.text} ${title}`;
}

/** `(245 KB)`, `(1,2 MB)` at the end (what the file size of `ATTACHMENT_FILE_LINE` ends in), told from the last two characters. */
function endsInFileSize(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x29 /* ) */ && (text.charCodeAt(text.length - 2) | 0x20) === 0x62; /* b */
}

/**
 * `.pdf`, `.docx` at the end (what `\.\w{3,4}$` matches), told from the line's last five characters: a full
 * stop four or five from the end with only word characters after it (a later full stop is not one).
 */
function endsInFileExtension(text: string): boolean {
  const length = text.length;
  if (length < 4) return false;
  // (The full stop first: most lines have none there, and are told by two characters.)
  if (text.charCodeAt(length - 4) !== 0x2e && text.charCodeAt(length - 5) !== 0x2e) return false;
  for (let index = length - 3; index < length; index++) if (!isWordCharacter(text.charCodeAt(index))) return false;
  const fourth = text.charCodeAt(length - 4);
  if (fourth === 0x2e) return true;
  return length >= 5 && isWordCharacter(fourth) && text.charCodeAt(length - 5) === 0x2e;
}

function isWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** A contents line ends in a page number or dot leaders (what `(?:\d|\.{4}|…)$` matches), told from its end. */
function mayEndContentsLine(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if ((last >= 0x30 && last <= 0x39) || last === 0x2026 || text.endsWith('....')) return true;
  // Short leaders end in a page number (a digit, handled above) or a Roman one.
  const roman = last === 0x69 /* i */ || last === 0x76 /* v */ || last === 0x78 /* x */ || last === 0x6c; /* l */
  return roman && SHORT_LEADERS_PAGE.test(text);
}

/**
 * What `CONTENTS_LINE` asks of the page number at a line's end, told from the characters before it (the pattern,
 * tried on every line that ends in a digit, most of them a date's year or a case number's, cost 2-3% of a parse):
 * one to four digits after dot leaders, after white space that holds a tab or is three characters wide, or after
 * leaders and white space. Read from `raw`, as the pattern is (a tab there is one space in `text`); a line that
 * ends in no digit (leaders alone, a Roman number) is left to the pattern.
 */
export function mayEndInPageNumberGap(raw: string): boolean {
  let end = raw.length;
  while (end > 0 && isWhiteSpaceCode(raw.charCodeAt(end - 1))) end--;
  let number = end;
  while (number > 0 && isDigitCode(raw.charCodeAt(number - 1))) number--;
  if (number === end) return true;
  if (end - number > 4) return false;
  let gap = number;
  let tab = false;
  while (gap > 0 && isWhiteSpaceCode(raw.charCodeAt(gap - 1))) {
    if (raw.charCodeAt(gap - 1) === 0x09) tab = true;
    gap--;
  }
  if (tab || number - gap >= 3) return true;
  const leader = raw.charCodeAt(gap - 1);
  return leader === 0x2e /* . */ || leader === 0x2026; /* … */
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A page counter alone on a line (`Side 3 af 12`, `3 of 12`, `- 3 -`), as the noise pass drops it. */
export function isPageCounterLine(text: string): boolean {
  return mayBeChrome(text) && PAGE_COUNTER.test(text) && isPageCount(text);
}

/** `3/12` is a page count only when it could be one (`25/2240` and `25/0212` are case numbers). */
function isPageCount(text: string): boolean {
  const slash = /^(\d+)\s*\/\s*(\d+)$/u.exec(text);
  return !slash || (Number(slash[1]) <= Number(slash[2]) && Number(slash[2]) <= 500 && !slash[2]!.startsWith('0'));
}

/** A run of two or more bare numbers (blank lines between allowed): a contents list's page-number column. */
/** The link labels that close an item on a web page (`Hent som PDF`, `Kopier link`), not an attachment's own `PDF`. */
const ITEM_LINK_LABEL = /^(?:hent som pdf|kopier link)/iu;

/**
 * A web agenda's attachment count, the number on its paperclip badge, stands alone on the line over the item's
 * closing links (First Agenda's pages: `PDF<bilagets titel>` ... / `3` / `Hent som PDF` / `Kopier link`): a bare
 * number that is no item's number (it would be read as the heading of an item titled by the link's label, and break
 * the items' sequence).
 */
function dropAttachmentCounts(input: readonly SourceLine[], dropped: Dropped): void {
  for (let index = 1; index < input.length; index++) {
    if (dropped[index] !== 'link-label' || !ITEM_LINK_LABEL.test(input[index]!.text)) continue;
    let previous = index - 1;
    while (previous > 0 && input[previous]!.blank) previous--;
    if (dropped[previous] === undefined && isBareNumber(input[previous]!.text)) dropped[previous] = 'link-label';
  }
}

function dropPageNumberRuns(input: readonly SourceLine[], dropped: Dropped): void {
  // The run is emptied in place, and only when it holds a number: most lines end no run.
  const run: number[] = [];
  const flush = (): void => {
    if (run.length >= 2) for (const index of run) dropped[index] = 'page-numbers';
    run.length = 0;
  };
  for (let index = 0; index < input.length; index++) {
    const line = input[index]!;
    if (line.blank || dropped[index] !== undefined) continue;
    if (isBareNumber(line.text)) run.push(index);
    else if (run.length > 0) flush();
  }
  flush();
}

/** One to three digits and nothing else (what `^\d{1,3}$` matches), told without a pattern. */
/** A bare number after at least forty columns of spaces (a tab or a no-break space counted as a space), nothing after it. */
const RIGHT_MARGIN_NUMBER = /^[ \t\u00a0]{40,}\d{1,3}\s*$/u;

function isBareNumber(text: string): boolean {
  if (text.length === 0 || text.length > 3) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * A table by character code (or pair of codes) kept from parse to parse, with the slots the last parse wrote (`used`):
 * allocating 64-128 KB tables on every parse cost 11-29 us each (CPU, a fresh zeroed backing store), zeroing the few
 * slots written costs next to nothing. Each `take` zeroes what the last one's user wrote, so a parse that stopped half
 * way (a thrown error) leaves nothing behind.
 */
class ReusedTable<T extends Int32Array | Uint8Array> {
  used: number[] = [];
  constructor(private readonly table: T) {}

  take(): T {
    for (const slot of this.used) this.table[slot] = 0;
    this.used = [];
    return this.table;
  }
}

/** Lines near the page breaks by how their page key starts (`asciiPairCode`); `used`: the pairs counted. */
const LINES_BY_PAIR = new ReusedTable(new Int32Array(0x8000));
/** Whether a first character lower-cases to a recurring key's first letter, by its code; `used`: the codes asked. */
const STARTS_A_KEY = new ReusedTable(new Uint8Array(0x10000));

/**
 * Lines within a few lines of a page marker (a counter such as `Side 3` or a form feed) whose text recurs
 * around at least two markers: the header and footer of every page.
 */
function dropFurnitureAroundPageMarkers(input: readonly SourceLine[], markedInWalk: readonly number[], dropped: Dropped): void {
  // (The first walk listed the markers; a counter dropped since as something else, a received stamp's line, is none.)
  const markers = markedInWalk.filter((index) => input[index]!.pageBreak || dropped[index] === 'page-counter');
  // Markers close together (`Side 1` then `2 of 3`) are one page break.
  const breaks: number[] = [];
  for (const marker of markers) {
    const last = breaks[breaks.length - 1];
    if (last === undefined || nonBlankBetween(input, last, marker) > 2) breaks.push(marker);
  }
  if (breaks.length < 2) return;
  const counted = markers.filter((marker) => dropped[marker] === 'page-counter').length >= 2;
  // On most pages, not on two of twenty: a decision `Godkendt.` can happen to stand near two page breaks.
  // And (but for the head's own copy) nowhere else: a deciding body named in every item is not a page header.
  const needed = Math.max(2, Math.ceil(breaks.length * 0.4));
  // Where pages are counted, a text at the same place by most of the counters recurs though stray form feeds (an
  // extraction's, a break inside a page) outnumber the pages: they would hide every page's head from the share above.
  // The pages are those of the counter most often printed (`Side 3 af 9`; a second style, `- 3 -`, counts its own).
  const countedBreaks = mostCountersOfOneStyle(input, markers.filter((marker) => dropped[marker] === 'page-counter'));
  const neededByCounters = countedBreaks >= 2 ? Math.max(2, Math.ceil(countedBreaks * 0.6)) : Number.POSITIVE_INFINITY;
  // The fewest lines that can make a text recur either way (what the cheap tests below must let through).
  const fewest = Math.min(needed, neededByCounters);
  // Lines near the breaks are first counted by how their key starts (`asciiPairCode`, read from two characters
  // without building the key): a line whose start fewer than `needed` lines near the breaks share cannot have a
  // key that many share, cannot recur as page furniture, and is never keyed (most lines near a break are text
  // that happens to stand there; a key is a lower-cased copy and a lookup by its whole text).
  const nearABreak = new Uint8Array(input.length);
  const linesByPair = LINES_BY_PAIR.take();
  const pairsNear = LINES_BY_PAIR.used;
  let unpairedNear = 0;
  const windows = windowsAround(input, breaks, PAGE_WINDOW);
  // Where pages are counted, also each counter's own window: a stray feed or a second counter (`- 3 -` over `Side 3`)
  // merged into the break moves the break's centre, and the head's place by it with it, from page to page.
  const counterWindows = countedBreaks >= 2 ? windowsAround(input, markers.filter((marker) => dropped[marker] === 'page-counter'), PAGE_WINDOW) : undefined;
  const countNear = (index: number): void => {
    if (nearABreak[index] !== 0) return;
    nearABreak[index] = 1;
    const pair = asciiPairCode(input[index]!.text);
    if (pair < 0) unpairedNear++;
    else if (linesByPair[pair]++ === 0) pairsNear.push(pair);
  };
  for (const index of windows.lines) countNear(index);
  if (counterWindows) for (const index of counterWindows.lines) countNear(index);
  const mayRecur = (index: number): boolean => {
    const pair = asciiPairCode(input[index]!.text);
    return pair < 0 || linesByPair[pair]! >= fewest;
  };
  // The lines near a break that are keyed there: the keys met there number at most these.
  let keyedNear = unpairedNear;
  for (const pair of pairsNear) if (linesByPair[pair]! >= fewest) keyedNear += linesByPair[pair]!;
  // A header or footer stands at the same place on every page: count each text per offset from its break.
  // Texts are compared by their page key (`furnitureKey`), each key numbered once: the counts are kept in
  // flat arrays by that number, and a line counted at an offset is marked by line and offset.
  // A text met before has its key's number by the text (a long referat repeats `Beslutning`, `Til toppen`, its
  // verdicts on every page): only a new text is keyed, a lower-cased copy and a second lookup.
  const keyIds = new Int32Array(input.length).fill(-1);
  const idByKey = new Map<string, number>();
  const idByText = new Map<string, number>();
  const keyById: string[] = [];
  const keyIdAt = (index: number): number => {
    let id = keyIds[index]!;
    if (id < 0) {
      const text = input[index]!.text;
      id = idByText.get(text) ?? -1;
      if (id < 0) {
        const key = furnitureKey(text);
        id = idByKey.get(key) ?? -1;
        if (id < 0) {
          id = keyById.length;
          idByKey.set(key, id);
          keyById.push(key);
        }
        idByText.set(text, id);
      }
      keyIds[index] = id;
    }
    return id;
  };
  // Per key: lines at its most frequent offset (`occurrences`), lines near any break (`anywhere`).
  const occurrences: number[] = [];
  const anywhere: number[] = [];
  // Per key: lines at its most frequent offset from a break that holds a counter.
  const byCounters: number[] = [];
  // Counts by key and offset, for the keys met near the breaks (all breaks; those with a counter).
  const perOffset = new Int32Array(keyedNear * OFFSET_SLOTS);
  const perOffsetByCounters = countedBreaks >= 2 ? new Int32Array(keyedNear * OFFSET_SLOTS) : undefined;
  // Lines near a break that holds a counter: only those recur by the counters (the head's own copy near a stray feed stays).
  const nearACounter = perOffsetByCounters ? new Uint8Array(input.length) : undefined;
  // The offsets each line was counted at, one bit a slot (`OFFSET_SLOTS` fit in 32 bits): a line stands in a window
  // once, so only overlapping windows bring it again; a byte per line and slot zeroed 20 bytes a line on every parse.
  const seenAtOffset = new Int32Array(input.length);
  for (let window = 0; window < breaks.length; window++) {
    const start = windows.starts[window]!;
    const center = windows.centers[window]!;
    for (let position = start; position < windows.starts[window + 1]!; position++) {
      const index = windows.lines[position]!;
      if (!mayRecur(index)) continue;
      const id = keyIdAt(index);
      // Offsets run from -PAGE_WINDOW to PAGE_WINDOW * 2 (the lines before a break are listed nearest first).
      const slot = position - center + OFFSET_SHIFT;
      if ((seenAtOffset[index]! & (1 << slot)) === 0) {
        seenAtOffset[index] |= 1 << slot;
        const count = ++perOffset[id * OFFSET_SLOTS + slot]!;
        if (count > (occurrences[id] ?? 0)) occurrences[id] = count;
      }
      if (nearABreak[index] === 1) {
        nearABreak[index] = 2;
        anywhere[id] = (anywhere[id] ?? 0) + 1;
      }
    }
  }
  if (counterWindows && perOffsetByCounters) {
    const seenByCounter = new Int32Array(input.length);
    for (let window = 0; window + 1 < counterWindows.starts.length; window++) {
      const center = counterWindows.centers[window]!;
      for (let position = counterWindows.starts[window]!; position < counterWindows.starts[window + 1]!; position++) {
        const index = counterWindows.lines[position]!;
        if (!mayRecur(index)) continue;
        const id = keyIdAt(index);
        const slot = position - center + OFFSET_SHIFT;
        if ((seenByCounter[index]! & (1 << slot)) !== 0) continue;
        seenByCounter[index] |= 1 << slot;
        nearACounter![index] = 1;
        const byCounter = ++perOffsetByCounters[id * OFFSET_SLOTS + slot]!;
        if (byCounter > (byCounters[id] ?? 0)) byCounters[id] = byCounter;
      }
    }
  }
  // How often a key stands in the whole text is asked only for keys near enough breaks (`anywhere`, which is at
  // least what `recurringOnce` calls near): the page heads, a handful. A line whose first two characters start
  // none of them cannot have one of them as its key, and is not keyed at all (a key is a lower-cased copy, looked
  // up by its whole text: the first letter alone let most lines through, `Beslutning` as well as `Ballerup`).
  const everywhere: number[] = [];
  const firstLetters = new Set<string>();
  const firstPairs = new Set<number>();
  anywhere.forEach((count, id) => {
    if (count < fewest) return;
    everywhere[id] = 0;
    const key = keyById[id]!;
    firstLetters.add(key.charAt(0));
    firstPairs.add(asciiPairCode(key));
  });
  if (firstLetters.size > 0) {
    // Whether a first character (by its code) lower-cases to one of those letters: 0 not asked yet, 1 yes, 2 no.
    const startsAKey = STARTS_A_KEY.take();
    for (let index = 0; index < input.length; index++) {
      const line = input[index]!;
      if (line.blank) continue;
      const code = line.text.charCodeAt(0);
      if (startsAKey[code] === 0) {
        startsAKey[code] = firstLetters.has(String.fromCharCode(code).toLowerCase().charAt(0)) ? 1 : 2;
        STARTS_A_KEY.used.push(code);
      }
      if (startsAKey[code] === 2) continue;
      const pair = asciiPairCode(line.text);
      if (pair >= 0 && !firstPairs.has(pair)) continue;
      const id = keyIdAt(index);
      const count = everywhere[id];
      if (count !== undefined) everywhere[id] = count + 1;
    }
  }
  // Whether each line recurs (0: not asked yet, 1: yes, 2: no), asked only of lines near a marker.
  const known = new Uint8Array(input.length);
  const recurring = (index: number): boolean => {
    if (known[index] === 0) known[index] = recurringOnce(index) ? 1 : 2;
    return known[index] === 1;
  };
  const recurringOnce = (index: number): boolean => {
    if (!mayRecur(index)) return false;
    const text = input[index]!.text;
    const id = keyIdAt(index);
    // Not near enough breaks whichever way it is counted: the page-head words need not be looked for.
    const byCounter = byCounters[id] ?? 0;
    if (Math.max(occurrences[id] ?? 0, anywhere[id] ?? 0) < needed && byCounter < neededByCounters) return false;
    const headWords = hasFurnitureWords(text);
    // Form feeds alone do not say where a page's head ends: without counters only page-head words count.
    if (!counted && !headWords) return false;
    // The same place on every page; or anywhere near the breaks for text that reads as a page head (`Referat
    // For <udvalg>`, a date), since a page's head and foot shift when a break falls elsewhere.
    const near = Math.max(occurrences[id] ?? 0, headWords ? anywhere[id] ?? 0 : 0);
    // A key whose own lines the first letters missed (one that starts with an astral character) is uncounted.
    const total = everywhere[id] ?? 0;
    const recurs = (near >= needed && near + 1 >= total) || (byCounter >= neededByCounters && byCounter + 1 >= total && nearACounter![index] === 1);
    return recurs && total > 0 && !isContentCached(text);
  };
  // A page's head that names the document's kind on a line of its own (`Protokol`, `Referat`) before more of the head
  // (a line already dropped, a dated head label): the kind is the head's too, though not every page prints it.
  const furnitureBeyond = (index: number, step: number): boolean => {
    for (let next = index + step; next >= 0 && next < input.length; next += step) {
      if (input[next]!.blank) continue;
      const text = input[next]!.text;
      return dropped[next] !== undefined || (HEAD_LABEL_START.test(text) && HAS_DATE.test(text));
    }
    return false;
  };
  // The body's name alone under a form feed (no label's value: `Kompetence: <organ>`), at the same place by most breaks
  // (not the document's own head, `\fKommunalbestyrelsen` / `Referat` once), the next line with text a recurring head
  // line (`Referat`, `Åbent referat`; not the page's counter, which any line may stand over).
  const opensHeadWithBodyName = (index: number): boolean => {
    const text = input[index]!.text.trim();
    if (text.includes(':') || !isBodyNameHead(text) || !mayRecur(index)) return false;
    const id = keyIdAt(index);
    if ((occurrences[id] ?? 0) < needed && (byCounters[id] ?? 0) < neededByCounters) return false;
    let next = index + 1;
    while (next < input.length && input[next]!.blank) next++;
    return next < input.length && dropped[next] !== 'page-counter' && (recurring(next) || isDocumentKindLine(input[next]!.text.trim()));
  };
  // Headers and footers touch their page break: walk out from each marker while the lines recur.
  for (const marker of markers) {
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let index = marker + (input[marker]!.pageBreak && step === 1 ? 0 : step); index >= 0 && index < input.length && seen < PAGE_WINDOW; index += step) {
        const line = input[index]!;
        if (line.blank || dropped[index] === 'page-counter') continue;
        if (dropped[index] !== undefined && dropped[index] !== 'page-furniture') continue;
        // Whether the line recurs is asked first (memoised, and most walks end there); the rarer stops after it. (The
        // document's kind alone, `REFERAT`, right after the head lines this walk dropped is that head's too: a letter-spaced
        // `R E F E R A T` read closed up need not recur where the break copied it.)
        // (Nor need the body's name alone that opens a page's head under a form feed, over head lines that recur: a body's
        // name is said in the items' text too, eDoc's `Beslutningen træffes af` / `<organ>`, and so never recurs only there.)
        if (!recurring(index) && !(isDocumentKindLine(line.text.trim()) && (seen > 0 || furnitureBeyond(index, step))) && !(step === 1 && line.pageBreak && opensHeadWithBodyName(index))) break;
        if (endsBlockHeadingAbove(input, index) || valueOfLabelAbove(input, index) || datesBodyLabelAbove(input, index) || bodyLabelOverDate(input, index) || cutFromHeading(input, index) || titleOpeningDocument(input, index) || tailOfHeadingAbove(input, index)) break;
        // This meeting's dated block (`Økonomiudvalg den 14. oktober 2014`) under the item's decision label recurs in every
        // item, often near a page's end: a form feed by it does not make it the page's head or foot. A foot stands right
        // over the page's end (its counter; where pages are not counted, a form feed).
        if (isBodyDateBlockInDecision(input, index) && !overPageEnd(input, index, dropped, counted)) break;
        dropped[index] = 'page-furniture';
        seen++;
      }
    }
  }
}

/**
 * A case number the pre-pass cut off the front of the heading printed after it (`19/01601    7. Meddelelser`) is the
 * item's, however like a recurring page head its digits read at the top of a page.
 */
function cutFromHeading(input: readonly SourceLine[], index: number): boolean {
  const next = input[index + 1];
  return next !== undefined && next.no === input[index]!.no && isDigitCode(input[index]!.text.charCodeAt(0)) && isDigitCode(next.text.charCodeAt(0));
}

/**
 * The lower-case tail of an item's title wrapped under its numbered heading (`16. Orientering om anbringelser og
 * forebyggende` / `foranstaltninger 2023`) is the title's, however like a page's foot or head it reads where a page's
 * end stands beside it and a layout prints the title again under the heading (its year makes it read as a dated foot).
 * Asked only of recurring lines.
 */
function tailOfHeadingAbove(input: readonly SourceLine[], index: number): boolean {
  const text = input[index]!.text;
  if (!OPENS_LOWER_CASE.test(text)) return false;
  if (underNumberedHeading(input, index)) return true;
  // (Or the same tail of the title printed again under it: `16. ... og forebyggende` / `foranstaltninger 2023` /
  // `Orientering om ... og forebyggende` / `Side 2` / `\fforanstaltninger 2023`.)
  for (let above = index - 1, seen = 0; above >= 0 && seen < REPEATED_TITLE_LINES; above--) {
    if (input[above]!.blank) continue;
    seen++;
    if (input[above]!.text === text && underNumberedHeading(input, above)) return true;
  }
  return false;
}

/** The line under a numbered heading whose title goes on, past blank lines and a page's counter. */
function underNumberedHeading(input: readonly SourceLine[], index: number): boolean {
  let above = index - 1;
  // (Also under a page's counter: `... og forebyggende` / `Side 2` / `\fforanstaltninger 2023`.)
  while (above >= 0 && (input[above]!.blank || PAGE_COUNTER.test(input[above]!.text.trim()))) above--;
  return above >= 0 && NUMBERED_HEADING_GOING_ON.test(input[above]!.text);
}
/** How far above a title's repeated tail its first printing may stand (the repeat's other lines, a page's counter). */
const REPEATED_TITLE_LINES = 5;
const OPENS_LOWER_CASE = /^\s*\p{Ll}/u;
/** `16. Orientering om ... og forebyggende`: a number, a capitalised title, no full stop at its end. */
const NUMBERED_HEADING_GOING_ON = /^\s*\d{1,3}\.?\s+\p{Lu}.*[^.:;!?]$/u;

/**
 * A line that completes the dated decision heading wrapped on the line above (`... beslutning i mødet` / `den 10.
 * oktober 2002`) belongs to that heading, however like a page's dated head it reads, also across a page counter.
 * Asked only of recurring lines.
 */
function endsBlockHeadingAbove(input: readonly SourceLine[], index: number): boolean {
  let above = index - 1;
  // A page break inside the heading puts the page's counter between its lines (`... i mødet` / `Side 5` / `den ...`).
  while (above >= 0 && (input[above]!.blank || PAGE_COUNTER.test(input[above]!.text.trim()))) above--;
  if (above < 0) return false;
  const previous = input[above]!.text;
  return /beslutning/iu.test(previous) && !isDecisionBlockHeading(previous) && isDecisionBlockHeading(`${previous} ${input[index]!.text}`);
}

/**
 * The value of a label whose value stands on the next line (`Beslutningen træffes af` / `Side 3` / `\fKlima- og
 * Miljøudvalget`): the meeting's body after a page break is that label's value there, not the page's running head.
 */
function valueOfLabelAbove(input: readonly SourceLine[], index: number): boolean {
  // (A page's own head after the break, `Referat For Byrådet` or its date, is the page's.)
  const text = input[index]!.text;
  if (/^(?:referat|dagsorden|beslutningsprotokol|protokol)\b/iu.test(text) || HAS_DATE.test(text)) return false;
  let above = index - 1;
  while (above >= 0 && (input[above]!.blank || PAGE_COUNTER.test(input[above]!.text.trim()))) above--;
  return above >= 0 && VALUE_BELOW_LABEL.test(input[above]!.text.trim());
}

/**
 * A case course's step (`Udvalg: Økonomiudvalget` / `Dato: 12-06-2024` / `Punktnummer: 9`): its date under its body's
 * label, also across a page counter, is the step's, however like a page's dated head it recurs (one body's meeting
 * in several items' courses). Asked only of recurring lines.
 */
function datesBodyLabelAbove(input: readonly SourceLine[], index: number): boolean {
  if (!DATE_LABEL.test(input[index]!.text)) return false;
  let above = index - 1;
  while (above >= 0 && (input[above]!.blank || PAGE_COUNTER.test(input[above]!.text.trim()))) above--;
  return above >= 0 && BODY_LABEL.test(input[above]!.text);
}
const DATE_LABEL = /^\s*dato\s*:/iu;

/**
 * The same step's body label over its date (`Udvalg: Økonomiudvalget` / `Dato: ...`, a page's counter between them or
 * not): the step's first line, however like a page's head it recurs under a page break. Asked only of recurring lines.
 */
function bodyLabelOverDate(input: readonly SourceLine[], index: number): boolean {
  if (!BODY_LABEL.test(input[index]!.text)) return false;
  let below = index + 1;
  while (below < input.length && (input[below]!.blank || PAGE_COUNTER.test(input[below]!.text.trim()))) below++;
  return below < input.length && DATE_LABEL.test(input[below]!.text);
}
const BODY_LABEL = /^\s*(?:udvalg|organ|mødeforum|behandlet\s+af)\s*:\s*\S/iu;

/** How many counters of one style (`side # af #`, `- # -`: their digits aside) the most printed style has. */
function mostCountersOfOneStyle(input: readonly SourceLine[], counters: readonly number[]): number {
  const byStyle = new Map<string, number>();
  let most = 0;
  for (const counter of counters) {
    const style = collapseSpaces(input[counter]!.text).toLowerCase().replace(/\d+/gu, '#');
    const count = (byStyle.get(style) ?? 0) + 1;
    byStyle.set(style, count);
    if (count > most) most = count;
  }
  return most;
}

/** Whether the next line with text ends the page: its counter, or (where pages are not counted) a form feed. */
function overPageEnd(input: readonly SourceLine[], index: number, dropped: Dropped, counted: boolean): boolean {
  let next = index + 1;
  while (next < input.length && input[next]!.blank) next++;
  if (next >= input.length) return false;
  return dropped[next] === 'page-counter' || (!counted && !!input[next]!.pageBreak);
}

function nonBlankBetween(input: readonly SourceLine[], from: number, to: number): number {
  let count = 0;
  for (let index = from + 1; index < to; index++) if (!input[index]!.blank) count++;
  return count;
}

/**
 * The meeting's head repeated as a page header without page counters (`Byrådet 27-01-2015`, `Mødedato: ...`
 * on every item page): the first occurrence is the head and stays, the repeats go.
 */
function dropRepeatedHeads(input: readonly SourceLine[], dated: readonly number[], dropped: Dropped): void {
  const first = new Map<string, number>();
  // (`dated`: the lines of a head's length with a year's digits, the cheap half of being head-like.)
  for (const index of dated) {
    if (dropped[index] !== undefined) continue;
    const key = input[index]!.text;
    if (!isDatedHeadLike(key) || isAfterHistoryBody(input, index) || isBodyDateBlockInDecision(input, index)) continue;
    if (!first.has(key)) first.set(key, index);
    else dropped[index] = 'page-furniture';
  }
  // A place line right after a repeated date line is part of the same page head; so is the body's line right before it
  // (a meeting app's `Møde: <organ>` over `Mødedato: ...` on every page).
  const repeatedAt: number[] = [];
  for (let index = 0; index < dropped.length; index++) if (dropped[index] === 'page-furniture') repeatedAt.push(index);
  for (const index of repeatedAt) {
    for (const near of nonBlankAround(input, index, 1)) {
      if (near === index || dropped[near] !== undefined) continue;
      const text = input[near]!.text;
      // The label patterns first: the search for the text's first occurrence runs only for such lines.
      const place = near > index && /^(?:mødested|sted|lokale|lokation)\b/iu.test(text);
      const body = near < index && /^(?:møde|udvalg)\s*:\s*\S/iu.test(text);
      if ((place || body) && HEAD_LABEL_LINE.test(text) && input.findIndex((line) => line.text === text) !== near) dropped[near] = 'page-furniture';
    }
  }
}

/** A page counter at the end of a line, after a tab or a gap of spaces, with text before it. */
// (`pdftotext -raw` closes the gap to one space: `Teknisk Udvalg 09.09.2003 Side 2`, the date right before the counter.)
const COUNTER_AFTER_GAP = /(?:\S(?:\t|\s{2,})\s*|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}\s+)(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?$/iu;

/**
 * A word processor's footer, `Ærø Kommune – Økonomiudvalget – 12. marts 2019<TAB>Side 2 af 4`: the same text with its
 * page counter after a gap, on two pages or more, is page furniture even where no page break stands beside it.
 */
function dropCountedFooters(input: readonly SourceLine[], endingInDigits: readonly number[], dropped: Dropped): void {
  let found: Map<string, number[]> | undefined;
  for (const index of endingInDigits) {
    const line = input[index]!;
    if (dropped[index] !== undefined) continue;
    const raw = line.raw.trimEnd();
    // Cheap gates first: the line ends in a digit (`endingInDigits`) and says `side` or `page` somewhere.
    if (!/side|page/iu.test(raw) || !COUNTER_AFTER_GAP.test(raw)) continue;
    const key = furnitureKey(line.text);
    found ??= new Map();
    const at = found.get(key);
    if (at) at.push(index);
    else found.set(key, [index]);
  }
  if (!found) return;
  for (const at of found.values()) if (at.length >= 2) for (const index of at) dropped[index] = 'page-furniture';
}

/** How many lines a page head printed as a block of short lines may have. */
const PAGE_HEAD_BLOCK = 6;

/**
 * A page head printed as a block of short lines with no page marker (Vordingborg's `Vordingborg Kommune` / `Dato` /
 * `Side` / <organ> / <dato> / N): the same block, holding a date or `Side`, recurs above a page number that grows by
 * one from page to page. The blocks and their numbers are furniture; a block that recurs without a growing number after
 * it (a decision's standard lines) or names no date (a web page's link labels over its item numbers) is kept.
 */
function dropNumberedPageHeads(input: readonly SourceLine[], dropped: Dropped): void {
  // Most texts have fewer than two bare numbers left: no page head of this kind, and no line is counted.
  let bare = 0;
  for (let index = 0; index < input.length && bare < 2; index++) if (!input[index]!.blank && dropped[index] === undefined && isBareNumber(input[index]!.text)) bare++;
  if (bare < 2) return;
  // One head's numbers stand under the same block, so under the same line (a counter passed over), the second one
  // greater by one: without two such numbers no line is counted.
  if (!hasNumbersGrowingUnderOneLine(input, dropped)) return;
  const counts = new Map<string, number>();
  for (const line of input) if (!line.blank && line.text.length <= 60) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const heads = new Map<string, { lines: number[]; numbers: number[] }>();
  for (let index = 0; index < input.length; index++) {
    const line = input[index]!;
    if (line.blank || dropped[index] === 'page-numbers' || !isBareNumber(line.text)) continue;
    const block: number[] = [];
    for (let before = index - 1; before >= 0 && block.length < PAGE_HEAD_BLOCK; before--) {
      const above = input[before]!;
      // A page counter may stand inside the block (`6 of 8`): passed over.
      if (dropped[before] === 'page-counter') continue;
      // The head is one block: a blank line ends it (the decision's last line above it recurs too).
      if (above.blank || (counts.get(above.text) ?? 0) < 2 || isBareNumber(above.text)) break;
      block.unshift(before);
    }
    // A page's head names its date or its `Side`; the link labels above a web page's item numbers do neither.
    if (block.length < 2 || !block.some((at) => HAS_DATE.test(input[at]!.text) || /^side\b/iu.test(input[at]!.text))) continue;
    const key = block.map((at) => input[at]!.text).join('\n');
    const head = heads.get(key) ?? { lines: [], numbers: [] };
    head.lines.push(...block, index);
    head.numbers.push(Number(line.text));
    heads.set(key, head);
  }
  for (const head of heads.values()) {
    if (head.numbers.length < 2 || !head.numbers.every((number, at) => at === 0 || number === head.numbers[at - 1]! + 1)) continue;
    for (const at of head.lines) dropped[at] ??= 'page-furniture';
  }
}

/** Two bare numbers (not pages' numbers), the later one greater by one, under the same short line that is no bare number. */
function hasNumbersGrowingUnderOneLine(input: readonly SourceLine[], dropped: Dropped): boolean {
  const seen = new Set<string>();
  for (let index = 0; index < input.length; index++) {
    const line = input[index]!;
    if (line.blank || dropped[index] === 'page-numbers' || !isBareNumber(line.text)) continue;
    let before = index - 1;
    while (before >= 0 && dropped[before] === 'page-counter') before--;
    const above = before >= 0 ? input[before]! : undefined;
    if (above === undefined || above.blank || above.text.length > 60 || isBareNumber(above.text)) continue;
    const number = Number(line.text);
    if (seen.has(`${number - 1}\n${above.text}`)) return true;
    seen.add(`${number}\n${above.text}`);
  }
  return false;
}

/** How long a page head's dated line may be: a line is head-like when of this length, holding a year's digits, and `isDatedHeadLike`. */
const HEAD_LIKE_LENGTH = 140;

/**
 * Dated lines recur (a decision block's heading in every item): each text is read once per process, the date search
 * too (the costliest test here: a case-insensitive pattern tried at every position of each line holding a year).
 */
const isDatedHeadLike = memoByText((text: string): boolean => {
  if (!HAS_DATE.test(text)) return false;
  if (isDecisionBlockHeading(text) || EARLIER_TREATMENT_LINE.test(text)) return false;
  if (/^(?:mødedato|dato|mødetidspunkt|tidspunkt)\s*:/iu.test(text)) return true;
  if (TITLE_LINES.some((pattern) => pattern.test(text))) return true;
  const bodyDate = BODY_AND_DATE_LINE.exec(text);
  return !!bodyDate && /(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|rådet)$/iu.test(bodyDate.groups!.body!.trim()) && !/\bkl\b|\bpkt\b/iu.test(bodyDate.groups!.rest!);
});

/** How near the document's start its title stands. */
const TITLE_REACH = 8;

/**
 * The document's title among its first lines, printed once (`BYRÅDET    Møde nr. 3/2001` on a typewritten protocol's
 * first page, a page break before it): the head, not a page's running head. Also a title printed over short lines,
 * its kind word alone over the rest (SBSYS's `Referat` / `til` / `mødet i <organ>`), a page break under the kind word.
 */
function titleOpeningDocument(input: readonly SourceLine[], index: number): boolean {
  if (index >= TITLE_REACH) return false;
  const text = input[index]!.text;
  if (input.filter((line) => line.text === text).length !== 1) return false;
  if (TITLE_LINES.some((pattern) => pattern.test(text))) return true;
  if (!KIND_WORD_OVER_TITLE.test(text)) return false;
  const under = input.slice(index + 1, index + 1 + TITLE_REACH).filter((line) => !line.blank).slice(0, 2);
  return under.length === 2 && TITLE_LINES.some((pattern) => pattern.test(`${text} ${under[0]!.text} ${under[1]!.text}`));
}
/** A title's kind word alone on its line, the title going on under it (`Referat` / `til` / `mødet i ...`). */
const KIND_WORD_OVER_TITLE = /^(?:referat|dagsorden|beslutningsprotokol)$/iu;

/** A cell holding only a date among tab-joined cells. */
const DATE_CELL = /\t\d{1,2}[-.]\d{1,2}[-.]\d{4}\t/u;

/** Every decision-block heading ends as `DECISION_BLOCK_ENDING` says: one test before the five patterns. */
function isDecisionBlockHeading(text: string): boolean {
  return DECISION_BLOCK_ENDING.test(text) && DECISION_BLOCK_HEADINGS.some((pattern) => pattern.test(text));
}

/**
 * `<organ> den <dato>` under a decision label (or `Indstilling`), or under the decision text of the block before it (Skive's KMD export):
 * a decision block, however often it recurs; a page's head stands after a page break or counter instead, unless the
 * label itself closed the page (`Indstilling` / `Side 11 af 14` / `Økonomiudvalget den 18. august 2014`).
 */
function isBodyDateBlockInDecision(input: readonly SourceLine[], index: number): boolean {
  if (!BODY_DATE_BLOCK.test(input[index]!.text.trim())) return false;
  // (Twelve lines with text: runs of blank lines, which page text often has, are not counted.)
  for (let previous = index - 1, seen = 0; previous >= 0 && seen < 12; previous--) {
    const line = input[previous]!;
    if (line.blank) continue;
    seen++;
    const text = line.text.trim();
    if (isBlockLabel(text)) return true;
    if (PAGE_COUNTER.test(text)) return seen === 1 ? endsPageInDecision(input, previous) : chainedUnderPageEnd(input, previous, index);
    if (line.pageBreak) return false;
  }
  return false;
}

/**
 * A dated block under another that opens its page (`Indstilling` / `Side 3 af 4` / `<organ> den ...` / `Anbefales.` /
 * this one): in a decision if that one is. Looked for only once a counter is met (most walks end at a label first).
 */
function chainedUnderPageEnd(input: readonly SourceLine[], counter: number, index: number): boolean {
  for (let below = index - 1; below > counter; below--) {
    if (!input[below]!.blank && BODY_DATE_BLOCK.test(input[below]!.text.trim())) return isBodyDateBlockInDecision(input, below);
  }
  return false;
}

/** How many lines with text over a page's end a dated block's verdict may have (`Anbefales.`, a sentence or two). */
const VERDICT_LINES = 4;

/**
 * Whether the page a counter ends closes inside a decision: on its label (`Indstilling` / `Side 11 af 14` / the dated
 * block), or on the verdict of a dated block before this one (Skive's `Udvalget for Kultur og Fritid den 30. september
 * 2014` / `Anbefales.` / `Side 4 af 6` / `Økonomiudvalg den 14. oktober 2014`), itself in a decision.
 */
function endsPageInDecision(input: readonly SourceLine[], counter: number): boolean {
  let seen = 0;
  for (let previous = counter - 1; previous >= 0 && seen < VERDICT_LINES; previous--) {
    const text = input[previous]!.text.trim();
    if (text === '' || (seen === 0 && PAGE_COUNTER.test(text))) continue;
    if (seen === 0 && isBlockLabel(text)) return true;
    seen++;
    if (BODY_DATE_BLOCK.test(text)) return seen > 1 && isBodyDateBlockInDecision(input, previous);
    if (input[previous]!.pageBreak || PAGE_COUNTER.test(text)) return false;
  }
  return false;
}

/** A decision label (Gentofte's older PDFs print the committees' dated verdicts under `Indstilling`). */
function isBlockLabel(text: string): boolean {
  return /^(?:beslutning(?:er)?|indstilling(?:\s*\/\s*beslutning)?)\s*:?$/iu.test(text) || isDecisionLabel(text);
}

/** The decision labels of the vocabulary (`Afgørelse`, `Udvalgets beslutning:`, `**Beslutning**`), not only `Beslutning`. */
const DECISION_LABELS = SECTION_LABELS.filter(([, kind]) => kind === 'decision').map(([pattern]) => pattern);

function isDecisionLabel(text: string): boolean {
  const label = text.trim().replace(/^[#*_\s]+|[*_\s:.]+$/gu, '').toLowerCase();
  return label.length <= 40 && DECISION_LABELS.some((pattern) => pattern.test(label));
}

function isAfterHistoryBody(input: readonly SourceLine[], index: number): boolean {
  for (let previous = index - 1; previous >= 0; previous--) {
    if (input[previous]!.blank) continue;
    return HISTORY_BODY.test(input[previous]!.text);
  }
  return false;
}

/** Lines that carry facts even when repeated: decision blocks, absences, outcomes are never furniture. */
const contentByText = new Map<string, boolean>();

function isContentCached(text: string): boolean {
  let answer = contentByText.get(text);
  if (answer === undefined) {
    if (contentByText.size > 5000) contentByText.clear();
    contentByText.set(text, (answer = isContent(text)));
  }
  return answer;
}

const SENTENCE_TAIL_START = /^\p{Ll}/u;
const TELLS_TIME = /\bkl\.?\s*\d/iu;
const MEMBER_WITH_PARTY = /^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+)+\s*\([A-ZÆØÅ]{1,2}\)$/u;

function isContent(text: string): boolean {
  if (text.length > 120 || isDecisionBlockHeading(text)) return true;
  // (The KMD template's `J.nr.: <KLE>   Sagsid: <nr>` is shared by standing items too.)
  // (A numbered heading's title may open with its access in brackets, `2. (Åben) Tilskud ...`, as a web page's list repeats it.)
  // (`Sag nr. 3 <titel>` and a protocol's `§ 3 <titel>` are items' headings too: a contents entry and its heading may each
  // stand under a form feed, near two breaks. So is the deciding body's field, `Kompetence: <organ>`, the same in many items.)
  // (`BESLUTNINGSPROTOKOL`, a protocol's page head, is the document's kind, no decision's label.)
  if (/^(?:[•·]|\d{1,4}\s*[.:)]\s*(?:\((?:[Åå]ben|[Ll]ukket)\)\s*)?\p{Lu}|§\s*\d{1,4}\s+\p{Lu})/u.test(text) || /^(?:afbud|fraværende|ikke til stede|beslutning(?!sprotokol)|sagsnr|sagsnummer|sagsid|j\.\s?nr\.?\s*:|dok\.?nr|punkt|pkt|nr\.|sag\s+(?:nr\.?\s*)?\d|(?:beslutnings)?kompetence(?:udvalg)?\s*:|sagen\s+afgøres\s+i\s*:|beslutningen\s+træffes\s+af\s*:)/iu.test(text)) return true;
  // `LUKKET MØDE`, `Åbne punkter`: the heading of the agenda's closed or open part, in the contents and again over the items.
  if (text.length <= 30 && ACCESS_PART_HEADING.test(text)) return true;
  // A case number alone on its line (`00.01.10-P35-7-21`): standing items share one, and breaks can fall beside each.
  if (readCaseNumberLine(text) !== undefined) return true;
  // A member with a party letter (`Søren Kjær (C)`), as an absence list or the head's `Afbud` names them: never a page's head.
  if (text.endsWith(')') && MEMBER_WITH_PARTY.test(text)) return true;
  // The meeting's absence repeated under every decision (`A (I) og B (C) deltog ikke i mødet.`) stands by each page's foot.
  if (text.endsWith('.') && ABSENCE_SENTENCE_STATUS_AFTER_SPACE.test(text)) return true;
  // A sentence's tail wrapped to a line of its own (`budget 2006.`): it opens in lower case and ends the sentence; a
  // page's head or foot that does so tells the meeting's date or time (`kl. 19.00 på Rådhuset, ...`), left to the rules above.
  if (text.endsWith('.') && SENTENCE_TAIL_START.test(text) && !HAS_DATE.test(text) && !TELLS_TIME.test(text)) return true;
  const label = text.toLowerCase().replace(/[:.\s]+$/u, '');
  // (`Referat`, `Konklusion` without their colon are no labels: eDoc's running head prints `Referat` on every page.)
  if (SECTION_LABELS.some(([pattern]) => pattern.test(label)) && (text.includes(':') || !LABELS_ONLY_WITH_COLON.test(label))) return true;
  // A case number on its own line (`00.01.10-P35-7-21`): standing items share one, and pages may break near each.
  if (/^\d{2}\.\d{2}\.\d{2}/u.test(text) && readCaseNumber(text)?.whole) return true;
  // A dated step of a routing list (`Byrådet (beslutning), 30.04.2019`): the items of one route name the same steps.
  if (text.includes('(') && ROUTING_STEP.exec(text)?.groups!.date !== undefined) return true;
  return !readOutcome(text).unrecognised;
}

/**
 * The non-blank lines around each break as `nonBlankAround` lists them, in one list for all breaks (one list, not one
 * per break: the breaks of a paged text are many): break b's stand from `starts[b]` to `starts[b + 1]`, and
 * `centers[b]` is where the first line not before the break stands.
 */
function windowsAround(input: readonly SourceLine[], breaks: readonly number[], reach: number): { lines: number[]; starts: number[]; centers: number[] } {
  const lines: number[] = [];
  const starts: number[] = [];
  const centers: number[] = [];
  for (const center of breaks) {
    starts.push(lines.length);
    for (let index = center - 1, seen = 0; index >= 0 && seen < reach; index--) {
      if (input[index]!.blank) continue;
      lines.push(index);
      seen++;
    }
    centers.push(lines.length);
    if (!input[center]!.blank) lines.push(center);
    for (let index = center + 1, seen = 0; index < input.length && seen < reach; index++) {
      if (input[index]!.blank) continue;
      lines.push(index);
      seen++;
    }
  }
  starts.push(lines.length);
  return { lines, starts, centers };
}

function nonBlankAround(input: readonly SourceLine[], center: number, reach: number, passedOver: (index: number) => boolean = () => false): number[] {
  const found: number[] = [];
  for (let index = center - 1, seen = 0; index >= 0 && seen < reach; index--) {
    if (input[index]!.blank || passedOver(index)) continue;
    found.push(index);
    seen++;
  }
  if (!input[center]!.blank) found.push(center);
  for (let index = center + 1, seen = 0; index < input.length && seen < reach; index++) {
    if (input[index]!.blank || passedOver(index)) continue;
    found.push(index);
    seen++;
  }
  return found;
}
