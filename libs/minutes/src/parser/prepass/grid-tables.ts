import { normaliseSpacing, textLine, type SourceLine } from '../source-line.js';
import { isPageCounterLine } from './strip-noise.js';

/**
 * Tables as `pandoc -t plain` (and other plain-text writers) print a Word document's tables: a grid table (`+----+----+`
 * rules, rows between `|` borders, a cell's text wrapped inside its column and its paragraphs parted by an empty cell
 * line) where a cell holds several paragraphs or a list, a headerless simple table (an indented rule of dash groups
 * above and below, one row a line, or rows parted by blank lines when a cell wraps) where it does not. A referat's
 * two-column table is a head or an item printed as label and value (`Mødedato | Tirsdag den ...`, `Beslutning |
 * Godkendt.`): each row is written as `<label>: <value>` with the value's further paragraphs on lines of their own (a
 * cell of short one-line paragraphs, a member list, joined with commas). A wider grid's rows are written as
 * `|`-bordered rows, as the other table readers read them. A page's counter inside a table is passed over; a table
 * broken off passes unchanged, as do other lines.
 */
export function readGridTables(lines: readonly SourceLine[]): readonly SourceLine[] {
  const out: SourceLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text;
    const table = GRID_RULE.test(text)
      ? gridTable(lines, index)
      : SIMPLE_RULE.test(text) && opensParagraph(lines, index)
        ? simpleTable(lines, index)
        : undefined;
    if (!table) {
      out.push(lines[index]!);
      continue;
    }
    out.push(...table.lines);
    index = table.last;
  }
  return out;
}

/** A rule that stands first in its paragraph (a blank line, a page's counter or a page break over it): no header row. */
const opensParagraph = (lines: readonly SourceLine[], index: number): boolean =>
  index === 0 || lines[index]!.pageBreak || lines[index - 1]!.blank || isPageCounterLine(lines[index - 1]!.text);

/**
 * Whether a text can hold such a table at all: only then are its lines walked. Each rule is looked for only where the
 * text holds what it cannot do without (`+` before a dash, `=` or `:`; two dashes): a native search for those costs a
 * tenth of the multi-line pattern's walk over every line start of a text that holds none (most texts).
 */
export const mayHoldGridTables = (text: string): boolean =>
  (mayHoldGridRule(text) && GRID_RULE_ANYWHERE.test(text)) || (text.includes('--') && SIMPLE_RULE_ANYWHERE.test(text));

const mayHoldGridRule = (text: string): boolean => text.includes('+-') || text.includes('+=') || text.includes('+:');

/** A grid's rule: `+` at every column border, dashes (or `=` under a header row, `:` for alignment) between. */
const GRID_RULE = /^\s*\+(?:[-=:]{2,}\+)+\s*$/u;
const GRID_RULE_ANYWHERE = /^\s*\+(?:[-=:]{2,}\+){2,}\s*$/mu;
/**
 * A headerless simple table's rule of two columns: two runs of dashes parted by spaces (or a tab where an extraction
 * wrote one for a space: it stands one column as the space did).
 */
const SIMPLE_RULE = /^(\s*)-{2,}([ \t]+)-{2,}\s*$/u;
const SIMPLE_RULE_ANYWHERE = /^\s*-{2,}[ \t]+-{2,}\s*$/mu;
/** A table's longest run of lines: beyond it the lines are not a table this reader knows. */
const TABLE_LINES = 400;

type Row = { no: number; cells: string[][] };

/** A line as written, its indentation kept (odd spaces plain): the columns are measured from the rule's. */
const untrimmed = (line: SourceLine): string => line.spaced ?? normaliseSpacing(line.raw);

function gridTable(lines: readonly SourceLine[], top: number): { lines: SourceLine[]; last: number } | undefined {
  const borders = [...untrimmed(lines[top]!).matchAll(/\+/gu)].map((match) => match.index);
  if (borders.length < 2) return undefined;
  const rows: Row[] = [];
  let row: Row | undefined;
  for (let at = top + 1; at < lines.length && at <= top + TABLE_LINES; at++) {
    const text = untrimmed(lines[at]!);
    // (A page's counter printed inside the table, a page break falling in it, is passed over: the table goes on.)
    if (isPageCounterLine(lines[at]!.text)) continue;
    if (GRID_RULE.test(text)) {
      if (row) rows.push(row);
      row = undefined;
      // (The next row may stand under a page's counter: a page break between a row's rule and the next row.)
      let following = at + 1;
      while (following < lines.length && isPageCounterLine(lines[following]!.text)) following++;
      const next = lines[following];
      if (!isGridRow(next && untrimmed(next), borders)) return { lines: rows.flatMap(writtenRow), last: at };
      continue;
    }
    if (!isGridRow(text, borders)) return undefined;
    row ??= { no: lines[at]!.no, cells: borders.slice(1).map(() => []) };
    gridCells(text, borders).forEach((cell, column) => row!.cells[column]!.push(cell));
  }
  return undefined;
}

/**
 * A row's line: its borders' bars where the rule has its `+`, or (a space lost or added on the way, the columns
 * shifted) as many bars as the rule has borders, one at each end.
 */
const isGridRow = (text: string | undefined, borders: readonly number[]): boolean =>
  text !== undefined && (borders.every((border) => text[border] === '|') || (/^\s*\|.*\|\s*$/u.test(text) && text.split('|').length === borders.length + 1));

/** A row's cells: cut at the rule's borders where the bars stand there, else at the bars. */
function gridCells(text: string, borders: readonly number[]): string[] {
  if (borders.every((border) => text[border] === '|')) return borders.slice(1).map((border, column) => text.slice(borders[column]! + 1, border).trim());
  return text.trim().slice(1, -1).split('|').map((cell) => cell.trim());
}

/**
 * A simple table's line as its columns are measured: a tab an extraction set before the line's indentation is left
 * out (its width is not known; the spaces after it line the columns up as pandoc wrote them).
 */
const columned = (line: SourceLine): string => untrimmed(line).replace(/^\t+/u, '');

function simpleTable(lines: readonly SourceLine[], top: number): { lines: SourceLine[]; last: number } | undefined {
  const ruleText = columned(lines[top]!);
  const rule = SIMPLE_RULE.exec(ruleText);
  if (!rule) return undefined;
  const indent = rule[1]!.length;
  const second = ruleText.indexOf('-', indent + ruleText.slice(indent).search(/[ \t]/u));
  const body: SourceLine[] = [];
  for (let at = top + 1; at < lines.length && at <= top + TABLE_LINES; at++) {
    const line = lines[at]!;
    if (SIMPLE_RULE.test(line.text)) {
      if (body.length === 0) return undefined;
      // (Rows parted by blank lines when a cell wraps: a multiline table. Otherwise one row a line.)
      const multiline = body.some((physical) => physical.blank);
      const rows: Row[] = [];
      let open = false;
      for (const physical of body) {
        if (physical.blank) {
          open = false;
          continue;
        }
        if (!multiline || !open) rows.push({ no: physical.no, cells: [[], []] });
        open = true;
        const row = rows[rows.length - 1]!;
        const text = columned(physical);
        row.cells[0]!.push(text.slice(0, second).trim());
        row.cells[1]!.push(text.slice(second).trim());
      }
      return { lines: rows.flatMap(writtenRow), last: at };
    }
    if (isPageCounterLine(line.text)) continue;
    if (!line.blank && columned(line).slice(0, indent).trim().length > 0) return undefined;
    body.push(line);
  }
  return undefined;
}

/** One row as the lines a referat would print: `<label>: <value>` and the value's further paragraphs. */
function writtenRow(row: Row): SourceLine[] {
  const columns = row.cells.map(paragraphs);
  if (columns.length !== 2) {
    if (columns.length === 1) return columns[0]!.map((text) => textLine(row.no, text));
    return [textLine(row.no, `| ${columns.map((cell) => cell.join(' ')).join(' | ')} |`)];
  }
  const label = columns[0]!.join(' ');
  const values = isList(columns[1]!) ? [columns[1]!.join(', ')] : columns[1]!;
  if (values.length === 0) return label ? [textLine(row.no, label)] : [];
  const [first, ...rest] = values;
  const head = label.length === 0 ? first! : /[:.]$/u.test(label) ? `${label} ${first}` : `${label}: ${first}`;
  return [textLine(row.no, head), ...rest.map((text) => textLine(row.no, text))];
}

/** A cell's paragraphs: its lines joined, parted where an empty line stands. */
function paragraphs(cellLines: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const text of cellLines) {
    if (text.length === 0) open = false;
    else if (open) out[out.length - 1] = `${out[out.length - 1]} ${text}`;
    else {
      out.push(text);
      open = true;
    }
  }
  return out;
}

/** Short paragraphs without a sentence's end, none a list's point of its own (`-   ...`): a list of names or the like. */
const isList = (cell: readonly string[]): boolean =>
  cell.length > 1 && cell.every((text) => text.length <= LIST_ENTRY && !/[.!?:]$/u.test(text) && !/^[-*•]\s/u.test(text));

/** A list entry's longest paragraph. */
const LIST_ENTRY = 60;
