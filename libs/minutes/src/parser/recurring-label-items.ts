import { readDecisionBlockHeading } from './decision-blocks.js';
import { readCaseNumberLine } from './case-number.js';
import { readTitle } from './item-heading.parser.js';
import type { ItemSpan } from './item-spans.js';
import { readLooseNumbering } from './numbered-sequence-items.js';
import { readSectionHeading } from './section-heading.js';
import type { SourceLine } from './source-line.js';
import { CASE_NUMBER_LABEL } from './vocabulary/case-numbers.js';
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
}

const CASE_LABEL_KEY = 'case-number';
const MAX_FIELD_LINES = 3;
// `Label: short value`: a field of the item, not its title.
const SHORT_FIELD = /^[\p{L}-]{3,30}\s*:\s*\S{1,12}$/u;
// A type word alone (`Beslutningssag`) says what kind of item follows, not its title.
const TYPE_WORD = /^(?:beslutningssag|orienteringssag|drøftelsessag|godkendelsessag|høringssag|temasag)$/iu;
const isFieldLine = (text: string) => ITEM_FIELD_LINE.test(text) || SHORT_FIELD.test(text) || TYPE_WORD.test(text) || readCaseNumberLine(text) !== undefined;
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
  const labels = labelLines(lines);
  const firsts = firstLabelsOfBlocks(labels);
  const opener = mostFrequentKey(firsts);
  let found = titledStarts(lines, firsts.filter((label) => label.key === opener).map((label) => label.index));
  // An item whose decision stands between its labels (Vejen: `Sagsnummer`, decision, `Sagsfremstilling`) opens
  // at no label that follows a decision: then every recurring label is tried as the opener, the most frequent first.
  for (const key of keysByFrequency(labels)) {
    if (found || key === opener) continue;
    found = titledStarts(lines, labels.filter((label) => label.key === key).map((label) => label.index));
  }
  if (!found) return [];
  const { starts, headings } = found;
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
    return { heading, headingLine: line, headingIndex: found.index, bodyStart: found.bodyStart, end: headings[position + 1]?.index ?? lines.length };
  });
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
  let index = start - 1;
  for (let fields = 0; ; fields++) {
    while (index > previousStart && lines[index]!.blank) index -= 1;
    // A field line between title and label (`Beslutningskompetence: KB`, a case number alone) is passed over.
    if (index <= previousStart || fields === MAX_FIELD_LINES || !isFieldLine(lines[index]!.unmarked.trim())) break;
    index -= 1;
  }
  if (index <= previousStart) return undefined;
  const line = lines[index]!;
  const text = line.unmarked.trim();
  if (text.length === 0 || text.length > TITLE_LENGTH || readSectionHeading(line) || CASE_NUMBER_LABEL.test(text)) return undefined;
  const under = NUMBER_UNDER_TITLE.exec(text);
  if (under) {
    const above = titleBefore(lines, index, previousStart);
    return above && above.number === undefined ? { ...above, number: Number(under.groups!.number), bodyStart: index + 1 } : undefined;
  }
  const bodyStart = index + 1;
  const loose = readLooseNumbering(text);
  if (loose) return { index, bodyStart, ...readTitle(loose.title), number: loose.number };
  const numbered = LEADING_NUMBER.exec(text);
  if (numbered) return { index, bodyStart, ...readTitle(numbered[2]!.trim()), number: Number(numbered[1]) };
  if (/[.!?]$/u.test(text)) return undefined;
  return { index, bodyStart, ...readTitle(text) };
}
