import { oneBytePieceOf } from '../one-byte-runs.js';
import { normaliseSpacing, textLine, type SourceLine } from '../source-line.js';
import { BODY_COLUMN, CASE_NUMBER_COLUMN, DECISION_COLUMN, NUMBER_COLUMN, ROW_NUMBER, TEXT_COLUMN_WORD, TITLE_COLUMN } from '../vocabulary/table-columns.js';

/**
 * Where the columns stand among a row's tab-separated cells (-1: the table has none such), and how many cells a row
 * of the table has. A table has a decision column or a body column (the item's whole text), or both.
 */
interface TableColumns {
  number: number;
  title: number;
  caseNumber: number;
  decision: number;
  body: number;
  cells: number;
  /** The decision column`s head as printed, written with a colon as the label over each row`s decision (`Konklusion:`, `Referat:` are labels only so). */
  label: string;
}

const cellKey = (cell: string) => cell.trim().toLowerCase().replace(/[:.]+$/u, '');

/** How many lines a page break may put between two lines of one row (a counter, blank lines, a running head). */
const PAGE_BREAK_LINES = 6;

const cellsOfRaw = (raw: string) => (raw.includes('\f') ? raw.replace(/\f/gu, '') : raw).split('\t');
const cellsOf = (line: SourceLine) => cellsOfRaw(line.raw);

/** Spacing that `cellText` rewrites: a run of white space, or white space other than a plain space. */
const SPACING_TO_REWRITE = /\s\s|[^\S ]/u;

/** A cell's text as the other readers see a line's: odd spaces plain, runs of spaces one (rewritten only where there are any). */
const cellText = (cell: string) => {
  const spaced = normaliseSpacing(cell);
  return (SPACING_TO_REWRITE.test(spaced) ? spaced.replace(/\s+/gu, ' ') : spaced).trim();
};

/** The next line of the table's shape within a page break's reach: a row's continuation (no number) or a new row. */
function nextTableLine(lines: readonly SourceLine[], index: number, columns: TableColumns): 'continuation' | 'row' | undefined {
  for (let next = index + 1; next < lines.length && next <= index + PAGE_BREAK_LINES; next++) {
    const line = lines[next]!;
    if (line.blank || !line.raw.includes('\t')) continue;
    const cells = cellsOf(line);
    if (cells.length !== columns.cells) return undefined;
    const number = cells[columns.number]!.trim();
    if (number === '') return 'continuation';
    return ROW_NUMBER.test(number) ? 'row' : undefined;
  }
  return undefined;
}

/**
 * A table's head row (`Pkt.<TAB>Emne<TAB>Beslutning`, `Nr.<TAB>Sag<TAB>Sagsnr.<TAB>Sagsfremstilling og beslutning`):
 * the number and title columns, a case-number column if any, and a decision or body column, each named once.
 */
export function tableColumnsOf(raw: string): TableColumns | undefined {
  // (A line without a decision or body column's word is no head: one pattern test instead of splitting and keying its cells.)
  if (!raw.includes('\t') || !TEXT_COLUMN_WORD.test(raw)) return undefined;
  const cells = cellsOfRaw(raw);
  if (cells.length < 3) return undefined;
  const keys = cells.map(cellKey);
  const number = keys.findIndex((key) => NUMBER_COLUMN.test(key));
  const title = keys.findIndex((key, index) => index > number && TITLE_COLUMN.test(key));
  if (number < 0 || title < 0) return undefined;
  const after = (pattern: RegExp) => keys.findIndex((key, index) => index > title && pattern.test(key));
  // (A case-number column may stand anywhere but in the number's and title's places: `Pkt.` / `Sagsnr.` / `Emne` / ...)
  const caseNumber = keys.findIndex((key, index) => index !== number && index !== title && CASE_NUMBER_COLUMN.test(key));
  const decision = after(DECISION_COLUMN);
  const body = after(BODY_COLUMN);
  if (decision < 0 && body < 0) return undefined;
  const named = new Set([number, title, caseNumber, decision, body]);
  // Every other cell of the head is empty: a sentence that happens to hold such words between tabs is no head.
  if (keys.some((key, index) => key !== '' && !named.has(index))) return undefined;
  const label = decision < 0 ? '' : cells[decision]!.trim().replace(/[:.]+$/u, '');
  return { number, title, caseNumber, decision, body, cells: cells.length, label };
}

/** The table's last named column holds the item's text: Word writes that cell's further paragraphs as lines of their own. */
const lastColumnIsText = (columns: TableColumns) => Math.max(columns.decision, columns.body) >= Math.max(columns.number, columns.title, columns.caseNumber);

/** One row of the table as read so far: its number, and each column's lines (a wrapped cell continues on later lines). */
interface TableRow {
  no: number;
  number: string;
  title: string[];
  caseNumber: string[];
  decision: SourceLine[];
  body: SourceLine[];
  pageBreak: boolean;
}

/**
 * Writes the lines other referater print for a row: `N. <titel>`, `Sagsnr.: <nr>`, then its text columns in their order.
 * Pushed one by one into the output (a decision table's every row is an item: no arrays built and spread per row).
 */
function pushRowLines(out: SourceLine[], row: TableRow, columns: TableColumns): void {
  out.push(textLine(row.no, `${row.number}. ${row.title.join(' ')}`.trim(), row.pageBreak));
  if (row.caseNumber.length > 0) out.push(textLine(row.no, `Sagsnr.: ${row.caseNumber.join('')}`));
  const bodyFirst = columns.body >= 0 && columns.body < columns.decision;
  if (bodyFirst) for (const line of row.body) out.push(line);
  if (columns.decision >= 0) {
    out.push(textLine(row.no, `${columns.label}:`));
    for (const line of row.decision) out.push(line);
  }
  if (!bodyFirst) for (const line of row.body) out.push(line);
}

/**
 * The cell's text in `column` of a row cut from `raw`, stored one byte a character when the cell holds no character past
 * Latin-1 though another cell does (a decision's en dash made the whole row two-byte, and so every cell cut from it).
 */
const cellOf = (cells: readonly string[], column: number, raw: string) => (column < 0 ? '' : oneBytePieceOf(cellText(cells[column]!), raw));

/**
 * Rewrites an agenda table whose rows are tab-joined cells (a Word referat's `Pkt.` / `Emne` / `Beslutning`) as
 * the lines other referater print: `N. <titel>` (the wrapped title cell joined), the case number under it as a
 * labelled line, the decision column's head as the label, then the decision cell's lines (a body column's lines
 * without a label: they hold the item's own labels). A line without tabs after a row is the last cell's further
 * paragraph (Word writes a cell's paragraphs so) and the table goes on. It ends at a tab line of another shape unless
 * the table's next line follows within a page break's reach (a counter, blank lines); a head repeated after a page
 * break starts it again. Every written line keeps the number of the line it came from. Documents without such a head
 * pass unchanged (one `includes` per line).
 */
export function readTabTables(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((line) => line.raw.includes('\t') && tableColumnsOf(line.raw))) return lines as SourceLine[];
  const out: SourceLine[] = [];
  let columns: TableColumns | undefined;
  let row: TableRow | undefined;
  let rowSeen = false;
  const flush = () => {
    if (!row || !columns) return;
    pushRowLines(out, row, columns);
    row = undefined;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const head = tableColumnsOf(line.raw);
    if (head) {
      flush();
      columns = head;
      rowSeen = false;
      continue;
    }
    const cells = columns && !line.blank ? cellsOf(line) : undefined;
    if (!columns || !cells || cells.length !== columns.cells) {
      // A page break inside the table (its counter, blank lines) stands before the table's next line: a row's next
      // line continues the row, a numbered one starts the next row.
      const next = columns ? nextTableLine(lines, index, columns) : undefined;
      if (row && next === 'continuation') {
        out.push(line);
        continue;
      }
      flush();
      const paragraph = columns !== undefined && rowSeen && !line.raw.includes('\t') && lastColumnIsText(columns);
      if (!line.blank && next !== 'row' && !paragraph) columns = undefined;
      out.push(line);
      continue;
    }
    const number = ROW_NUMBER.exec(cells[columns.number]!.trim());
    if (number) {
      flush();
      row = { no: line.no, number: number[1]!, title: [], caseNumber: [], decision: [], body: [], pageBreak: line.pageBreak };
      rowSeen = true;
    } else if (!row || cells[columns.number]!.trim() !== '') {
      // A row that is not the table's after all: the line stays as it was.
      flush();
      columns = undefined;
      out.push(line);
      continue;
    }
    const title = cellOf(cells, columns.title, line.raw);
    const caseNumber = cellOf(cells, columns.caseNumber, line.raw);
    const decision = cellOf(cells, columns.decision, line.raw);
    const body = cellOf(cells, columns.body, line.raw);
    if (title) row!.title.push(title);
    if (caseNumber) row!.caseNumber.push(caseNumber);
    if (decision) row!.decision.push(textLine(line.no, decision));
    if (body) row!.body.push(textLine(line.no, body));
  }
  flush();
  return out;
}
