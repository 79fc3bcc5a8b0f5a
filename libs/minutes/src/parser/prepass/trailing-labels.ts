import { readWholeCaseNumberOfAnyScheme } from '../case-number.js';
import { readSectionHeading } from '../section-heading.js';
import type { SourceLine } from '../source-line.js';

/**
 * `pdftotext -raw` of a print whose labels stand in a column left of their text, drawn after it: each label alone on
 * its line comes out after its value (`Godkendt.` / `Beslutning`), so an item's last label stands right before the
 * next item's heading. Where that is so of several items (never in a text written label first: an empty label before
 * a heading is rare; most items end so), every label alone on its line is put back before the value lines over it: back to a blank line,
 * another label, a case number on its own line or an entry's number (an item's heading, a numbered point), at most
 * `CELL_LINES` lines. Other texts are passed on as they came.
 */
export function readTrailingLabels(lines: readonly SourceLine[], digitOrPOpened?: readonly number[]): readonly SourceLine[] {
  if (!(digitOrPOpened ? mayEndListedItemsInLabels(lines, digitOrPOpened) : mayEndItemsInLabels(lines))) return lines;
  const labels: number[] = [];
  const numbersSeen = new Set<number>();
  let trailing = 0;
  let entries = 0;
  // (Where the last number not seen before stood: the current item's heading, as far as the numbers tell.)
  let itemOpenedAt = 0;
  for (let at = 0; at < lines.length; at++) {
    if (!lines[at]!.blank && opensEntry(lines[at]!.unmarked)) {
      entries++;
      const number = entryNumber(lines[at]!.unmarked);
      if (!numbersSeen.has(number)) itemOpenedAt = at;
      numbersSeen.add(number);
    }
    if (!isLabelAlone(lines[at]!)) continue;
    labels.push(at);
    let next = at + 1;
    while (next < lines.length && lines[next]!.blank) next++;
    // (An attachments label is none: its files, a reader's noise, may be gone from under it, `Bilag` / `3. <titel>`.)
    if (readSectionHeading(lines[at]!)!.kind === 'attachments') continue;
    if (next >= lines.length) trailing++;
    else if (opensEntry(lines[next]!.unmarked) && opensNextItem(entryNumber(lines[next]!.unmarked), numbersSeen) && !repeatsTitleAbove(lines, next, itemOpenedAt)) trailing++;
  }
  if (trailing < TRAILING_ITEMS || trailing * TRAILING_SHARE < labels.length || trailing * ENTRIES_PER_TRAILING < entries) return lines;
  // (Each label's value found among the lines as they stand, the other labels its bounds; moved from the last label on,
  // so that a move shifts none of the lines the labels before it were measured among.)
  const out = [...lines];
  for (const at of labels.reverse()) {
    let start = at;
    while (start > 0 && at - start < CELL_LINES && isValueLine(lines[start - 1]!)) start--;
    if (start === at) continue;
    const [label] = out.splice(at, 1);
    out.splice(start, 0, label!);
  }
  return out;
}

/**
 * At least `TRAILING_ITEMS` labels alone stand right before an entry's number or end the text, and they are one in
 * `ENTRIES_PER_TRAILING` of the entries at least: what the count below needs (each label it counts is such a label,
 * its entries are these), told by reading for a label only the line before each entry (most texts' lines are read no
 * further). A text of many numbered points and headings with a few empty labels before some is told here, before the
 * count reads every line for a label.
 */
function mayEndItemsInLabels(lines: readonly SourceLine[]): boolean {
  let found = 0;
  let entries = 0;
  let last = -1;
  for (let at = 0; at < lines.length; at++) {
    if (lines[at]!.blank) continue;
    if (opensEntry(lines[at]!.unmarked)) {
      entries++;
      if (last >= 0 && isLabelAlone(lines[last]!)) found++;
    }
    last = at;
  }
  if (last >= 0 && isLabelAlone(lines[last]!)) found++;
  return found >= TRAILING_ITEMS && found * ENTRIES_PER_TRAILING >= entries;
}

/**
 * `mayEndItemsInLabels` asked of the lines listed as opening with a digit, `P` or `p` (`digitOrPOpened`, every line that can
 * open an entry: `strip-noise.ts` lists them in its walk), and of the last line with text: the same answer without a walk
 * over every line.
 */
function mayEndListedItemsInLabels(lines: readonly SourceLine[], digitOrPOpened: readonly number[]): boolean {
  let found = 0;
  let entries = 0;
  for (const at of digitOrPOpened) {
    if (!opensEntry(lines[at]!.unmarked)) continue;
    entries++;
    let last = at - 1;
    while (last >= 0 && lines[last]!.blank) last--;
    if (last >= 0 && isLabelAlone(lines[last]!)) found++;
  }
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.blank) last--;
  if (last >= 0 && isLabelAlone(lines[last]!)) found++;
  return found >= TRAILING_ITEMS && found * ENTRIES_PER_TRAILING >= entries;
}

/**
 * How many items must end in a label, the least share of the labels they are (one in `TRAILING_SHARE`), and of the
 * entries' numbers (headings, numbered points: one in `ENTRIES_PER_TRAILING`). A meeting's text repeated (a search
 * page's copies) repeats an item that ends in an empty label: the share of its items that do stays as small.
 */
const TRAILING_ITEMS = 3;
const TRAILING_SHARE = 5;
const ENTRIES_PER_TRAILING = 3;
/** The most lines of one label's value (a table cell's; a longer section goes on past the label's row). */
const CELL_LINES = 8;
/** An entry's number at a line's start: an item's heading (`Punkt 3:`, `3.`, a bare `3`) or a numbered point. */
const OPENS_ENTRY = /^(?:(?:Punkt|Pkt\.?)\s*\d{1,4}|\d{1,4}(?:[.:)]|\s|$))/iu;
/** `OPENS_ENTRY` where the first character can open it (a digit, `P` or `p`): most lines are told by it alone. */
const opensEntry = (text: string) => {
  const first = text.charCodeAt(0);
  return ((first >= 48 && first <= 57) || first === 80 || first === 112) && OPENS_ENTRY.test(text);
};
const entryNumber = (text: string) => Number(/\d{1,4}/u.exec(text)![0]);
/**
 * An entry after a label that can be the next item's heading: a number after one already seen and not seen itself. Not
 * a list under the label (`Bilag` / `1. Tegning.pdf`, a recommendation's `1)`), nor an item's heading repeated over its
 * decision (København's `Beslutning` / `Dagsordenspunkt 2: ...`): those are the label's value.
 */
const opensNextItem = (number: number, seen: ReadonlySet<number>) => number >= 2 && seen.has(number - 1) && !seen.has(number);

/**
 * The entry at `entry` repeats a title written since the current item opened (`from`): the item's own heading printed
 * again over its decision (a web page's title unnumbered at the top, `Beslutning` / `2` / the title over the decision),
 * no next item's. The title is the entry's text after its number, or the next line where the number stands alone.
 */
function repeatsTitleAbove(lines: readonly SourceLine[], entry: number, from: number): boolean {
  let title = comparable(lines[entry]!.unmarked.replace(ENTRY_NUMBER, ''));
  if (title === '') {
    let next = entry + 1;
    while (next < lines.length && lines[next]!.blank) next++;
    title = next < lines.length ? comparable(lines[next]!.unmarked) : '';
  }
  if (title.length < TITLE_LENGTH) return false;
  for (let at = from; at < entry; at++) {
    const line = lines[at]!;
    if (line.blank || line.unmarked.length < TITLE_LENGTH) continue;
    const text = comparable(line.unmarked);
    if (text.length >= TITLE_LENGTH && (text.includes(title) || title.includes(text))) return true;
  }
  return false;
}

/** An entry's number and what parts it from its title (`Punkt 3:`, `3.`, `3)`, a bare `3`). */
const ENTRY_NUMBER = /^(?:(?:Punkt|Pkt\.?)\s*\d{1,4}|\d{1,4})\s*[.:)\-–]?\s*/iu;
/** The fewest characters of a title compared: shorter lines (`Godkendt.`, `Ingen.`) repeat by chance. */
const TITLE_LENGTH = 12;
const comparable = (text: string) => text.replace(/\s+/gu, ' ').trim().replace(/[.:]+$/u, '').toLowerCase();

const isLabelAlone = (line: SourceLine) => {
  if (line.blank) return false;
  const heading = readSectionHeading(line);
  return heading !== undefined && heading.inline === undefined;
};

/** A case number's field under an item's heading (`Sagsnr.: 21/0933`, `Sagsnummer 21/0933`, `Dok.nr.:`): the heading's, no label's value. */
const CASE_NUMBER_FIELD = /^(?:Sags?\.?\s?n(?:r|ummer)|Sags-?id|Journalnr|J\.\s?nr|Dok\.\s?nr)\.?\s*:?\s*\S*\d/iu;

/** A line of a label's value: text, not a blank line, a label, an entry's number or a case number (alone or in its field). */
const isValueLine = (line: SourceLine) =>
  !line.blank && !isLabelAlone(line) && !opensEntry(line.unmarked) && !CASE_NUMBER_FIELD.test(line.unmarked) && readWholeCaseNumberOfAnyScheme(line.unmarked) === undefined;
