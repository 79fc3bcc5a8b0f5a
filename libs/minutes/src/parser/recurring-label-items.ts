import { readDecisionBlockHeading } from './decision-blocks.js';
import { readCaseNumberLine } from './case-number.js';
import { readTitle } from './item-heading.parser.js';
import type { ItemSpan } from './item-spans.js';
import { readLooseNumbering } from './numbered-sequence-items.js';
import { contentsTitleKeys, headingKey, keyOfLine, standsAboveToo } from './recurring-title-lines.js';
import { isRunningHead } from './running-head.js';
import { readSectionHeading } from './section-heading.js';
import type { SourceLine } from './source-line.js';
import { CASE_NUMBER_LABEL } from './vocabulary/case-numbers.js';
import { ACCESS_MARKER_LINE } from './vocabulary/closed-markers.js';
import { CONTENTS_HEADING } from './vocabulary/noise.js';
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

/** What tells a title from the lines around it in this document. */
interface TitleContext {
  /** The titles a contents list names (title keys): where one stands over an item's labels, it is the title. */
  contents: ReadonlySet<string>;
  /** The contents list's last line: the titles it names stand after it. */
  contentsEnd: number;
  /** Lines repeated over several items (a group line under each title): never a title. */
  skip: ReadonlySet<string>;
  /** The numbers the contents list prints before its titles, by title key (empty when it prints none). */
  numbers: ReadonlyMap<string, number>;
}

const CASE_LABEL_KEY = 'case-number';
const CASE_LINE_KEY = 'case-number-alone';
// How often the group lines found are passed over and the titles read again.
const GROUP_LINE_ROUNDS = 3;
const MAX_FIELD_LINES = 3;
// `Label: short value`: a field of the item, not its title.
const SHORT_FIELD = /^[\p{L}-]{3,30}\s*:\s*\S{1,12}$/u;
// A type word alone (`Beslutningssag`) says what kind of item follows, not its title.
const TYPE_WORD = /^(?:beslutningssag|orienteringssag|drøftelsessag|godkendelsessag|høringssag|temasag)$/iu;
// A date alone (a table's column of meeting dates) is no title.
const DATE_LINE = /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/u;
// An access field with its value left empty (`Åbent - ` where the case number would follow).
const EMPTY_ACCESS_FIELD = /^(?:åben|åbent|lukket)\s*[-–]$/iu;
const isCaseNumberLine = (text: string) => EMPTY_ACCESS_FIELD.test(text) || readCaseNumberLine(text) !== undefined;
// A reference in brackets alone under the title (`(MFU 301/2002)`) annotates the item; it is no title.
const BRACKETED_LINE = /^\([^()]*\)$/u;
// A member with a party letter (`Lars Bro (V)`, an absence noted under the title) is no title: a title has words
// in lower case or is set in capitals.
const MEMBER_LINE = /^\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+){1,3}\s+\(\p{Lu}{1,2}\)$/u;
const isFieldLine = (text: string) =>
  BRACKETED_LINE.test(text) ||
  MEMBER_LINE.test(text) ||
  ITEM_FIELD_LINE.test(text) || SHORT_FIELD.test(text) || TYPE_WORD.test(text) || EMPTY_ACCESS_FIELD.test(text) || readCaseNumberLine(text) !== undefined ||
  // Tønder's `Åben sag` / `Lukket sag` under the title, over `Sagsnr.:`, is the item's access, also a field.
  ACCESS_MARKER_LINE.test(text);
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
  const opener = keyInMostBlocks(labels, mostFrequentKey(inFirstBlock ? firsts.slice(1) : firsts));
  const starts = firsts.filter((label) => label.key === opener).map((label) => label.index);
  // The head and the contents come before the first item and may hold labels of their own (`Sag nr:` over the
  // contents): in that first block the first item opens at the opener's first label, wherever it stands.
  const firstOpener = labels.find((label) => label.key === opener);
  if (firstOpener && starts[0] !== undefined && firstOpener.index < starts[0] && !labels.some((label) => label.decision && label.index < firstOpener.index)) starts.unshift(firstOpener.index);
  const labelIndexes = new Set(labels.map((label) => label.index));
  let found = titledStarts(lines, startsAfterDecisions(labels, opener, starts), labelIndexes);
  // An item whose decision stands between its labels (Vejen: `Sagsnummer`, decision, `Sagsfremstilling`) opens
  // at no label that follows a decision: then every recurring label is tried as the opener, the most frequent first.
  for (const key of keysByFrequency(labels)) {
    if (found || key === opener) continue;
    found = titledStarts(lines, labels.filter((label) => label.key === key).map((label) => ({ index: label.index })), labelIndexes);
  }
  if (!found) return [];
  const labelled = withDecidedItemBefore(lines, labels, found.headings, found.context);
  const headings = numberedByContents(
    lines,
    withClosedMarkedItems(
      lines,
      labels,
      withContentsTitledItems(lines, withNumberedHeadingsAfter(lines, withLabelLessMarkedItems(lines, labelled)), found.context.contents),
    ),
    found.context.numbers,
  );
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
    if (used.has(index) || !ACCESS_MARKER_LINE.test(lines[index]!.unmarked) || nextToAnotherMarker(lines, index)) continue;
    const titleIndex = titleAfterMarker(lines, index);
    const text = titleIndex === undefined ? '' : lines[titleIndex]!.unmarked.trim();
    if (titleIndex === undefined || text.length === 0 || text.length > TITLE_LENGTH || readSectionHeading(lines[titleIndex]!)) continue;
    // The title may carry its number as the other headings do (`8 Salg af areal` under `Lukket punkt`, a closed item shown
    // by its heading alone); else a bare number under the title is the item's.
    const numbered = numberedTitle(text);
    const numberIndex = numbered ? undefined : nonBlankAfter(lines, titleIndex, 1);
    const number = numberIndex === undefined ? null : BARE_NUMBER.exec(lines[numberIndex]!.unmarked.trim());
    const marked = /^lukket/iu.test(lines[index]!.unmarked);
    const found: TitleLine = numbered
      ? { index: titleIndex, marker: index, bodyStart: titleIndex + 1, ...numbered, closed: marked || numbered.closed }
      : { index: titleIndex, title: text, marker: index, closed: marked, bodyStart: number ? numberIndex! + 1 : titleIndex + 1 };
    if (number) found.number = Number(number[1]);
    more.push(found);
  }
  return more.length === 0 ? headings : [...headings, ...more].sort((a, b) => a.index - b.index);
}

/** A title line that begins with its number, read as the headings found at their labels are (loose numbering first). */
function numberedTitle(text: string): (ReturnType<typeof readTitle> & { number: number }) | undefined {
  const loose = readLooseNumbering(text);
  if (loose) return { ...readTitle(loose.title), number: loose.number };
  const leading = LEADING_NUMBER.exec(text);
  return leading ? { ...readTitle(leading[2]!.trim()), number: Number(leading[1]) } : undefined;
}

/** A marker beside another (`Åbent punkt` / `Lukket punkt` heading a table's columns) marks no item. */
function nextToAnotherMarker(lines: readonly SourceLine[], index: number): boolean {
  const before = nonBlankBefore(lines, index);
  const after = nonBlankAfter(lines, index, 1);
  return [before, after].some((at) => at !== undefined && ACCESS_MARKER_LINE.test(lines[at]!.unmarked));
}

function nonBlankBefore(lines: readonly SourceLine[], index: number): number | undefined {
  for (let at = index - 1; at >= 0; at--) if (!lines[at]!.blank) return at;
  return undefined;
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

/** A page's counter, the document's kind or the municipality (not the organ's name: a title may end in one). */
const isPageMarkOrHeadLine = (text: string) => PAGE_MARK.test(text) || PAGE_HEAD_LINE.test(text);

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
    // A case number alone on its line (`01.05.00-P15-2-22`, `Åbent - 00.30.10-S00-6-24`, or `Åbent - ` with the
    // number left out) stands under each title like a label.
    else if (isCaseNumberLine(line.unmarked.trim())) labels.push({ index, key: CASE_LINE_KEY, decision: false });
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

/**
 * Items opening at `starts`, when there are two or more and a title line stands before each. A line read as the
 * title of two items, or printed a few lines over its own item too, is a group line (`A. Sager til afgørelse i
 * byrådet` under each title): it is passed over and the titles are read again.
 */
function titledStarts(
  lines: readonly SourceLine[],
  openings: readonly OpeningLabel[],
  labels: ReadonlySet<number>,
): { starts: readonly number[]; headings: TitleLine[]; context: TitleContext } | undefined {
  if (openings.length < 2) return undefined;
  const starts = openings.map((opening) => opening.index);
  const { keys: contents, end: contentsEnd, numbers } = contentsTitleKeys(lines, starts[0]!, labels, isPageMarkOrHeadLine);
  const skip = new Set<string>();
  const context: TitleContext = { contents, contentsEnd, skip, numbers };
  const titleOf = (opening: OpeningLabel, previousStart: number) =>
    (opening.earlier === undefined ? undefined : plainTitle(lines, titleBefore(lines, opening.earlier, previousStart, context))) ??
    titleBefore(lines, opening.index, previousStart, context);
  const read = () => openings.map((opening, position) => titleOf(opening, position === 0 ? -1 : starts[position - 1]!));
  let titles = read();
  for (let round = 0; round < GROUP_LINE_ROUNDS; round++) {
    const groups = groupLines(lines, starts, titles, contents);
    if (groups.length === 0) break;
    for (const key of groups) skip.add(key);
    titles = read();
  }
  // A title before every start is the evidence of a heading style; without it the untitled reading stands.
  return titles.every((title) => title !== undefined) ? { starts, headings: titles as TitleLine[], context } : undefined;
}

// A decision's last lines over the next label (`Imod stemte: Ø`, `1 medlem (Ø) stemmer imod.`) are no title.
const NOT_PLAIN_TITLE = /^[^:]{1,40}:\s+\S|^\d|[^\s.][.!?]$/u;

/**
 * The title when its line is a plain title (no field, number, sentence, line of a page's head or contents heading): an earlier label
 * must show one to open an item.
 */
function plainTitle(lines: readonly SourceLine[], title: TitleLine | undefined): TitleLine | undefined {
  const text = title ? lines[title.index]!.unmarked.trim() : '';
  return title && !NOT_PLAIN_TITLE.test(text) && !isPageHeadLine(text) && !CONTENTS_HEADING.test(text) ? title : undefined;
}

/** The title keys read for two neighbouring starts, or standing over their own title too (not a contents list's titles). */
function groupLines(lines: readonly SourceLine[], starts: readonly number[], titles: readonly (TitleLine | undefined)[], contents: ReadonlySet<string>): string[] {
  const groups = new Set<string>();
  let previousKey = '';
  titles.forEach((title, position) => {
    const key = title ? keyOfLine(lines, title.index) : '';
    // (The same titles in the same order again are a document printed twice, not a group: only neighbours count.)
    if (key.length > 0 && !contents.has(key)) {
      if (key === previousKey || standsAboveToo(lines, title!.index, position === 0 ? -1 : starts[position - 1]!, key)) groups.add(key);
    }
    previousKey = key;
  });
  return [...groups];
}

// How far over its first label a title named in the contents may stand (field lines, a table of earlier treatments).
const CONTENTS_TITLE_REACH = 24;

/** The nearest line over the opening label, after the previous item's and after the contents list, that the list names. */
function contentsTitleBefore(lines: readonly SourceLine[], start: number, previousStart: number, context: TitleContext): TitleLine | undefined {
  const { contents } = context;
  for (let index = start - 1, seen = 0; index > Math.max(previousStart, context.contentsEnd) && seen < CONTENTS_TITLE_REACH; index--) {
    const line = lines[index]!;
    if (line.blank) continue;
    seen += 1;
    if (!contents.has(keyOfLine(lines, index))) continue;
    const text = line.unmarked.trim();
    const numbered = LEADING_NUMBER.exec(text);
    const title = numbered ? { ...readTitle(numbered[2]!.trim()), number: Number(numbered[1]) } : readTitle(text);
    // The item's number alone under the title (a number box in a PDF protocol).
    const under = nonBlankAfter(lines, index, 1);
    const bare = under === undefined || numbered ? null : BARE_NUMBER.exec(lines[under]!.unmarked.trim());
    const found: TitleLine = { index: firstCopyOf(lines, index, previousStart), bodyStart: bare ? under! + 1 : index + 1, ...title };
    if (bare) found.number = Number(bare[1]);
    return withMarker(lines, found, previousStart);
  }
  return undefined;
}

/** A heading printed twice (`Titel` / `Titel`, blank lines between): the item opens at its first copy. */
function firstCopyOf(lines: readonly SourceLine[], index: number, previousStart: number): number {
  const key = keyOfLine(lines, index);
  let first = index;
  for (let at = index - 1; at > previousStart; at--) {
    if (lines[at]!.blank) continue;
    if (keyOfLine(lines, at) !== key) break;
    first = at;
  }
  return first;
}

/**
 * Closed items that print only their heading, with its closed marker (`Lukket punkt: Personalesag`, `LUKKET Køb af
 * ejendom`, `Salg af grund (Lukket)`): a line after the first item that holds a title marked closed and nothing else.
 */
function withClosedMarkedItems(lines: readonly SourceLine[], labels: readonly LabelLine[], headings: TitleLine[]): TitleLine[] {
  const taken = new Set(headings.flatMap((heading) => [heading.index, heading.marker]));
  for (const label of labels) taken.add(label.index);
  // A heading printed again (over the decision, or once with its marker and once without) opens no second item.
  const named = new Set(headings.map((heading) => headingKey(heading.title)));
  const more: TitleLine[] = [];
  for (let index = headings[0]!.bodyStart; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank || taken.has(index) || !/lukket|closed/iu.test(line.unmarked)) continue;
    const text = line.unmarked.trim();
    if (text.length > TITLE_LENGTH || ACCESS_MARKER_LINE.test(text) || isCaseNumberLine(text) || /[^\s.][.!?]$/u.test(text)) continue;
    const title = readTitle(text);
    if (!title.closed || !/^\p{L}/u.test(title.title) || named.has(headingKey(title.title))) continue;
    named.add(headingKey(title.title));
    more.push({ index, bodyStart: index + 1, ...title });
  }
  return more.length === 0 ? headings : [...headings, ...more].sort((a, b) => a.index - b.index);
}

/**
 * An item before the first one the labels open that shows only its decision (`Godkendelse af dagsorden` over
 * `Beslutning Byrådet, 24.03.2015`): a decision before the first item is an item's, its plain title over it.
 */
function withDecidedItemBefore(lines: readonly SourceLine[], labels: readonly LabelLine[], headings: TitleLine[], context: TitleContext): TitleLine[] {
  const first = headings[0]!;
  const opens = first.marker ?? first.index;
  const decision = labels.find((label) => label.decision && label.index < opens);
  if (!decision || labels.some((label) => !label.decision && label.index < decision.index)) return headings;
  const title = plainTitle(lines, titleBefore(lines, decision.index, -1, context));
  return title ? [title, ...headings] : headings;
}

/**
 * Headings that print no number, under an agenda that does (`1. Godkendelse af dagsorden` in the list, the heading
 * `Godkendelse af dagsorden` alone: Word's automatic heading numbers lost by a text export, Apache Tika's or a copy,
 * while the agenda's list numbers were kept as text): each takes the number its title has in the list. Only when no
 * heading printed a number of its own.
 */
function numberedByContents(lines: readonly SourceLine[], headings: TitleLine[], numbers: ReadonlyMap<string, number>): TitleLine[] {
  if (numbers.size === 0 || headings.some((heading) => heading.number !== undefined)) return headings;
  return headings.map((heading) => {
    const number = numbers.get(keyOfLine(lines, heading.index));
    return number === undefined ? heading : { ...heading, number };
  });
}

/**
 * Items a contents list names that open with none of the labels (a closed item that prints only its heading, a last
 * `Eventuelt`): the first line after the first item that holds such a title alone.
 */
function withContentsTitledItems(lines: readonly SourceLine[], headings: TitleLine[], contents: ReadonlySet<string>): TitleLine[] {
  if (contents.size === 0) return headings;
  const named = new Set(headings.map((heading) => keyOfLine(lines, heading.index)));
  const taken = new Set(headings.map((heading) => heading.index));
  const more: TitleLine[] = [];
  for (let index = headings[0]!.bodyStart; index < lines.length; index++) {
    if (lines[index]!.blank || taken.has(index)) continue;
    const key = keyOfLine(lines, index);
    if (!contents.has(key) || named.has(key)) continue;
    named.add(key);
    more.push({ index, bodyStart: index + 1, ...readTitle(lines[index]!.unmarked.trim()) });
  }
  return more.length === 0 ? headings : [...headings, ...more].sort((a, b) => a.index - b.index);
}

/** Where an item opens: its opening label, and an earlier label after the decision before that may open it instead. */
interface OpeningLabel {
  index: number;
  earlier?: number;
}

/**
 * Every label of the opener's key with a decision between it and the start before: an item whose decision is followed
 * by more labels (`Beslutning`, `Sagsfremstilling`) opens at the opener all the same, not only after a decision. The
 * first label after that decision may open the item instead (an optional label over the opener): it does when a
 * title stands over it.
 */
function startsAfterDecisions(labels: readonly LabelLine[], opener: string | undefined, starts: readonly number[]): OpeningLabel[] {
  if (starts.length === 0) return [];
  const found: OpeningLabel[] = [{ index: starts[0]! }];
  let decided = false;
  // The first label after the decision before (an optional `Tidligere behandling` over the opener, or the rest of the
  // item before: which one, its title tells).
  let firstAfterDecision: number | undefined;
  for (const label of labels) {
    if (label.index <= starts[0]!) continue;
    if (label.decision) {
      decided = true;
      firstAfterDecision = undefined;
      continue;
    }
    firstAfterDecision ??= label.index;
    if (label.key === opener && decided) {
      found.push(firstAfterDecision === label.index ? { index: label.index } : { index: label.index, earlier: firstAfterDecision });
      decided = false;
    }
  }
  return found.length > starts.length ? found : starts.map((index) => ({ index }));
}

/** The keys seen at least twice, the most frequent first (on a tie the one seen first). */
function keysByFrequency(labels: readonly LabelLine[]): string[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/**
 * The key that stands in the most blocks between decisions, `preferred` unless another stands in more: an optional
 * label first in some items (`Tidligere behandling`) gives way to the one every item holds (`Indhold`).
 */
function keyInMostBlocks(labels: readonly LabelLine[], preferred: string | undefined): string | undefined {
  const blocks = new Map<string, number>();
  let block = new Set<string>();
  const close = () => {
    for (const key of block) blocks.set(key, (blocks.get(key) ?? 0) + 1);
    block = new Set<string>();
  };
  for (const label of labels) {
    if (label.decision) close();
    else block.add(label.key);
  }
  close();
  let best = preferred;
  for (const [key, count] of blocks) if (count > (best === undefined ? 0 : (blocks.get(best) ?? 0))) best = key;
  return best;
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
function titleBefore(lines: readonly SourceLine[], start: number, previousStart: number, context: TitleContext): TitleLine | undefined {
  const found = titleAboveFields(lines, start, previousStart, context);
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

function titleAboveFields(lines: readonly SourceLine[], start: number, previousStart: number, context: TitleContext): TitleLine | undefined {
  const named = context.contents.size > 0 ? contentsTitleBefore(lines, start, previousStart, context) : undefined;
  if (named) return named;
  let index = start - 1;
  for (let fields = 0; ; ) {
    while (index > previousStart && lines[index]!.blank) index -= 1;
    // A page's head that fell between the heading and its first label is passed over.
    index = pastPageHeadAbove(lines, index, previousStart);
    if (index <= previousStart) break;
    // A field line between title and label (`Beslutningskompetence: KB`, a case number alone, a table's access
    // columns and date) is passed over, and so is a group line (any number of them).
    const text = lines[index]!.unmarked.trim();
    const grouped = context.skip.size > 0 && context.skip.has(keyOfLine(lines, index));
    if (!grouped && (fields === MAX_FIELD_LINES || !(isFieldLine(text) || ACCESS_MARKER_LINE.test(text) || DATE_LINE.test(text)))) break;
    if (!grouped) fields += 1;
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
    const above = titleBefore(lines, index, previousStart, context);
    return above && above.number === undefined ? { ...above, number: Number(under.groups!.number), bodyStart: index + 1 } : undefined;
  }
  const bodyStart = index + 1;
  const loose = readLooseNumbering(text);
  if (loose) return withMarker(lines, { index, bodyStart, ...readTitle(loose.title), number: loose.number }, previousStart);
  const numbered = LEADING_NUMBER.exec(text);
  if (numbered) return withMarker(lines, { index, bodyStart, ...readTitle(numbered[2]!.trim()), number: Number(numbered[1]) }, previousStart);
  // (A dot after a space, `Titel .`, is a contents leader's remnant, not a full stop.)
  if (/[^\s.][.!?]$/u.test(text)) return undefined;
  return withMarker(lines, wrappedTitle(lines, index, previousStart) ?? { index, bodyStart, ...readTitle(text) }, previousStart);
}

/**
 * A title wrapped after a dash or a comma (`40 Ansøgning om fritagelse for grundskyld -` / `Struer Museum`), or before a
 * word in lower case: the numbered line before the line found, joined with it.
 */
function wrappedTitle(lines: readonly SourceLine[], index: number, previousStart: number): TitleLine | undefined {
  let before = index - 1;
  while (before > previousStart && lines[before]!.blank) before -= 1;
  if (before <= previousStart) return undefined;
  const first = lines[before]!.unmarked.trim();
  // Wrapped after a hyphen, a dash or a comma, or before a word in lower case (a narrower column's wrap: `3 Forslag til
  // lokalplan for et boligområde` / `ved Søndre Allé`).
  if (!/[-–,]$/u.test(first) && !/^\p{Ll}/u.test(lines[index]!.unmarked.trim())) return undefined;
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
