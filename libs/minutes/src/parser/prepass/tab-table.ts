import { normaliseSpacing, textLine, type SourceLine } from '../source-line.js';
import { CASE_NUMBER_COLUMN, DECISION_COLUMN, NUMBER_COLUMN, ROW_NUMBER, TITLE_COLUMN } from '../vocabulary/table-columns.js';

/** Where the three columns stand among a row's tab-separated cells, and how many cells a row of the table has. */
interface TableColumns {
  number: number;
  title: number;
  decision: number;
  /** The case-number column, when the table has one (-1 when not). */
  caseNumber: number;
  cells: number;
  /** The decision column`s head as printed, written with a colon as the label over each row`s decision (`Konklusion:`, `Referat:` are labels only so). */
  label: string;
}

const cellKey = (cell: string) => cell.trim().toLowerCase().replace(/[:.]+$/u, '');

/** How many lines a page break may put between two lines of one row (a counter, blank lines, a running head). */
const PAGE_BREAK_LINES = 6;

const cellsOf = (line: SourceLine) => line.raw.replace(/\f/gu, '').split('\t');

/** A cell's text as the other readers see a line's: odd spaces plain, runs of spaces one. */
const cellText = (cell: string) => normaliseSpacing(cell).replace(/\s+/gu, ' ').trim();

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

/** A table's head row (`Pkt.<TAB>Emne<TAB>Beslutning`): the number, title and decision columns, each named once. */
export function tableColumnsOf(raw: string): TableColumns | undefined {
  if (!raw.includes('\t')) return undefined;
  const cells = raw.replace(/\f/gu, '').split('\t');
  if (cells.length < 3) return undefined;
  const keys = cells.map(cellKey);
  const number = keys.findIndex((key) => NUMBER_COLUMN.test(key));
  const title = keys.findIndex((key, index) => index > number && TITLE_COLUMN.test(key));
  const decision = keys.findIndex((key, index) => index > title && DECISION_COLUMN.test(key));
  if (number < 0 || title < 0 || decision < 0) return undefined;
  const caseNumber = keys.findIndex((key, index) => index !== number && index !== title && index !== decision && CASE_NUMBER_COLUMN.test(key));
  // Every other cell of the head is empty: a sentence that happens to hold such words between tabs is no head.
  if (keys.some((key, index) => key !== '' && index !== number && index !== title && index !== decision && index !== caseNumber)) return undefined;
  return { number, title, decision, caseNumber, cells: cells.length, label: cells[decision]!.trim().replace(/[:.]+$/u, '') };
}

/**
 * Rewrites an agenda table whose rows are tab-joined cells (a Word referat's `Pkt.` / `Emne` / `Beslutning`) as
 * the lines other referater print: `N. <titel>` (the wrapped title cell joined), the decision column's head as the
 * label, then the decision cell's lines. The table ends at a line of another shape unless the table's next line
 * follows within a page break's reach (a counter, blank lines); a head repeated after a page break starts it again.
 * Every written line keeps the number of the line it came from. Documents without such a head pass unchanged (one
 * `includes` per line).
 */
export function readTabTables(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((line) => line.raw.includes('\t') && tableColumnsOf(line.raw))) return lines as SourceLine[];
  const out: SourceLine[] = [];
  let columns: TableColumns | undefined;
  let row: { no: number; number: string; title: string[]; caseNumber: string; decision: SourceLine[]; pageBreak: boolean } | undefined;
  const flush = () => {
    if (!row || !columns) return;
    out.push(textLine(row.no, `${row.number}. ${row.title.join(' ')}`.trim(), row.pageBreak));
    // A case-number column's cell is written as the label line other referater print under the heading.
    if (row.caseNumber) out.push(textLine(row.no, `Sagsnr.: ${row.caseNumber}`));
    out.push(textLine(row.no, `${columns.label}:`), ...row.decision);
    row = undefined;
  };
  for (const [index, line] of lines.entries()) {
    const head = tableColumnsOf(line.raw);
    if (head) {
      flush();
      columns = head;
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
      if (!line.blank && next !== 'row') columns = undefined;
      out.push(line);
      continue;
    }
    const number = ROW_NUMBER.exec(cells[columns.number]!.trim());
    const title = cellText(cells[columns.title]!);
    const decision = cellText(cells[columns.decision]!);
    if (number) {
      flush();
      row = { no: line.no, number: number[1]!, title: [], caseNumber: columns.caseNumber < 0 ? '' : cellText(cells[columns.caseNumber]!), decision: [], pageBreak: line.pageBreak };
    } else if (!row || cells[columns.number]!.trim() !== '') {
      // A row that is not the table's after all: the line stays as it was.
      flush();
      columns = undefined;
      out.push(line);
      continue;
    }
    if (title) row!.title.push(title);
    if (decision) row!.decision.push(textLine(line.no, decision));
  }
  flush();
  return out;
}
