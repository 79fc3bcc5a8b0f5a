import { textLine, type SourceLine } from '../source-line.js';
import { PAGE_COUNTER } from '../vocabulary/noise.js';
import { ACCESS_VALUE, CASE_NUMBER_COLUMN, CLOSED_ACCESS_VALUE, DECISION_COLUMN, NUMBER_COLUMN, ROW_NUMBER, TITLE_COLUMN } from '../vocabulary/table-columns.js';

/**
 * A spreadsheet's export of a meeting's items as delimited text (`Udvalg;Mødedato;Punkt;Sagsnr.;Titel;Beslutning`, one
 * row per item, cells in double quotes that may hold line breaks, `;` and doubled quotes): rewritten as the lines a
 * referat prints. The columns every row repeats with one value (`Udvalg`, `Mødedato`, `Mødested`) are the head, written
 * once as `<kolonne>: <værdi>`; each row becomes `N. <titel>` (an access column's `Lukket` writes `Lukket punkt:` before
 * the title), `Sagsnr.: <nr>`, and every other column as its head over its cell's lines, the decision column's last.
 * Told by its head row among a text's first lines (after an optional `sep=;`): a number, a title and a decision column
 * named by `vocabulary/table-columns.ts`, split by `;` outside quotes, or by tabs where a quoted cell holds a line
 * break (a spreadsheet saved as tab-separated text; Word's tab-joined tables quote nothing). Other texts pass after a look at their
 * first HEAD_LINES lines.
 */
export function readDelimitedTable(input: readonly SourceLine[]): SourceLine[] {
  let lines = input;
  let found = findHeadRow(lines);
  // A word processor's autoformat over the export (`»Udvalg«;“Mødedato”`): its quotes are the table's, read straight.
  if (!found && quotedTypographically(lines)) {
    lines = lines.map((line) => (TYPOGRAPHIC_QUOTE.test(line.raw) ? textLine(line.no, line.raw.replace(TYPOGRAPHIC_QUOTES, '"')) : line));
    found = findHeadRow(lines);
  }
  if (!found) return input as SourceLine[];
  const { index, delimiter, columns } = found;
  const records = joinBrokenRows(readRecords(lines, index + 1, delimiter), found.names.length);
  const rows = records.filter((record) => ROW_NUMBER.test(record.cells[columns.number]?.trim() ?? ''));
  if (rows.length === 0) return input as SourceLine[];
  const heads = found.names;
  // Each row's cells as read, once (the columns are compared across all rows, and a cell was read again per question).
  const values = rows.map((row) => heads.map((_, column) => cell(row, column)));
  const first = values[0]!;
  const constant = heads.map((_, column) => column !== columns.number && column !== columns.title && column !== columns.decision && values.every((row) => row[column] === first[column]));
  const access = heads.map((_, column) => values.every((row) => ACCESS_VALUE.test(row[column]!)));
  const out: SourceLine[] = titleRowsAsText(lines.slice(0, found.start), delimiter);
  const headNo = lines[index]!.no;
  heads.forEach((name, column) => {
    if (constant[column] && !access[column] && column !== columns.caseNumber && first[column] !== '') out.push(textLine(headNo, `${name}: ${first[column]}`));
  });
  const order = heads.map((_, column) => column).filter((column) => !constant[column] && !access[column] && column !== columns.number && column !== columns.title && column !== columns.caseNumber && column !== columns.decision);
  if (columns.decision >= 0) order.push(columns.decision);
  rows.forEach((row, at) => {
    const cells = values[at]!;
    const closed = heads.some((_, column) => access[column] && CLOSED_ACCESS_VALUE.test(cells[column]!));
    out.push(textLine(row.no, ''), textLine(row.no, `${ROW_NUMBER.exec(cells[columns.number]!)![1]}. ${closed ? 'Lukket punkt: ' : ''}${oneLine(cells[columns.title]!)}`));
    if (columns.caseNumber >= 0 && cells[columns.caseNumber] !== '') out.push(textLine(row.no, `Sagsnr.: ${cells[columns.caseNumber]}`));
    for (const column of order) {
      const value = cells[column]!;
      if (value === '') continue;
      out.push(textLine(row.no, heads[column]!));
      for (const part of value.split('\n')) if (part.trim() !== '') out.push(textLine(row.no, part.trim()));
    }
  });
  return out;
}

/**
 * The title rows above the head row as the text they hold: a spreadsheet pads a row to the table's width
 * (`<udvalg> - møde DD.MM.YYYY;;;;`), and the padding would stay glued to the committee, date or place. A row
 * re-wrapped before its end (a line without a delimiter, the rest of the row with its padding on the next line) is one row.
 */
function titleRowsAsText(lines: readonly SourceLine[], delimiter: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const next = lines[at + 1];
    const rest = next && !line.blank && !line.raw.includes(delimiter) ? titleRowText(next, delimiter) : undefined;
    if (rest) {
      out.push(textLine(line.no, `${line.text} ${rest}`));
      at++;
    } else out.push(line.raw.includes(delimiter) ? textLine(line.no, titleRowText(line, delimiter) ?? line.text) : line);
  }
  return out;
}

/** A padded row's text (its non-empty cells), when the line holds the delimiter and reads as one row; else undefined. */
function titleRowText(line: SourceLine, delimiter: string): string | undefined {
  if (!line.raw.includes(delimiter)) return undefined;
  const cells = splitRecord(line.raw, delimiter);
  return cells?.map((value) => value.trim()).filter((value) => value !== '').join(' ');
}

/**
 * Rows broken by a line break outside quotes (a text re-wrapped at a margin, an unquoted cell cut in two): a record
 * with fewer cells than the head row is joined with the next, when the next is no whole row itself, the cut cell's
 * two parts over a line break; a page counter between them is dropped.
 */
function joinBrokenRows(records: readonly Record[], width: number): Record[] {
  const out: Record[] = [];
  for (const record of records) {
    // (A page's counter printed between a row's two parts, `Side 4 af 31`, is no part of it.)
    if (record.cells.length === 1 && PAGE_COUNTER.test(record.cells[0]!.trim())) continue;
    const previous = out[out.length - 1];
    if (previous && previous.cells.length < width && record.cells.length < width && previous.cells.length + record.cells.length - 1 <= width) {
      const cut = previous.cells.length - 1;
      out[out.length - 1] = { no: previous.no, cells: [...previous.cells.slice(0, cut), `${previous.cells[cut]}\n${record.cells[0]}`, ...record.cells.slice(1)] };
    } else out.push(record);
  }
  return out;
}

/** How far into a text its head row is looked for (a `sep=;` line, a title line or two). */
const HEAD_LINES = 6;

const TYPOGRAPHIC_QUOTE = /[“”»«]/u;
const TYPOGRAPHIC_QUOTES = /[“”»«]/gu;
/** A typographic quote against a `;` (a cell's quote) in one of the first lines. */
const CELL_QUOTED_TYPOGRAPHICALLY = /[“”»«];|;[“”»«]/u;

function quotedTypographically(lines: readonly SourceLine[]): boolean {
  let seen = 0;
  for (let index = 0; index < lines.length && seen < HEAD_LINES; index++) {
    if (lines[index]!.blank) continue;
    seen++;
    if (CELL_QUOTED_TYPOGRAPHICALLY.test(lines[index]!.raw)) return true;
  }
  return false;
}

interface Columns {
  number: number;
  title: number;
  caseNumber: number;
  decision: number;
}

interface Record {
  no: number;
  cells: string[];
}

/** A cell's value, its spacing as read (a non-breaking space or a tab between two words is a space; its line breaks kept). */
const cell = (record: Record, column: number) => (record.cells[column] ?? '').replace(SPACING_RUN, ' ').trim();
const SPACING_RUN = /[^\S\n]+/gu;
const oneLine = (text: string) => text.replace(/\s*\n\s*/gu, ' ');
const keyOf = (name: string) => name.trim().toLowerCase().replace(/[:.]+$/u, '');

function findHeadRow(lines: readonly SourceLine[]): { index: number; start: number; delimiter: string; columns: Columns; names: string[] } | undefined {
  let seen = 0;
  for (let index = 0; index < lines.length && seen < HEAD_LINES; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    seen++;
    // (A tab-joined table is `tab-table.ts`'s: Word writes a wrapped cell's further lines as rows of their own. A
    // spreadsheet saved as tab-separated text quotes a cell that holds a line break: that table is read here.)
    const delimiter = line.raw.includes(';') ? ';' : line.raw.includes('\t') ? '\t' : undefined;
    if (!delimiter) continue;
    const names = splitRecord(line.raw, delimiter);
    if (names === undefined || names.length < 4) continue;
    const keys = names.map(keyOf);
    const number = keys.findIndex((key) => NUMBER_COLUMN.test(key));
    const title = keys.findIndex((key, column) => column > number && TITLE_COLUMN.test(key));
    const decision = keys.findIndex((key) => DECISION_COLUMN.test(key));
    if (number < 0 || title < 0 || decision < 0) continue;
    if (delimiter === '\t' && !holdsQuotedLineBreak(lines, index + 1)) continue;
    const caseNumber = keys.findIndex((key) => CASE_NUMBER_COLUMN.test(key));
    // A `sep=;` line over the head row is the spreadsheet's, not the document's.
    const start = index > 0 && /^sep=.$/u.test(lines[index - 1]!.text) ? index - 1 : index;
    return { index, start, delimiter, columns: { number, title, caseNumber, decision }, names: names.map((name) => name.trim()) };
  }
  return undefined;
}

/** Whether a quoted cell after the head row holds a line break: a spreadsheet's tab-separated text, not Word's table. */
function holdsQuotedLineBreak(lines: readonly SourceLine[], from: number): boolean {
  return readRecords(lines, from, '\t').some((record) => record.cells.some((value) => value.includes('\n')));
}

/** One line's cells when no quoted cell runs past its end (the head row), else undefined. */
function splitRecord(raw: string, delimiter: string): string[] | undefined {
  const records = parseDelimited(raw, delimiter);
  return records.length === 1 && records[0]!.complete ? records[0]!.cells : undefined;
}

/** The records from `from` on, each with the number of the line it starts on; a quoted cell may span lines. */
function readRecords(lines: readonly SourceLine[], from: number, delimiter: string): Record[] {
  const text = lines
    .slice(from)
    .map((line) => line.raw)
    .join('\n');
  const numbers = lines.slice(from).map((line) => line.no);
  return parseDelimited(text, delimiter)
    .filter((record) => record.cells.some((value) => value.trim() !== ''))
    .map((record) => ({ no: numbers[record.line] ?? numbers[numbers.length - 1] ?? 0, cells: record.cells }));
}

/** RFC 4180 reading: a quoted cell holds delimiters, line breaks and doubled quotes; `line` is the record's first line (0-based). */
function parseDelimited(text: string, delimiter: string): { line: number; cells: string[]; complete: boolean }[] {
  const records: { line: number; cells: string[]; complete: boolean }[] = [];
  const delimiterCode = delimiter.charCodeAt(0);
  let cells: string[] = [];
  // A cell's text is cut from the record in runs: `value` holds the runs before `from`, the current run starts at
  // `from` (a character added at a time made a string per character: a long export's rows cost most of its parse).
  let value = '';
  let from = 0;
  let quoted = false;
  let line = 0;
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (quoted) {
      if (code === QUOTE) {
        value += text.slice(from, at);
        if (text.charCodeAt(at + 1) === QUOTE) {
          value += '"';
          at++;
        } else quoted = false;
        from = at + 1;
      } else if (code === LINE_FEED) line++;
    } else if (code === QUOTE && (value + text.slice(from, at)).trim() === '') {
      quoted = true;
      value = '';
      from = at + 1;
    } else if (code === delimiterCode) {
      cells.push(value + text.slice(from, at));
      value = '';
      from = at + 1;
    } else if (code === LINE_FEED) {
      cells.push(value + text.slice(from, at));
      records.push({ line: start, cells, complete: true });
      cells = [];
      value = '';
      from = at + 1;
      line++;
      start = line;
    }
  }
  cells.push(value + text.slice(from));
  records.push({ line: start, cells, complete: !quoted });
  return records;
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
