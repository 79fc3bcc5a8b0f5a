import { readDecisionBlockHeading } from './decision-blocks.js';
import { readCaseNumberLine } from './case-number.js';
import { readTitle } from './item-heading.parser.js';
import type { ItemSpan } from './item-spans.js';
import { readLooseNumbering } from './numbered-sequence-items.js';
import { isRunningHead } from './running-head.js';
import { readSectionHeading } from './section-heading.js';
import type { SourceLine } from './source-line.js';
import { CASE_NUMBER_LABEL } from './vocabulary/case-numbers.js';
import { ACCESS_MARKER_LINE } from './vocabulary/closed-markers.js';
import { ITEM_FIELD_LINE, NUMBER_UNDER_TITLE } from './vocabulary/numbering.js';
import type { WarningCollector } from './warning-collector.js';

interface LabelLine {
  index: number;
  /** The label as the table keys it; every case-number label (`Sagsnr.`, `Sagsid`) is one key. */
  key: string;
  decision: boolean;
}

interface TitleLine {
  index: number;
  /** The line after the title (and after a `(punkt N)` under it): field lines and a case number there are the item's. */
  bodyStart: number;
  title: string;
  closed: boolean;
  typeCode?: string;
  number?: number;
  /** The access marker line above the title (`Åbent punkt` / `Lukket punkt`), where the item then opens. */
  marker?: number;
}

const CASE_LABEL_KEY = 'case-number';
const MAX_FIELD_LINES = 3;
// `Label: short value`: a field of the item, not its title.
const SHORT_FIELD = /^[\p{L}-]{3,30}\s*:\s*\S{1,12}$/u;
// A type word alone (`Beslutningssag`) says what kind of item follows, not its title.
const TYPE_WORD = /^(?:beslutningssag|orienteringssag|drøftelsessag|godkendelsessag|høringssag|temasag)$/iu;
// (Tønder's `Åben sag` / `Lukket sag` under the title, over `Sagsnr.:`, is the item's access, also a field.)
const isFieldLine = (text: string) => ITEM_FIELD_LINE.test(text) || SHORT_FIELD.test(text) || TYPE_WORD.test(text) || readCaseNumberLine(text) !== undefined || ACCESS_MARKER_LINE.test(text);
// A title is a few words; a longer line is prose.
const TITLE_LENGTH = 120;
// `7 Titel`, `7. Titel`, `[7] Titel`, `~7~ Titel`, `#7 - Titel`: the number before the title, marks around it.
const LEADING_NUMBER = /^[^\p{L}\d]*(\d{1,3})(?:[^\p{L}\d\s]+|\s)\s*(\S.*)$/u;
// The item's number alone on the line under its title (a right-aligned number box in a PDF protocol).
const BARE_NUMBER = /^(\d{1,3})\.?$/u;
// How many lines above its title an access marker may stand (a page's running head can come between).
const MARKER_REACH = 2;

/**
 * Items of a document whose heading style no recogniser knows (`Punkt: 4` over field lines, `4 (Åben) Titel`):
 * every item repeats the same sequence of section labels, so an item opens where that sequence starts again.
 * The opening label is the one that most often comes first after a decision (or first in the document); the
 * nearest non-blank short line before it is the item's title, and its leading number the item's number.
 * Asked only where no heading of a known style was found, before the untitled readings; fewer than two starts,
 * or a start without a title line before it, is no structure, and the untitled readings stand.
 */
export function findRecurringLabelItemSpans(lines: readonly SourceLine[], warnings: WarningCollector): ItemSpan[] {
  const labels = labelLines(lines);
  const firsts = firstLabelsOfBlocks(labels);
  // The sequence an item opens with is the one after each decision: the first block also holds the head.
  const inFirstBlock = firsts.length > 1 && !labels.some((label) => label.decision && label.index < firsts[0]!.index);
  const opener = mostFrequentKey(inFirstBlock ? firsts.slice(1) : firsts);
  const starts = firsts.filter((label) => label.key === opener).map((label) => label.index);
  // The head and the contents come before the first item and may hold labels of their own (`Sag nr:` over the
  // contents): in that first block the first item opens at the opener's first label, wherever it stands.
  const firstOpener = labels.find((label) => label.key === opener);
  if (firstOpener && starts[0] !== undefined && firstOpener.index < starts[0] && !labels.some((label) => label.decision && label.index < firstOpener.index)) starts.unshift(firstOpener.index);
  let found = titledStarts(lines, starts);
  // An item whose decision stands between its labels (Vejen: `Sagsnummer`, decision, `Sagsfremstilling`) opens
  // at no label that follows a decision: then every recurring label is tried as the opener, the most frequent first.
  for (const key of keysByFrequency(labels)) {
    if (found || key === opener) continue;
    found = titledStarts(lines, labels.filter((label) => label.key === key).map((label) => label.index));
  }
  if (!found) return [];
  const headings = withNumberedHeadingsAfter(lines, withLabelLessMarkedItems(lines, found.headings));
  return headings.map((found, position): ItemSpan => {
    const line = lines[found.index]!;
    warnings.add(line.no, 'unknown-heading', `Item heading in an unknown style, read from its recurring section labels: "${found.title}"`);
    const heading = {
      title: found.title,
      closed: found.closed,
      line: line.no,
      ...(found.number === undefined ? {} : { number: found.number }),
      ...(found.typeCode === undefined ? {} : { typeCode: found.typeCode }),
    };
    const next = headings[position + 1];
    return { heading, headingLine: line, headingIndex: found.index, bodyStart: found.bodyStart, end: next ? (next.marker ?? next.index) : lines.length };
  });
}

/**
 * Items with an access marker over their title (`Lukket punkt`) need no section labels: when every item found has
 * one, each other marker line opens an item too, its title as far below the marker as the others' (a closed item
 * shows only its heading).
 */
function withLabelLessMarkedItems(lines: readonly SourceLine[], headings: TitleLine[]): TitleLine[] {
  const first = headings[0]!;
  if (!headings.every((heading) => heading.marker !== undefined)) return headings;
  const used = new Set(headings.map((heading) => heading.marker));
  const more: TitleLine[] = [];
  for (let index = first.marker! + 1; index < lines.length; index++) {
    if (used.has(index) || !ACCESS_MARKER_LINE.test(lines[index]!.unmarked)) continue;
    const titleIndex = titleAfterMarker(lines, index);
    const text = titleIndex === undefined ? '' : lines[titleIndex]!.unmarked.trim();
    if (titleIndex === undefined || text.length === 0 || text.length > TITLE_LENGTH || readSectionHeading(lines[titleIndex]!)) continue;
    const numberIndex = nonBlankAfter(lines, titleIndex, 1);
    const number = numberIndex === undefined ? null : BARE_NUMBER.exec(lines[numberIndex]!.unmarked.trim());
    const found: TitleLine = { index: titleIndex, title: text, marker: index, closed: /^lukket/iu.test(lines[index]!.unmarked), bodyStart: number ? numberIndex! + 1 : titleIndex + 1 };
    if (number) found.number = Number(number[1]);
    more.push(found);
  }
  return more.length === 0 ? headings : [...headings, ...more].sort((a, b) => a.index - b.index);
}

/** The title under an access marker: the first line after it that is not part of a page's head (nor a bare number). */
function titleAfterMarker(lines: readonly SourceLine[], marker: number): number | undefined {
  for (let index = marker + 1; index < lines.length && index <= marker + PAGE_HEAD_REACH + 1; index++) {
    const line = lines[index]!;
    if (line.blank || isPageHeadLine(line.unmarked.trim())) continue;
    return BARE_NUMBER.test(line.unmarked.trim()) ? undefined : index;
  }
  return undefined;
}

/** A line of a page's head: its counter or a running head ending in the page, the document's kind, the municipality, the organ. */
function isPageHeadLine(text: string): boolean {
  return PAGE_MARK.test(text) || PAGE_HEAD_LINE.test(text) || isRunningHead(text);
}

/** The `count`th non-blank line after `from`. */
function nonBlankAfter(lines: readonly SourceLine[], from: number, count: number): number | undefined {
  let seen = 0;
  for (let index = from + 1; index < lines.length; index++) {
    if (lines[index]!.blank) continue;
    seen += 1;
    if (seen === count) return index;
  }
  return undefined;
}

function labelLines(lines: readonly SourceLine[]): LabelLine[] {
  const labels: LabelLine[] = [];
  lines.forEach((line, index) => {
    if (line.blank) return;
    const section = readSectionHeading(line);
    if (section) labels.push({ index, key: section.heading, decision: section.kind === 'decision' });
    else if (CASE_NUMBER_LABEL.test(line.unmarked)) labels.push({ index, key: CASE_LABEL_KEY, decision: false });
    else if (readDecisionBlockHeading(line.unmarked)) labels.push({ index, key: 'decision-block', decision: true });
  });
  return labels;
}

/** The first label of the document and the first after each decision: where an item's sequence may start. */
function firstLabelsOfBlocks(labels: readonly LabelLine[]): LabelLine[] {
  const firsts: LabelLine[] = [];
  let open = true;
  for (const label of labels) {
    if (label.decision) open = true;
    else if (open) {
      firsts.push(label);
      open = false;
    }
  }
  return firsts;
}

/** Items opening at `starts`, when there are two or more and a title line stands before each. */
function titledStarts(lines: readonly SourceLine[], starts: readonly number[]): { starts: readonly number[]; headings: TitleLine[] } | undefined {
  if (starts.length < 2) return undefined;
  const titles = starts.map((start, position) => titleBefore(lines, start, position === 0 ? -1 : starts[position - 1]!));
  // A title before every start is the evidence of a heading style; without it the untitled reading stands.
  return titles.every((title) => title !== undefined) ? { starts, headings: titles as TitleLine[] } : undefined;
}

/** The keys seen at least twice, the most frequent first (on a tie the one seen first). */
function keysByFrequency(labels: readonly LabelLine[]): string[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/** The key seen most often; on a tie the one seen first. */
function mostFrequentKey(labels: readonly LabelLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
  let best: string | undefined;
  for (const [key, count] of counts) if (best === undefined || count > counts.get(best)!) best = key;
  return best;
}

/**
 * The nearest non-blank line before the opening label, after the previous item's opening label. A line ending in
 * a full stop without a leading number is taken for the previous decision's last sentence, not a title.
 */
function titleBefore(lines: readonly SourceLine[], start: number, previousStart: number): TitleLine | undefined {
  const found = titleAboveFields(lines, start, previousStart);
  // `Lukket sag` among the field lines under the title closes the item.
  if (found && !found.closed && closedAccessBetween(lines, found.bodyStart, start)) return { ...found, closed: true };
  return found;
}

function closedAccessBetween(lines: readonly SourceLine[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const text = lines[index]!.unmarked;
    if (ACCESS_MARKER_LINE.test(text) && /^lukket/iu.test(text)) return true;
  }
  return false;
}

function titleAboveFields(lines: readonly SourceLine[], start: number, previousStart: number): TitleLine | undefined {
  let index = start - 1;
  for (let fields = 0; ; fields++) {
    while (index > previousStart && lines[index]!.blank) index -= 1;
    // A page's head that fell between the heading and its first label is passed over.
    index = pastPageHeadAbove(lines, index, previousStart);
    // A field line between title and label (`Beslutningskompetence: KB`, a case number alone) is passed over.
    if (index <= previousStart || fields === MAX_FIELD_LINES || !isFieldLine(lines[index]!.unmarked.trim())) break;
    index -= 1;
  }
  if (index <= previousStart) return undefined;
  const line = lines[index]!;
  const text = line.unmarked.trim();
  if (text.length === 0 || text.length > TITLE_LENGTH || readSectionHeading(line) || CASE_NUMBER_LABEL.test(text)) return undefined;
  const bare = BARE_NUMBER.exec(text);
  if (bare) {
    // The number alone under the title: the whole line above it is the title (`1. anslået regnskab 2012` too).
    let above = index - 1;
    while (above > previousStart && lines[above]!.blank) above -= 1;
    // A page's head printed between the title and its number: the title is the line before it.
    above = pastPageHeadAbove(lines, above, previousStart);
    const title = above > previousStart ? lines[above]!.unmarked.trim() : '';
    if (title.length === 0 || title.length > TITLE_LENGTH || readSectionHeading(lines[above]!) || CASE_NUMBER_LABEL.test(title)) return undefined;
    return withMarker(lines, { index: above, bodyStart: index + 1, title, closed: false, number: Number(bare[1]) }, previousStart);
  }
  const under = NUMBER_UNDER_TITLE.exec(text);
  if (under) {
    const above = titleBefore(lines, index, previousStart);
    return above && above.number === undefined ? { ...above, number: Number(under.groups!.number), bodyStart: index + 1 } : undefined;
  }
  const bodyStart = index + 1;
  const loose = readLooseNumbering(text);
  if (loose) return withMarker(lines, { index, bodyStart, ...readTitle(loose.title), number: loose.number }, previousStart);
  const numbered = LEADING_NUMBER.exec(text);
  if (numbered) return withMarker(lines, { index, bodyStart, ...readTitle(numbered[2]!.trim()), number: Number(numbered[1]) }, previousStart);
  if (/[.!?]$/u.test(text)) return undefined;
  return withMarker(lines, wrappedTitle(lines, index, previousStart) ?? { index, bodyStart, ...readTitle(text) }, previousStart);
}

/**
 * A title wrapped after a dash or a comma (`40 Ansøgning om fritagelse for grundskyld -` / `Struer Museum`): the
 * numbered line before the line found, joined with it.
 */
function wrappedTitle(lines: readonly SourceLine[], index: number, previousStart: number): TitleLine | undefined {
  let before = index - 1;
  while (before > previousStart && lines[before]!.blank) before -= 1;
  if (before <= previousStart) return undefined;
  const first = lines[before]!.unmarked.trim();
  if (!/[-–,]$/u.test(first)) return undefined;
  const numbered = LEADING_NUMBER.exec(first);
  if (!numbered || first.length + lines[index]!.unmarked.length > TITLE_LENGTH) return undefined;
  return { index: before, bodyStart: index + 1, ...readTitle(`${numbered[2]!.trim()} ${lines[index]!.unmarked.trim()}`), number: Number(numbered[1]) };
}

/**
 * Items numbered on, after the last item the labels opened, that print none of its labels (a closed item that prints
 * only its heading, the last of the document): a line numbered in the same style with the next number, and a
 * capital after it. Only when every item the labels opened is numbered, in rising order.
 */
function withNumberedHeadingsAfter(lines: readonly SourceLine[], found: TitleLine[]): TitleLine[] {
  const numbers = found.map((title) => title.number);
  if (found.length === 0 || numbers.some((number, position) => number === undefined || (position > 0 && number <= numbers[position - 1]!))) return found;
  const headings = found.slice();
  let next = numbers.at(-1)! + 1;
  for (let index = found.at(-1)!.bodyStart + 1; index < lines.length; index++) {
    const text = lines[index]!.unmarked.trim();
    if (!text.startsWith(`${next} `) || text.length > TITLE_LENGTH) continue;
    const numbered = LEADING_NUMBER.exec(text);
    if (!numbered || Number(numbered[1]) !== next || !/^\p{Lu}/u.test(numbered[2]!)) continue;
    headings.push({ index, bodyStart: index + 1, ...readTitle(numbered[2]!.trim()), number: next });
    next++;
  }
  return headings;
}

/** How many lines a page's head may hold (`Side 1 af 60`, the running head, the municipality, the organ, `Protokol`). */
const PAGE_HEAD_REACH = 6;
/** What marks a page's head: its counter (`Side 3`, `Side 1 af 60`) or a running head ending in the page (`..., s. 4`). */
const PAGE_MARK = /^side\s+\d+(?:\s+af\s+\d+)?$|,\s*s\.\s*\d+$/iu;
/** The other lines of a page's head: the document's kind and the municipality. */
const PAGE_HEAD_LINE = /^(?:protokol|referat|beslutningsprotokol)$|^\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s+kommune$/iu;

/**
 * The line at `index`, or, when a page's head stands there (a page mark among short head lines), the nearest line
 * above that head.
 */
function pastPageHeadAbove(lines: readonly SourceLine[], index: number, previousStart: number): number {
  let at = index;
  let marked = false;
  for (let seen = 0; at > previousStart && seen < PAGE_HEAD_REACH; at--) {
    const line = lines[at]!;
    if (line.blank) continue;
    const text = line.unmarked.trim();
    const mark = PAGE_MARK.test(text);
    if (!mark && !isPageHeadLine(text)) break;
    marked ||= mark || line.pageBreak;
    seen += 1;
  }
  return marked && at > previousStart ? at : index;
}

/** The access marker a few lines over the title (`Åbent punkt`, `Lukket punkt`), when there is one. */
function withMarker(lines: readonly SourceLine[], title: TitleLine, previousStart: number): TitleLine {
  let seen = 0;
  for (let index = title.index - 1; index > previousStart && seen < MARKER_REACH && index >= title.index - PAGE_HEAD_REACH - MARKER_REACH; index--) {
    if (lines[index]!.blank) continue;
    const text = lines[index]!.unmarked.trim();
    // A page's head between the marker and the title is passed over.
    if (!ACCESS_MARKER_LINE.test(text) && isPageHeadLine(text)) continue;
    seen += 1;
    if (ACCESS_MARKER_LINE.test(lines[index]!.unmarked)) {
      title.marker = index;
      title.closed ||= /^lukket/iu.test(lines[index]!.unmarked);
      break;
    }
  }
  return title;
}
