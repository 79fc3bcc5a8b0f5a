import { textLine, type SourceLine } from '../source-line.js';
import { DECISION_OVERVIEW_HEAD } from '../vocabulary/table-columns.js';
import { nextLineOverFurniture, pageHeadLines } from './furniture-between-fields.js';

interface OverviewRow {
  number: number;
  title: string;
  decision: string;
  no: number;
  /** Where the row's title cell starts on its line. */
  titleColumn: number;
}

/** How long a heading's numbering before its title may be (`Dagsordenspunkt nr. 12: `). */
const HEADING_PREFIX_LENGTH = 26;

/** A row's first line: its number at the margin, then the title's cell. */
const ROW_START = /^\s*(\d{1,3})\.?\s+\S/u;

/**
 * Where a line's decision cell begins: at the head's column, or the nearest place a few characters beside it where a run
 * of spaces ends (a tab that indents one line and not the head shifts its cells by one; an extraction's margin by more).
 * Words inside a cell stand one space apart, so a run of two ends a cell.
 */
function cellStart(text: string, column: number): number {
  for (let offset = 0; offset <= CELL_SHIFT; offset++) {
    for (const at of offset === 0 ? [column] : [column - offset, column + offset]) {
      if (at >= 2 && at < text.length && !SPACING.test(text[at]!) && SPACING.test(text[at - 1]!) && SPACING.test(text[at - 2]!)) return at;
    }
  }
  return column;
}

/** How far from the head's column a line's decision cell may begin. */
const CELL_SHIFT = 8;

const SPACING = /\s/u;

/** A line opening with a lower-case word. */
const LOWER_CASE_TAIL = /^\p{Ll}/u;

/**
 * A referat whose decisions stand together in one table after all items (`Beslutningsoversigt` / `Pkt.  Emne
 * Beslutning`, columns laid by spaces, a cell wrapped over the lines under its row): each row's decision is the item's,
 * written as a `Beslutning` section at the end of that item's text (the last heading before the table that carries the
 * row's number and begins with its title), so that the item reads as any labelled item does; the table goes. An item
 * that has a `Beslutning` of its own keeps it. Other texts pass unchanged (the caller asks first whether the text
 * holds the head row's last column name after spaces).
 */
export function readDecisionOverview(lines: readonly SourceLine[]): SourceLine[] {
  const headIndex = lines.findIndex((line) => DECISION_OVERVIEW_HEAD.test(line.text));
  if (headIndex < 0) return lines as SourceLine[];
  // (Columns are measured on the line as written: its text has lost the margin a wrapped cell's line starts with.)
  const head = lines[headIndex]!.raw;
  const column = head.trimEnd().length - DECISION_OVERVIEW_HEAD.exec(lines[headIndex]!.text)![1]!.length;
  const rows: OverviewRow[] = [];
  // A page's counter and head may stand between two rows (the table goes on over a page break): passed over, kept.
  const pageHead = pageHeadLines(lines);
  const furniture: number[] = [];
  let end = headIndex + 1;
  for (; end < lines.length; end++) {
    const seen = furniture.length;
    const next = nextLineOverFurniture(lines, end, pageHead, furniture);
    if (next < 0 || lines[next]!.blank) {
      furniture.length = seen;
      break;
    }
    const text = lines[next]!.raw;
    const start = ROW_START.exec(text);
    if (start && text.length > column) {
      const cell = cellStart(text, column);
      rows.push({ number: Number(start[1]), title: text.slice(start[0].length - 1, cell).trim(), decision: text.slice(cell).trim(), no: lines[next]!.no, titleColumn: start[0].length - 1 });
      end = next;
      continue;
    }
    const row = rows[rows.length - 1];
    // A decision cell's tail a narrower column wrapped out of its column: at the margin (left of the title cell), in
    // lower case (a row's own title opens with a capital or a number, a title cell's wrapped line stands in its column).
    const words = text.trimStart();
    if (row && LOWER_CASE_TAIL.test(words) && text.length - words.length < row.titleColumn && text.trimEnd().length < column) {
      row.decision = `${row.decision} ${words.trim()}`;
      end = next;
      continue;
    }
    // A wrapped cell: the lines under a row, blank at the margin.
    if (!/^\s/u.test(text) || !row) {
      furniture.length = seen;
      break;
    }
    const cell = cellStart(text, column);
    row.title = `${row.title} ${text.slice(0, cell).trim()}`.trim();
    row.decision = `${row.decision} ${text.slice(cell).trim()}`.trim();
    end = next;
  }
  if (rows.length < 2) return lines as SourceLine[];
  // Each row's item heading: the last line before the table that begins with the row's title after at most a short
  // numbering (`2. `, `Sag 2 - `, `§ 2 `, `(2) `; none where the number stands on the line over it or nowhere).
  const headings = new Map<number, number>();
  for (const [rowIndex, row] of rows.entries()) {
    const opening = row.title.split(/\s+/u).slice(0, 3).join(' ').toLowerCase();
    for (let index = headIndex - 1; index >= 0; index--) {
      const text = lines[index]!.text;
      if (text.length < opening.length) continue;
      const at = text.replace(/\s+/gu, ' ').toLowerCase().indexOf(opening);
      if (at >= 0 && at <= HEADING_PREFIX_LENGTH && !/\p{Ll}{4}/u.test(text.slice(0, at)) && !headings.has(index)) {
        headings.set(index, rowIndex);
        break;
      }
    }
  }
  if (headings.size < 2) return lines as SourceLine[];
  // The table's title line over its head row goes with it (`Beslutningsoversigt`).
  let tableStart = headIndex;
  while (tableStart > 0 && lines[tableStart - 1]!.blank) tableStart--;
  if (tableStart > 0 && lines[tableStart - 1]!.text.trim().split(/\s+/u).length <= 3 && /beslutning/iu.test(lines[tableStart - 1]!.text)) tableStart--;
  const starts = [...headings.keys()].sort((a, b) => a - b);
  const out: SourceLine[] = [];
  let open: OverviewRow | undefined;
  let labelled = false;
  const close = () => {
    if (open && !labelled) {
      out.push(textLine(open.no, 'Beslutning'), textLine(open.no, open.decision));
    }
    open = undefined;
  };
  for (let index = 0; index < tableStart; index++) {
    if (headings.has(index)) {
      close();
      open = rows[headings.get(index)!];
      labelled = false;
    } else if (open && /^beslutning\b/iu.test(lines[index]!.text.trim())) labelled = true;
    out.push(lines[index]!);
  }
  close();
  for (const index of furniture) out.push(lines[index]!);
  for (let index = end; index < lines.length; index++) out.push(lines[index]!);
  return out;
}
