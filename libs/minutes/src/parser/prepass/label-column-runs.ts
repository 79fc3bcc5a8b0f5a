import { textLine, type SourceLine } from '../source-line.js';
import { PAGE_COUNTER } from '../vocabulary/noise.js';
import { COLUMN_RUN_LABEL, COLUMN_RUN_LABEL_HEAD, COLUMN_RUN_LABEL_TAIL, NUMBERING_OVER_TITLE } from '../vocabulary/page-transcripts.js';

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
 * counter, the running footer over it, a page break). The caller asks only texts in which a label line stands over
 * `Beslutning:` (`mayHoldLabelColumnRuns`).
 */
export function readLabelColumnRuns(lines: readonly SourceLine[]): SourceLine[] {
  const repeated = repeatedLines(lines);
  const runs: { start: number; labels: LabelRun; textEnd: number }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const labels = labelRunAt(lines, index);
    if (!labels) continue;
    if (labels.labels.length >= 2) {
      const textEnd = textRunEnd(lines, labels.end, repeated);
      runs.push({ start: index, labels, textEnd });
      index = textEnd - 1;
    } else index = labels.end - 1;
  }
  if (runs.length === 0) return lines as SourceLine[];
  // The text column's width, measured over every table's text (one table's few short lines fill no column).
  let width = 0;
  for (const run of runs) for (let at = run.labels.end; at < run.textEnd; at++) width = Math.max(width, lines[at]!.text.trim().length);
  const out: SourceLine[] = [];
  let from = 0;
  for (const { start, labels, textEnd } of runs) {
    for (let at = from; at < start; at++) out.push(lines[at]!);
    from = start;
    const cells = cellsOf(lines.slice(labels.end, textEnd).filter((line) => !line.blank), labels.labels.length, width);
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
    from = textEnd;
  }
  for (let at = from; at < lines.length; at++) out.push(lines[at]!);
  return out;
}

interface LabelRun {
  labels: string[];
  /** The index after the run's last label line. */
  end: number;
}

/** The labels standing one a line from `index` on (blank lines between them passed over), if the line holds one. */
function labelRunAt(lines: readonly SourceLine[], index: number): LabelRun | undefined {
  const labels: string[] = [];
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
    break;
  }
  return labels.length === 0 ? undefined : { labels, end };
}

/** Where the text run after a label run ends. */
function textRunEnd(lines: readonly SourceLine[], start: number, repeated: ReadonlySet<string>): number {
  for (let at = start; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.blank) continue;
    const text = line.text.trim();
    // A page's end: its counter, the footer over it (a line the text repeats), or the page break after it.
    // (A counter in words, `Side 1 af 3`: digits alone, `13/2291`, are a case number's.)
    if (PAGE_COUNTER.test(text) && /\p{L}/u.test(text)) return footerStart(lines, start, at, repeated);
    if ((line.pageBreak && at > start) || labelRunAt(lines, at)) return at;
    // The next item's heading, in whatever form: the line right over the next table's labels, and a numbering alone
    // over that title (`Sag 2` / `<titel>`, `II` / `<titel>`).
    let next = at + 1;
    while (next < lines.length && lines[next]!.blank) next++;
    if (next < lines.length && labelRunAt(lines, next)) {
      let above = at - 1;
      while (above > start && lines[above]!.blank) above--;
      return above > start && NUMBERING_OVER_TITLE.test(lines[above]!.text.trim()) ? above : at;
    }
  }
  return lines.length;
}

/** The page counter's line, or the footer line right over it (repeated, or naming a date). */
function footerStart(lines: readonly SourceLine[], start: number, counter: number, repeated: ReadonlySet<string>): number {
  let above = counter - 1;
  while (above >= start && lines[above]!.blank) above--;
  if (above < start) return counter;
  const text = lines[above]!.text.trim();
  // (A footer naming the meeting, `Ældrerådet, 14. maj 2013`, on a document's only page is no repeated line.)
  return repeated.has(text) || (text.length <= 60 && /\b(?:19|20)\d{2}$/u.test(text)) ? above : counter;
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
    const full = previous.length + 1 + firstWord.length > width || previous.endsWith(',');
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
