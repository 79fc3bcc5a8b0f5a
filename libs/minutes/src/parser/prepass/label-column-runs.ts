import { readHeadingCandidate } from '../item-heading.parser.js';
import { textLine, type SourceLine } from '../source-line.js';
import { CONTENTS_LIST_HEADING } from '../vocabulary/contents-lists.js';
import { PAGE_COUNTER } from '../vocabulary/noise.js';
import { COLUMN_RUN_LABEL, COLUMN_RUN_LABEL_HEAD, COLUMN_RUN_LABEL_TAIL, NUMBERING_OVER_TITLE } from '../vocabulary/page-transcripts.js';
import { nextLineOverFurniture, pageHeadLines } from './furniture-between-fields.js';

/** How long a line that goes on in the next line's lower-case word is at least, in any column's width. */
const WRAPPED_LINE = 40;
/** How long a cell may be to stand beside its label. */
const INLINE_CELL = 40;

/**
 * A Word referat laid out in two-column tables (a label cell, a text cell) and extracted by `pdftotext` WITHOUT
 * -layout: each table's label column arrives as one run of lines (`Sagsnr.:` / `Sagsfremstilling:` / `Beslutning:`,
 * a long label wrapped as `Tidligere` / `behandling:`) and its text column as the run after it. Each label is given
 * its text again, in order: the text run is cut into cells (`cellsOf`), and cells beyond the labels' count belong to
 * the last label (a decision's paragraphs: the last row of an item's table). A run whose cells are fewer than its
 * labels (an empty cell) is left as it is, as is every line of other shapes.
 *
 * The text run ends at the next table (its labels, and the item heading right over them, numbered or not), or at a page's end (its
 * counter, the running footer over it, a page break). A table that a page's end parts goes on over the page's
 * furniture (its counter, the next page's repeated head): between two labels, between the next item's heading and its
 * labels, and in the text run while its cells are still fewer than its labels (a row split by the page: the cell's
 * text goes on at the next page's top). The furniture is kept after the table, where the noise pass drops it. The
 * caller asks only texts in which a label line stands over `Beslutning:` (`mayHoldLabelColumnRuns`).
 */
export function readLabelColumnRuns(lines: readonly SourceLine[]): SourceLine[] {
  const repeated = repeatedLines(lines);
  const furnitureContext: FurnitureContext = { head: pageHeadLines(lines), repeated };
  const runs: Run[] = [];
  for (let index = 0; index < lines.length; index++) {
    const labels = labelRunAt(lines, index, furnitureContext);
    if (!labels) continue;
    if (labels.labels.length >= 2) {
      const text = textRunEnd(lines, labels.end, furnitureContext);
      runs.push({ start: index, labels, text: textLinesOf(lines, labels.end, text.end), end: text.end, resume: text.resume, furniture: [...labels.furniture] });
      index = text.end - 1;
    } else index = labels.end - 1;
  }
  if (runs.length === 0) return lines as SourceLine[];
  // The text column's width, measured over every table's text (one table's few short lines fill no column).
  let width = 0;
  for (const run of runs) for (const line of run.text) width = Math.max(width, line.text.trim().length);
  for (const run of runs) goOnOverPageEnds(lines, run, width, furnitureContext);
  for (const run of runs) for (const line of run.text) width = Math.max(width, line.text.trim().length);
  const out: SourceLine[] = [];
  let from = 0;
  for (const { start, labels, text, end, furniture } of runs) {
    for (let at = from; at < start; at++) out.push(lines[at]!);
    from = start;
    const cells = cellsOf(text, labels.labels.length, width);
    // An empty cell somewhere: which text is whose cannot be told; the lines pass as they are.
    if (cells.length < labels.labels.length) continue;
    const last = labels.labels.length - 1;
    for (let at = 0; at <= last; at++) {
      const own = at < last ? [cells[at]!] : cells.slice(last);
      // A short cell stands beside its label (`Sagsnr.: 13/2291`), as a field is printed; a longer text under it, as a section's.
      if (own.length === 1 && own[0]!.text.length <= INLINE_CELL) {
        out.push(textLine(own[0]!.no, `${labels.labels[at]!} ${own[0]!.text}`, own[0]!.pageBreak));
        continue;
      }
      out.push(textLine(own[0]!.no, labels.labels[at]!, own[0]!.pageBreak));
      for (const cell of own) out.push(cell);
    }
    for (const at of [...new Set(furniture)].sort((a, b) => a - b)) out.push(lines[at]!);
    from = end;
  }
  for (let at = from; at < lines.length; at++) out.push(lines[at]!);
  return out;
}

/** A table: its labels, its text column's lines, where it ends, and the page furniture passed over inside it. */
interface Run {
  start: number;
  labels: LabelRun;
  text: SourceLine[];
  end: number;
  /** Where the text goes on after a page's end that ended the run (the next page's first line), if one did. */
  resume?: number;
  furniture: number[];
}

/** What tells a page's furniture: the lines a running head may repeat, and the lines the text holds more than once. */
interface FurnitureContext {
  head: ReadonlySet<string>;
  repeated: ReadonlySet<string>;
}

const textLinesOf = (lines: readonly SourceLine[], from: number, to: number) => lines.slice(from, to).filter((line) => !line.blank);

/**
 * A text run a page's end cut while its cells are fewer than its labels: the row goes on at the next page's top, so
 * the run does too, past the page's furniture, until its next end.
 */
function goOnOverPageEnds(lines: readonly SourceLine[], run: Run, width: number, context: FurnitureContext): void {
  while (run.resume !== undefined && cellsOf(run.text, run.labels.labels.length, width).length < run.labels.labels.length) {
    const text = textRunEnd(lines, run.resume, context);
    if (text.end <= run.resume) return;
    for (let at = run.end; at < run.resume; at++) run.furniture.push(at);
    run.text.push(...textLinesOf(lines, run.resume, text.end));
    run.end = text.end;
    run.resume = text.resume;
  }
}

interface LabelRun {
  labels: string[];
  /** The index after the run's last label line. */
  end: number;
  /** A page's furniture between two labels. */
  furniture: number[];
}

/**
 * The labels standing one a line from `index` on (blank lines between them passed over, and a page's furniture
 * between two of them), if the line holds one.
 */
function labelRunAt(lines: readonly SourceLine[], index: number, context: FurnitureContext): LabelRun | undefined {
  const labels: string[] = [];
  const furniture: number[] = [];
  let at = index;
  let end = index;
  while (at < lines.length) {
    const line = lines[at]!;
    if (line.blank) {
      at++;
      continue;
    }
    const text = line.text.trim();
    if (text.length <= 32 && COLUMN_RUN_LABEL.test(text)) {
      labels.push(text);
      end = at = at + 1;
      continue;
    }
    const tail = at + 1 < lines.length && COLUMN_RUN_LABEL_HEAD.test(text) ? COLUMN_RUN_LABEL_TAIL.exec(lines[at + 1]!.text.trim()) : null;
    if (tail) {
      labels.push(`${text} ${tail[0]}`);
      end = at = at + 2;
      continue;
    }
    // A page's end between two labels: its counter (or a page break) and the next page's head, then a label.
    if (labels.length > 0 && (line.pageBreak || isPageCounter(text))) {
      const passed: number[] = [];
      const next = nextLineOverFurniture(lines, at, context.head, passed);
      if (next > at && isLabelAt(lines, next)) {
        furniture.push(...passed);
        at = next;
        continue;
      }
    }
    break;
  }
  return labels.length === 0 ? undefined : { labels, end, furniture };
}

/** A page's counter in words (`Side 1 af 3`, `2 of 5`): digits alone, `13/2291`, are a case number's. */
const isPageCounter = (text: string) => PAGE_COUNTER.test(text) && /\p{L}/u.test(text);

/** Whether a label (one line, or a long one wrapped over two) stands at `at`. */
function isLabelAt(lines: readonly SourceLine[], at: number): boolean {
  const text = lines[at]!.text.trim();
  if (text.length <= 32 && COLUMN_RUN_LABEL.test(text)) return true;
  return at + 1 < lines.length && COLUMN_RUN_LABEL_HEAD.test(text) && COLUMN_RUN_LABEL_TAIL.test(lines[at + 1]!.text.trim());
}

/**
 * Where the text run after a label run ends, and, where a page's end ended it, the next page's first line after the
 * page's furniture (`resume`).
 */
function textRunEnd(lines: readonly SourceLine[], start: number, context: FurnitureContext): { end: number; resume?: number } {
  for (let at = start; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.blank) continue;
    const text = line.text.trim();
    // A page's end: its counter, the footer over it (a line the text repeats), or the page break after it.
    // (A counter in words, `Side 1 af 3`: digits alone, `13/2291`, are a case number's.)
    if (isPageCounter(text)) return { end: footerStart(lines, start, at, context.repeated), resume: pageTop(lines, at, context) };
    if (line.pageBreak && at > start) return { end: at, resume: pageTop(lines, at, context) };
    if (labelRunAt(lines, at, context)) return { end: at };
    // A contents list after the head's table (its heading alone on a line, a title with dot leaders): no label's cell;
    // nor is the next item's heading in a strong numbering (`Pkt. 125 Meddelelser`) whose fields stand beside their labels.
    if (isContentsLine(text) || (at > start && readHeadingCandidate(line)?.strength === 'strong')) return { end: at };
    // The next item's heading, in whatever form: the line right over the next table's labels (a page's end may stand
    // between them), and a numbering alone over that title (`Sag 2` / `<titel>`, `II` / `<titel>`).
    let next = at + 1;
    while (next < lines.length && lines[next]!.blank) next++;
    if (next < lines.length && (lines[next]!.pageBreak || isPageCounter(lines[next]!.text.trim()))) next = Math.max(next, nextLineOverFurniture(lines, next, context.head, []));
    if (next < lines.length && labelRunAt(lines, next, context)) {
      let above = at - 1;
      while (above > start && lines[above]!.blank) above--;
      return { end: above > start && NUMBERING_OVER_TITLE.test(lines[above]!.text.trim()) ? above : at };
    }
  }
  return { end: lines.length };
}

const isContentsLine = (text: string) => CONTENTS_LIST_HEADING.exec(text)?.[0].trim() === text.replace(/:$/u, '') || /\.{5,}\s*\d{0,4}$/u.test(text);

/** The first line of a page's text after its furniture from `at` on (a counter, a break, the repeated head), if any. */
function pageTop(lines: readonly SourceLine[], at: number, context: FurnitureContext): number | undefined {
  const next = nextLineOverFurniture(lines, at, context.head, []);
  if (next < 0) return undefined;
  let top = next;
  while (top < lines.length && lines[top]!.blank) top++;
  return top < lines.length ? top : undefined;
}

/** The page counter's line, or the footer line right over it (repeated, or naming a date). */
function footerStart(lines: readonly SourceLine[], start: number, counter: number, repeated: ReadonlySet<string>): number {
  let above = counter - 1;
  while (above >= start && lines[above]!.blank) above--;
  if (above < start) return counter;
  const text = lines[above]!.text.trim();
  // (A footer naming the meeting, `Ældrerådet, 14. maj 2013`, on a document's only page is no repeated line. A case
  // number, `13/2012`, ends in a year's digits too: a footer names its body in words.)
  return repeated.has(text) || (text.length <= 60 && /\b(?:19|20)\d{2}$/u.test(text) && /\p{L}/u.test(text)) ? above : counter;
}

/**
 * A text run cut into cells for `wanted` labels (`width`: the text column's). A line opens a cell where the line above could have held its first
 * word (the line above was not full: its cell ended there). Where that gives fewer cells than labels, a full line that
 * ends a sentence before a capital opens one too (a cell whose last line happened to fill the column), the least full
 * first, as many as the labels want.
 */
function cellsOf(lines: readonly SourceLine[], wanted: number, width: number): SourceLine[] {
  if (lines.length === 0) return [];
  const texts = lines.map((line) => line.text.trim());
  const opens: boolean[] = texts.map(() => false);
  const weak: number[] = [];
  for (let at = 1; at < texts.length; at++) {
    const previous = texts[at - 1]!;
    const firstWord = texts[at]!.split(' ', 1)[0]!;
    // (So is a long line whose sentence or list of names goes on: `goesOnInNextLine`.)
    // (And a wrapped line's own tail, `ydermolens` under `... skader på`, goes on in a next line in lower case; so does a
    // word hyphenated over a page's end, `bemærknin-` / `Side 2` / `ger til ...`, which no earlier pass joined.)
    const full =
      previous.length + 1 + firstWord.length > width ||
      previous.endsWith(',') ||
      goesOnInNextLine(previous, texts[at]!, width) ||
      (at >= 2 && !opens[at - 1] && isWrappedTail(previous, texts[at]!)) ||
      isHyphenated(previous, texts[at]!);
    if (!full) opens[at] = true;
    else if (/[.!?]$/u.test(previous) && /^\p{Lu}/u.test(texts[at]!)) weak.push(at);
  }
  let count = 1 + opens.filter(Boolean).length;
  weak.sort((a, b) => texts[a - 1]!.length - texts[b - 1]!.length || a - b);
  for (const at of weak) {
    if (count >= wanted) break;
    opens[at] = true;
    count++;
  }
  const cells: { no: number; pageBreak: boolean; text: string }[] = [];
  texts.forEach((text, at) => {
    if (at > 0 && !opens[at]) cells[cells.length - 1]!.text += ` ${text}`;
    else cells.push({ no: lines[at]!.no, pageBreak: lines[at]!.pageBreak, text });
  });
  return cells.map((cell) => textLine(cell.no, cell.text, cell.pageBreak));
}

/**
 * A line filling half the column or more and ending in a word goes on in the next line where that starts in lower case
 * (a wrapped sentence whose line the column's width does not tell: a hyphenated word joined onto it made it longer),
 * or where it is a comma-separated list (two commas or more) and the next line starts with a capitalised word and a
 * comma or `og` (a name wrapped: `..., Jens Peter` / `Brøndum, Svend Riis`). A short line (`kl. 18.45`) stays a cell.
 * (A line of `WRAPPED_LINE` characters fills a column narrower than the widest line: a page printed in two widths.)
 */
const goesOnInNextLine = (previous: string, text: string, width: number) =>
  (previous.length * 2 >= width || previous.length >= WRAPPED_LINE) &&
  /[\p{L}\d]$/u.test(previous) &&
  (/^\p{Ll}/u.test(text) || (previous.split(',').length >= 3 && /^\p{Lu}[\p{L}-]*(?:,|\s+og\s)/u.test(text)));

/**
 * A line that itself went on from the line above and starts and ends inside a sentence (in lower case, in a word) goes
 * on where the next line starts in lower case: the tail of a line a narrower column wrapped, however short.
 */
const isWrappedTail = (previous: string, text: string) => /^\p{Ll}/u.test(previous) && /\p{L}$/u.test(previous) && /^\p{Ll}/u.test(text);

const isHyphenated = (previous: string, text: string) => /\p{Ll}-$/u.test(previous) && /^\p{Ll}/u.test(text);

/** Lines the text holds more than once (a page's running footer among them), blank lines aside. */
function repeatedLines(lines: readonly SourceLine[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const line of lines) {
    if (line.blank) continue;
    const text = line.text.trim();
    if (seen.has(text)) repeated.add(text);
    else seen.add(text);
  }
  return repeated;
}
