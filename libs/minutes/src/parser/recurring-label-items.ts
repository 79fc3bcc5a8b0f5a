import { readDecisionBlockHeading } from './decision-blocks.js';
import { readTitle } from './item-heading.parser.js';
import type { ItemSpan } from './item-spans.js';
import { readSectionHeading } from './section-heading.js';
import type { SourceLine } from './source-line.js';
import { CASE_NUMBER_LABEL } from './vocabulary/case-numbers.js';
import type { WarningCollector } from './warning-collector.js';

interface LabelLine {
  index: number;
  /** The label as the table keys it; every case-number label (`Sagsnr.`, `Sagsid`) is one key. */
  key: string;
  decision: boolean;
}

interface TitleLine {
  index: number;
  title: string;
  number?: number;
}

const CASE_LABEL_KEY = 'case-number';
// A title is a few words; a longer line is prose.
const TITLE_LENGTH = 120;
// `7 Titel`, `7. Titel`, `[7] Titel`, `~7~ Titel`, `#7 - Titel`: the number before the title, marks around it.
const LEADING_NUMBER = /^[^\p{L}\d]*(\d{1,3})(?:[^\p{L}\d\s]+|\s)\s*(\S.*)$/u;

/**
 * Items of a document whose heading style no recogniser knows (`Punkt: 4` over field lines, `4 (Åben) Titel`):
 * every item repeats the same sequence of section labels, so an item opens where that sequence starts again.
 * The opening label is the one that most often comes first after a decision (or first in the document); the
 * nearest non-blank short line before it is the item's title, and its leading number the item's number.
 * Asked only where no heading of a known style was found, before the untitled readings; fewer than two starts,
 * or a start without a title line before it, is no structure, and the untitled readings stand.
 */
export function findRecurringLabelItemSpans(lines: readonly SourceLine[], warnings: WarningCollector): ItemSpan[] {
  const firsts = firstLabelsOfBlocks(labelLines(lines));
  const opener = mostFrequentKey(firsts);
  const starts = firsts.filter((label) => label.key === opener).map((label) => label.index);
  if (starts.length < 2) return [];
  const titles = starts.map((start, position) => titleBefore(lines, start, position === 0 ? -1 : starts[position - 1]!));
  // A title before every start is the evidence of a heading style; without it the untitled reading stands.
  if (!titles.every((title) => title !== undefined)) return [];
  const found = (titles as TitleLine[]).map((title, position) => ({ ...title, bodyStart: starts[position]! }));
  const headings = withNumberedHeadingsAfter(lines, found);
  return headings.map((title, position): ItemSpan => {
    const line = lines[title.index]!;
    warnings.add(line.no, 'unknown-heading', `Item heading in an unknown style, read from its recurring section labels: "${title.title}"`);
    // `43 Lukket punkt: Salg af grund`: a closed marker is no part of the title.
    const read = readTitle(title.title);
    const heading = { title: read.title, closed: read.closed, line: line.no, ...(title.number === undefined ? {} : { number: title.number }) };
    return { heading, headingLine: line, headingIndex: title.index, bodyStart: title.bodyStart, end: headings[position + 1]?.index ?? lines.length };
  });
}

/**
 * Items numbered on, after the last item the labels opened, that print none of its labels (a closed item that prints
 * only its heading, the last of the document): a line numbered in the same style with the next number, and a
 * capital after it. Only when every item the labels opened is numbered, in rising order.
 */
function withNumberedHeadingsAfter(lines: readonly SourceLine[], found: (TitleLine & { bodyStart: number })[]): (TitleLine & { bodyStart: number })[] {
  const numbers = found.map((title) => title.number);
  if (numbers.some((number, position) => number === undefined || (position > 0 && number <= numbers[position - 1]!))) return found;
  const headings = found.slice();
  let next = numbers.at(-1)! + 1;
  for (let index = found.at(-1)!.bodyStart + 1; index < lines.length; index++) {
    const text = lines[index]!.unmarked.trim();
    if (!text.startsWith(`${next} `) || text.length > TITLE_LENGTH) continue;
    const numbered = LEADING_NUMBER.exec(text);
    if (!numbered || Number(numbered[1]) !== next || !/^\p{Lu}/u.test(numbered[2]!)) continue;
    headings.push({ index, title: numbered[2]!.trim(), number: next, bodyStart: index + 1 });
    next++;
  }
  return headings;
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
  let index = start - 1;
  while (index > previousStart && lines[index]!.blank) index -= 1;
  if (index <= previousStart) return undefined;
  const line = lines[index]!;
  const text = line.unmarked.trim();
  if (text.length === 0 || text.length > TITLE_LENGTH || readSectionHeading(line) || CASE_NUMBER_LABEL.test(text)) return undefined;
  const numbered = LEADING_NUMBER.exec(text);
  if (numbered) return { index, title: numbered[2]!.trim(), number: Number(numbered[1]) };
  if (/[.!?]$/u.test(text)) return undefined;
  return wrappedTitle(lines, index, previousStart) ?? { index, title: text };
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
  return { index: before, title: `${numbered[2]!.trim()} ${lines[index]!.unmarked.trim()}`, number: Number(numbered[1]) };
}
