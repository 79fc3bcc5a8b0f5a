import { readTitle } from './item-heading.parser.js';
import type { SourceLine } from './source-line.js';
import { titleKeyOf } from './title-key.js';

// A title is a few words; a longer line is prose.
const TITLE_LENGTH = 120;
// `7 Titel`, `7. Titel`: a contents entry may keep its number where the heading prints none.
const LEADING_NUMBER = /^[^\p{L}\d]*\d{1,3}(?:[^\p{L}\d\s]+|\s)\s*(?=\S)/u;
// A contents list names at least two items, and most of its lines name one.
const MIN_CONTENTS_TITLES = 2;
// A heading printed over its item and again over its decision; more copies make a label or a standing phrase.
const MAX_HEADING_COPIES = 3;
// Item headings stand apart (an item's labels between), more than this many lines.
const HEADINGS_APART = 1;

// A sentence (`Godkendt.`) or a field with its value (`Ikke til stede: Mads Ravn (V)`) repeated under items is no
// contents entry (a leader's lone dot after a space, `Vandløbsregulativer - status .`, is not a full stop).
const SENTENCE_END = /[^\s.][.!?]$/u;
const FIELD_WITH_VALUE = /^[^:]{1,40}:\s+\S/u;
const mayBeContentsEntry = (text: string) => {
  const trimmed = text.trim();
  return !SENTENCE_END.test(trimmed) && !FIELD_WITH_VALUE.test(readTitle(trimmed).title);
};

/** A line's title key with its closed marker, type code and leading number left out (`LUKKET Køb af ejendom` = `Køb af ejendom`). */
export function headingKey(text: string): string {
  const trimmed = text.trim();
  return trimmed.length === 0 || trimmed.length > TITLE_LENGTH ? '' : titleKeyOf(readTitle(trimmed.replace(LEADING_NUMBER, '')).title);
}

// Each line's heading key, asked of many lines several times while the structure is tried (per document, once).
const KEYS = new WeakMap<readonly SourceLine[], string[]>();

/** The heading key of the line at `index` (empty for a blank line), computed once per document. */
export function keyOfLine(lines: readonly SourceLine[], index: number): string {
  let keys = KEYS.get(lines);
  if (!keys) KEYS.set(lines, (keys = []));
  return (keys[index] ??= lines[index]!.blank ? '' : headingKey(lines[index]!.unmarked));
}

// The contents list read before a first item, per document: each opener tried reads the same list.
const CONTENTS = new WeakMap<readonly SourceLine[], Map<number, ContentsTitles>>();

/** A contents list's title keys, its last line, and the numbers its entries print (`1. Godkendelse af dagsorden`). */
export interface ContentsTitles {
  keys: Set<string>;
  end: number;
  /** Each key's printed number, when every entry prints one and they run up by one; else empty. */
  numbers: Map<string, number>;
}

/**
 * The titles of a contents list printed before the first item (`before`): the longest run of consecutive non-blank
 * lines there that each stand again, alone and in the same order, at most three times later in the text (where the
 * items' headings are; a line repeated in many items is a label or a decision, not a title; a label, `labels` by
 * line index, or a line of a page's head, `isPageHead`, ends a run). A document whose headings print no number is read by them: each names its item's title
 * exactly. Empty when no run has two such lines; `end` is the list's last line (its entries are no headings).
 */
export function contentsTitleKeys(
  lines: readonly SourceLine[],
  before: number,
  labels: ReadonlySet<number>,
  isPageHead: (text: string) => boolean,
): ContentsTitles {
  let read = CONTENTS.get(lines);
  if (!read) CONTENTS.set(lines, (read = new Map()));
  const known = read.get(before);
  if (known) return known;
  const found = readContentsTitleKeys(lines, before, labels, isPageHead);
  read.set(before, found);
  return found;
}

function readContentsTitleKeys(
  lines: readonly SourceLine[],
  before: number,
  labels: ReadonlySet<number>,
  isPageHead: (text: string) => boolean,
): ContentsTitles {
  // Where each line's text stands (in rising order): a contents entry's title stands again after the list.
  const places = new Map<string, number[]>();
  // How many non-blank lines stand before each line: headings stand apart, a list copied elsewhere (names) does not.
  const nonBlankBefore: number[] = [];
  for (let index = 0, count = 0; index < lines.length; index++) {
    nonBlankBefore.push(count);
    if (lines[index]!.blank) continue;
    count += 1;
    // A sentence is never a heading a contents entry names (and most lines are sentences: they are not keyed).
    if (index >= before && SENTENCE_END.test(lines[index]!.unmarked.trimEnd())) continue;
    const key = keyOfLine(lines, index);
    const seen = places.get(key);
    if (seen) seen.push(index);
    else places.set(key, [index]);
  }
  let best = new Set<string>();
  let bestNumbers = new Map<string, number>();
  let end = -1;
  let run: { key: string; first: number; index: number }[] = [];
  const close = () => {
    const apart = run.filter((entry, position) => position > 0 && nonBlankBefore[entry.first]! - nonBlankBefore[run[position - 1]!.first]! > HEADINGS_APART).length;
    if (run.length >= MIN_CONTENTS_TITLES && apart * 2 >= run.length - 1 && run.length > best.size) {
      best = new Set(run.map((entry) => entry.key));
      bestNumbers = printedNumbers(lines, run);
      end = run.at(-1)!.index;
    }
    run = [];
  };
  for (let index = 0; index < before && index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    const entry = labels.has(index) || !mayBeContentsEntry(line.unmarked) || isPageHead(line.unmarked.trim()) ? undefined : namedAfter(keyOfLine(lines, index), index, places);
    // A line not named again, a label, or one repeated in many items ends the run (so does a title out of order).
    if (!entry) {
      close();
      continue;
    }
    const last = run.at(-1);
    if ((last && entry.first <= last.first) || run.some((earlier) => earlier.key === entry.key)) close();
    run.push({ ...entry, index });
  }
  close();
  return { keys: best, end, numbers: bestNumbers };
}

// An entry's printed number: `1. Titel`, `1) Titel`, `1 Titel` (an agenda kept as a numbered list, Word's numbering
// kept as text where the headings' own numbers were lost).
const PRINTED_NUMBER = /^\s*(\d{1,3})[.)]?\s+\S/u;

/**
 * The numbers a contents run prints before its titles, by title key: only when every entry prints one and they run up
 * by one (a list, not titles that begin with a year or an amount).
 */
function printedNumbers(lines: readonly SourceLine[], run: readonly { key: string; index: number }[]): Map<string, number> {
  const numbers = new Map<string, number>();
  let previous: number | undefined;
  for (const entry of run) {
    const printed = PRINTED_NUMBER.exec(lines[entry.index]!.unmarked);
    const number = printed ? Number(printed[1]) : undefined;
    if (number === undefined || (previous !== undefined && number !== previous + 1)) return new Map();
    numbers.set(entry.key, (previous = number));
  }
  return numbers;
}

// A contents entry's page number after its title (`Godkendelse af dagsorden 2`).
const PAGE_NUMBER_AFTER = / \d{1,3}$/u;

/** The key a contents line names again later (with or without a page number after it), and where it first stands. */
function namedAfter(written: string, index: number, places: ReadonlyMap<string, readonly number[]>): { key: string; first: number } | undefined {
  for (const key of [written, written.replace(PAGE_NUMBER_AFTER, '')]) {
    const all = key.length === 0 ? undefined : places.get(key);
    if (!all) continue;
    const from = firstAfter(all, index);
    const count = all.length - from;
    if (count > 0 && count <= MAX_HEADING_COPIES) return { key, first: all[from]! };
  }
  return undefined;
}

/** The position of the first place after `index` in rising `places`. */
function firstAfter(places: readonly number[], index: number): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (places[middle]! <= index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether the line at `index` is a group line (`A. Sager til afgørelse i byrådet`) printed over its group and again
 * under each title: the same text stands two lines higher up, after `from`, the title between them.
 */
export function standsAboveToo(lines: readonly SourceLine[], index: number, from: number, key: string): boolean {
  const between = nonBlankAbove(lines, index, from);
  const above = between === undefined ? undefined : nonBlankAbove(lines, between, from);
  return above !== undefined && keyOfLine(lines, above) === key && keyOfLine(lines, between!) !== key;
}

function nonBlankAbove(lines: readonly SourceLine[], index: number, from: number): number | undefined {
  for (let at = index - 1; at > from; at--) if (!lines[at]!.blank) return at;
  return undefined;
}
