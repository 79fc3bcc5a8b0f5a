import { textLine, type SourceLine } from '../source-line.js';
import { isPageCounterLine } from './strip-noise.js';
import { BODY_COLUMN, CASE_NUMBER_COLUMN, DECISION_COLUMN, NUMBER_COLUMN, ROW_NUMBER, TITLE_COLUMN } from '../vocabulary/table-columns.js';
import { mayStartLike } from '../line-prefilter.js';

type Column = 'number' | 'title' | 'caseNumber' | 'decision' | 'body';

/** A column head is one short cell: longer lines are never asked. */
const HEAD_LENGTH = 40;
/** A number column's head (`Pkt.`, `Punkt`, `Nr.`, `Sag nr.`, `Dagsordenspunkt nr.`) is this short and starts so: other lines are not asked. */
const NUMBER_HEAD_LENGTH = 20;
/** How a number column's head starts (`pk`, `pu`, `nr`, `sa`, `da` in any case), told from its first two characters. */
const mayBeNumberHead = mayStartLike([NUMBER_COLUMN], { ignoreCase: true });
/**
 * A digit: a number column's head holds none (`NUMBER_COLUMN` names words only), so a line with one is not keyed. A tab
 * table's rows, written before this reader as `Sagsnr.: 12/88` lines, start like `Sag nr.` and were each keyed (a trim,
 * a lower-casing and two replaces: 0.1 ms over Dragør 2012's 451 rows, 1% of its parse).
 */
const DIGIT = /\d/u;
/** How far the next row's number may be past the last one's (closed items left out of a public referat). */
const ROW_NUMBER_STEP = 10;
/** A case-number cell: short, with a digit, no sentence in it. */
const CASE_NUMBER_CELL = /^(?=[^ ]*\d)[\p{L}\d./ -]{3,30}$/u;

/** A head cell's key: trimmed, lower-case, without a closing colon or full stop, `Referat / beslutning` as `referat/beslutning`. */
const cellKey = (text: string) => text.trim().toLowerCase().replace(/[:.]+$/u, '').replace(/\s*\/\s*/gu, '/');

function columnOf(text: string, seen: readonly Column[]): Column | undefined {
  if (text.length > HEAD_LENGTH) return undefined;
  const key = cellKey(text);
  if (seen.length === 0) return NUMBER_COLUMN.test(key) ? 'number' : undefined;
  if (seen.length === 1) return TITLE_COLUMN.test(key) ? 'title' : undefined;
  if (!seen.includes('caseNumber') && CASE_NUMBER_COLUMN.test(key)) return 'caseNumber';
  if (!seen.includes('decision') && DECISION_COLUMN.test(key)) return 'decision';
  if (!seen.includes('body') && BODY_COLUMN.test(key)) return 'body';
  return undefined;
}

/**
 * The head of a table one cell a line, from line `start`: its columns in order and the line after it (a page break
 * inside the head leaves its counter between two cells: passed over, and kept in `counters`).
 */
function headAt(lines: readonly SourceLine[], start: number): { columns: Column[]; label: string; counters: SourceLine[]; end: number } | undefined {
  const columns: Column[] = [];
  const counters: SourceLine[] = [];
  let label = '';
  let index = start;
  for (; index < lines.length && !lines[index]!.blank; index++) {
    if (columns.length > 0) index = nextCell(lines, index, counters);
    if (index >= lines.length || lines[index]!.blank) break;
    const column = columnOf(lines[index]!.text, columns);
    if (!column) break;
    if (column === 'decision') label = lines[index]!.text.trim().replace(/[:.]+$/u, '');
    columns.push(column);
  }
  const text = columns.includes('decision') || columns.includes('body');
  return columns.length >= 3 && text ? { columns, label, counters, end: index } : undefined;
}

interface Row {
  number: number;
  title: string;
  caseNumber?: string;
  /** Page counters a page break put between the row's cells: kept, after the row's lines, for the noise pass. */
  counters: SourceLine[];
  end: number;
}

/** The next cell from `index`, past the page counters a page break put there (collected in `counters`). */
function nextCell(lines: readonly SourceLine[], index: number, counters: SourceLine[]): number {
  let at = index;
  while (lines[at] && !lines[at]!.blank && isPageCounterLine(lines[at]!.text)) counters.push(lines[at++]!);
  return at;
}

/**
 * A row's start at `index`: its number (past the last row's), its title on the next line, and the case number's cell
 * (a page break between them leaves its counter there, passed over).
 */
function rowAt(lines: readonly SourceLine[], index: number, last: number, caseColumn: boolean): Row | undefined {
  const line = lines[index]!;
  const number = line.blank ? null : ROW_NUMBER.exec(line.text.trim());
  // (The first row may take any number: a meeting's items are often numbered on from the year's earlier meetings.)
  if (!number || Number(number[1]) <= last || (last > 0 && Number(number[1]) > last + ROW_NUMBER_STEP)) return undefined;
  const counters: SourceLine[] = [];
  const titleAt = nextCell(lines, index + 1, counters);
  const title = lines[titleAt];
  if (!title || title.blank || ROW_NUMBER.test(title.text.trim())) return undefined;
  if (!caseColumn) return { number: Number(number[1]), title: title.text.trim(), counters, end: titleAt + 1 };
  const cellAt = nextCell(lines, titleAt + 1, counters);
  const cell = lines[cellAt];
  // An empty case-number cell is an empty line; anything else there that is no case number is not this table's row.
  if (!cell || cell.blank) return { number: Number(number[1]), title: title.text.trim(), counters, end: cellAt + 1 };
  const value = cell.text.trim();
  return CASE_NUMBER_CELL.test(value) ? { number: Number(number[1]), title: title.text.trim(), caseNumber: value, counters, end: cellAt + 1 } : undefined;
}

/**
 * Rewrites an agenda table written one cell a line (a DOCX or HTML table through a text converter: `Nr.` / `Sag` /
 * `Sagsnr.` / `Beslutning` on lines of their own, then each row's cells) as the lines other referater print: `N.
 * <titel>`, `Sagsnr.: <nr>`, the decision column's head as the label, then the row's text up to the next row (a
 * number past the last one's over a title line, and over a case-number cell when the table has one). Every written
 * line keeps the number of the line it came from. Documents without such a head pass unchanged (only lines short
 * enough to be a number column's head, starting as one does, are asked).
 */
export function readCellTables(lines: readonly SourceLine[]): SourceLine[] {
  // (A loop, not `findIndex`: a call per line cost more than the tests of most lines.)
  let start = -1;
  for (let index = 0; index < lines.length && start < 0; index++) {
    const text = lines[index]!.text;
    if (text.length > 0 && text.length <= NUMBER_HEAD_LENGTH && mayBeNumberHead(text) && !DIGIT.test(text) && columnOf(text, []) !== undefined && headAt(lines, index) !== undefined) start = index;
  }
  if (start < 0) return lines as SourceLine[];
  const head = headAt(lines, start)!;
  const caseColumn = head.columns.includes('caseNumber');
  const out: SourceLine[] = [...lines.slice(0, start), ...head.counters];
  let last = 0;
  let index = head.end;
  let rows = 0;
  while (index < lines.length) {
    const row = rowAt(lines, index, last, caseColumn);
    if (!row) {
      out.push(lines[index]!);
      index++;
      continue;
    }
    const no = lines[index]!.no;
    out.push(textLine(no, `${row.number}. ${row.title}`, lines[index]!.pageBreak));
    if (row.caseNumber !== undefined) out.push(textLine(no, `Sagsnr.: ${row.caseNumber}`));
    if (head.label) out.push(textLine(no, `${head.label}:`));
    out.push(...row.counters);
    last = row.number;
    index = row.end;
    rows++;
  }
  // A head over no row is no table's: the lines stay as they were.
  return rows === 0 ? (lines as SourceLine[]) : out;
}
