import { textLine, type SourceLine } from '../source-line.js';
import { CLOSED_SECTION, OPEN_SECTION } from '../vocabulary/closed-markers.js';
import { CONTENTS_NUMBER_COLUMN, PAGE_COLUMN, TITLE_COLUMN } from '../vocabulary/table-columns.js';

/** How far into a document a contents list may start (as the other contents readers). */
const CONTENTS_REACH = 200;
/** A column head is one short cell: longer lines are never asked. */
const HEAD_LENGTH = 12;
/** A row's number or its page: one to three digits alone (a title wrapped before its year, `2014`, is no page). */
const NUMBER_CELL = /^\d{1,3}$/u;
/** How many lines a row's title may wrap over. */
const TITLE_LINES = 4;
/** How many lines a page break may leave between two rows (its footer's date and counter, the next page's head). */
const BETWEEN_ROWS = 5;
/** How far the next row's number may be past the last one's (closed items left out). */
const ROW_NUMBER_STEP = 10;
/** A page footer's date alone on its line (`25. juni 2015`), which a page break may put between a title and its page. */
const DATE_ALONE = /^\d{1,2}\.\s*\p{Ll}+\s+\d{4}$/u;

const cellKey = (text: string) => text.trim().toLowerCase().replace(/[:.]+$/u, '');
const isPartHeading = (text: string) => OPEN_SECTION.test(text) || CLOSED_SECTION.test(text);

/**
 * A contents table with a page column extracted one cell a line (Tønder's agenda PDFs through abcdocz: `Pkt.` / `Tekst` /
 * `Åbne dagsordenspunkter` / `Side`, then `1` / `Høring af budget` / `4` / `2` / a title wrapped over two lines / `5`
 * ...): each row written as one line, `<nr> <titel> <side>`, as other exports print such a list, so that the contents
 * reader takes it. A title's wrapped lines are joined; the table's part headings (`Lukkede dagsordenspunkter`) stay
 * between the rows; the lines a page break left between two rows (its footer and counter, the next page's head) are
 * passed over.
 * Rows are numbered on, each past the last; a row needs its page. Documents without such a head pass unchanged.
 */
export function readCellContents(lines: readonly SourceLine[]): readonly SourceLine[] {
  const reach = Math.min(lines.length, CONTENTS_REACH);
  for (let index = 0; index < reach; index++) {
    const text = lines[index]!.text;
    if (text.length === 0 || text.length > HEAD_LENGTH || !CONTENTS_NUMBER_COLUMN.test(cellKey(text))) continue;
    const head = headAt(lines, index);
    if (!head) continue;
    const out: SourceLine[] = [...lines.slice(0, index), textLine(lines[index]!.no, head.cells.join(' ')), ...head.parts];
    let at = head.end;
    let last = 0;
    let rows = 0;
    for (;;) {
      const row = rowFrom(lines, at, last);
      if (!row) break;
      // (The lines a page break left between two rows, its footer and counter and the next page's head, are left out:
      // between two rows they would end the list for its reader. A footer's date inside a row follows the row.)
      out.push(...row.before.filter((line) => isPartHeading(line.text.trim())), textLine(lines[row.start]!.no, `${row.number} ${row.title} ${row.page}`), ...row.after);
      last = row.number;
      at = row.end;
      rows++;
    }
    if (rows >= 2) return [...out, ...lines.slice(at)];
  }
  return lines;
}

/** The head's cells in order (number, title, page: part headings may stand among them) and the line after it. */
function headAt(lines: readonly SourceLine[], start: number): { cells: string[]; parts: SourceLine[]; end: number } | undefined {
  const cells = [lines[start]!.text.trim()];
  const parts: SourceLine[] = [];
  for (let at = start + 1; at < lines.length && at <= start + 4; at++) {
    const text = lines[at]!.text.trim();
    if (lines[at]!.blank) continue;
    if (isPartHeading(text)) parts.push(lines[at]!);
    else if (text.length <= HEAD_LENGTH && cells.length === 1 && TITLE_COLUMN.test(cellKey(text))) cells.push(text);
    else if (text.length <= HEAD_LENGTH && cells.length === 2 && PAGE_COLUMN.test(cellKey(text))) return { cells: [...cells, text], parts, end: at + 1 };
    else return undefined;
  }
  return undefined;
}

interface Row {
  number: number;
  title: string;
  page: string;
  /** The line the row's number stands on. */
  start: number;
  /** Lines before the row (a page break's, a part heading) and inside it (a footer's date), kept as they are. */
  before: SourceLine[];
  after: SourceLine[];
  end: number;
}

/** The row from `from`: past a page break's lines, a number past `last` over title lines over a page number. */
function rowFrom(lines: readonly SourceLine[], from: number, last: number): Row | undefined {
  const before: SourceLine[] = [];
  for (let start = from; start < lines.length && before.length <= BETWEEN_ROWS; start++) {
    const line = lines[start]!;
    const text = line.text.trim();
    const number = NUMBER_CELL.test(text) ? Number(text) : NaN;
    if (number > last && (last === 0 || number <= last + ROW_NUMBER_STEP)) {
      const row = titleAndPage(lines, start + 1);
      if (row) return { number, ...row, start, before };
    }
    if (!line.blank) before.push(line);
  }
  return undefined;
}

function titleAndPage(lines: readonly SourceLine[], from: number): { title: string; page: string; after: SourceLine[]; end: number } | undefined {
  const title: string[] = [];
  const after: SourceLine[] = [];
  for (let at = from; at < lines.length && title.length <= TITLE_LINES; at++) {
    const line = lines[at]!;
    if (line.blank) return undefined;
    const text = line.text.trim();
    if (NUMBER_CELL.test(text)) return title.length > 0 ? { title: title.join(' '), page: text, after, end: at + 1 } : undefined;
    if (DATE_ALONE.test(text)) after.push(line);
    else title.push(text);
  }
  return undefined;
}
