import { toSourceLine, type SourceLine } from '../source-line.js';
import { isPageCounterLine } from './strip-noise.js';

/**
 * Tables drawn with box characters, as a text browser prints a page's bordered tables (`w3m -dump`: `┌──┬──┐`, rows
 * `│Mødedato: │14. april 2015 │`, `├──┼──┤` between rows, `└──┴──┘`): each cell's text wraps inside its column, so a
 * label and its value stand side by side over several lines. A two-column table is a head or an item printed as
 * label and value: each row is read as `<label> <value>` with the value's further lines under it (a label wrapped in its
 * narrow column, `Tidligere` / `behandling:`, is one label again). A wider table's rows are written as `|`-bordered rows,
 * as the other table readers read them. A drawing broken off (no closing `└`) passes unchanged, as do other lines.
 * A page's end printed inside a drawing (the page's counter, its foot or the next page's head, a form feed) is
 * passed over: the drawing, and the row cut by it, go on under it.
 */
export function readBoxTables(lines: readonly SourceLine[]): readonly SourceLine[] {
  const out: SourceLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text.charCodeAt(0) !== TOP_LEFT) {
      out.push(line);
      continue;
    }
    const table = boxTable(lines, index);
    if (!table) {
      out.push(line);
      continue;
    }
    out.push(...table.lines);
    index = table.last;
  }
  return out;
}

/** Whether a text can hold a drawn table at all: only then are its lines walked (most texts have no box characters). */
export const mayHoldBoxTables = (text: string): boolean => text.includes('┌') && text.includes('└');

const TOP_LEFT = 0x250c; // ┌
const BOTTOM_LEFT = 0x2514; // └
const ROW_RULE = 0x251c; // ├
const CELL_BAR = '│';
/** A drawing's longest row, in lines: beyond it the drawing is not a table this reader knows. */
const ROW_LINES = 40;

interface PhysicalRow {
  line: SourceLine;
  cells: string[];
}

function boxTable(lines: readonly SourceLine[], top: number): { lines: SourceLine[]; last: number } | undefined {
  const rows: PhysicalRow[][] = [[]];
  for (let at = top + 1; at < lines.length && at <= top + ROW_LINES * 4; at++) {
    const line = lines[at]!;
    const first = line.text.charCodeAt(0);
    if (first === BOTTOM_LEFT) return { lines: [toSourceLine('', lines[top]!.no), ...rows.flatMap(writtenRow), toSourceLine('', line.no)], last: at };
    if (first === ROW_RULE) {
      rows.push([]);
      continue;
    }
    if (!line.text.startsWith(CELL_BAR)) {
      const resume = afterPageEnd(lines, at, isDrawingLine);
      if (resume === undefined) return undefined;
      at = resume - 1;
      continue;
    }
    let text = line.text;
    // A row broken at a word's hyphen or soft hyphen by the extraction (`│Deltagere: │Bente Ravnkilde (for-` / `mand), Ole
    // ... │`): one row.
    // (The row's rest may stand under a page's end, as any line of the drawing may.)
    const rest = text.endsWith(CELL_BAR) ? undefined : isRowRest(lines[at + 1]?.text) ? at + 1 : afterPageEnd(lines, at + 1, isRowRest);
    const next = rest === undefined ? undefined : lines[rest]!;
    // (An extraction that mended the word moved it up and left the row's closing bar alone on the next line.)
    if (next) {
      text = next.text === CELL_BAR ? `${text}${CELL_BAR}` : /\p{L}[-\u00ad]$/u.test(text) && /^\p{Ll}/u.test(next.text) ? `${text.slice(0, -1)}${next.text}` : `${text} ${next.text}`;
      at = rest!;
    }
    if (!text.endsWith(CELL_BAR)) return undefined;
    rows[rows.length - 1]!.push({ line, cells: text.slice(1, -1).split(CELL_BAR).map((cell) => cell.trim()) });
  }
  return undefined;
}

/** How many lines a page's end may print between two lines of a drawing (a foot, a counter, blank lines, a head). */
const PAGE_END_LINES = 6;

/**
 * Where a drawing goes on after the page's end that starts at `from` (a browser's print cuts a table, or a row, at the
 * page's foot): the next line of the drawing (`goesOn`) within a few lines, when a page counter or a form feed stands
 * among them.
 */
function afterPageEnd(lines: readonly SourceLine[], from: number, goesOn: (text: string) => boolean): number | undefined {
  let pageEnd = false;
  for (let at = from; at < lines.length && at <= from + PAGE_END_LINES; at++) {
    const line = lines[at]!;
    if (line.pageBreak) pageEnd = true;
    if (at > from && goesOn(line.text)) return pageEnd ? at : undefined;
    if (isPageCounterLine(line.text)) pageEnd = true;
  }
  return undefined;
}

/** A line of a drawing's body: a row (`│...`), a rule between rows (`├`) or the bottom (`└`). */
const isDrawingLine = (text: string) => text.startsWith(CELL_BAR) || text.charCodeAt(0) === ROW_RULE || text.charCodeAt(0) === BOTTOM_LEFT;
/** The rest of a row broken before its closing bar: its last words and the bar, or the bar alone. */
const isRowRest = (text: string | undefined) => text !== undefined && text.endsWith(CELL_BAR) && (!text.startsWith(CELL_BAR) || text === CELL_BAR);

/** One row of the drawing (its physical lines) as the lines a referat would print. */
function writtenRow(row: readonly PhysicalRow[]): SourceLine[] {
  if (row.length === 0) return [];
  const columns = row[0]!.cells.length;
  if (row.some((physical) => physical.cells.length !== columns)) return row.map((physical) => physical.line);
  const cellLines = (column: number) => row.map((physical) => ({ line: physical.line, text: physical.cells[column]! })).filter((cell) => cell.text.length > 0);
  if (columns === 2) {
    const label = joinedLabel(cellLines(0).map((cell) => cell.text));
    const values = cellLines(1);
    if (values.length === 0) return label ? [toSourceLine(label, row[0]!.line.no)] : [];
    const [first, ...rest] = unwrapped(values);
    return [toSourceLine(label ? `${label} ${first!.text}` : first!.text, first!.line.no), ...rest.map((cell) => toSourceLine(cell.text, cell.line.no))];
  }
  const cells = Array.from({ length: columns }, (_, column) => cellLines(column).map((cell) => cell.text).join(' '));
  return [toSourceLine(`| ${cells.join(' | ')} |`, row[0]!.line.no)];
}

/**
 * A cell's lines with the browser's wraps undone: a line that ends inside a sentence goes on on the next (`... Hanne` /
 * `Ebbesen forlod mødet ...`), as does one after an abbreviation's or a date's full stop when the next goes on in lower
 * case (`... 4.` / `september 2018`), unless the next opens a label of its own (`Imod stemte: ...`, a line break in the cell).
 */
function unwrapped(cells: readonly { line: SourceLine; text: string }[]): { line: SourceLine; text: string }[] {
  const out: { line: SourceLine; text: string }[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last && (!SENTENCE_END.test(last.text) || LOWER_START.test(cell.text)) && !LABEL_START.test(cell.text)) out[out.length - 1] = { line: last.line, text: `${last.text} ${cell.text}` };
    else out.push(cell);
  }
  return out;
}

const SENTENCE_END = /[.:!?]$/u;
const LOWER_START = /^\p{Ll}/u;
/** `For stemte:`, `Imod stemte:`, `Fraværende:`: up to three words and a colon open a line of their own. */
const LABEL_START = /^\p{Lu}\p{L}*(?: \p{L}+){0,2}:/u;

/**
 * A label wrapped in its narrow column joined again: `Tidligere` / `behandling:` is `Tidligere behandling:`, a word
 * broken at its hyphen (`Beslutnings-` / `kompetence:`) one word again (not a compound's shared part: `Kultur- og`).
 */
function joinedLabel(parts: readonly string[]): string {
  let label = '';
  for (const part of parts) {
    if (label.length === 0) label = part;
    else if (/\p{L}-$/u.test(label) && /^\p{Ll}/u.test(part) && !SHARED_PART_FOLLOWER.test(part)) label = `${label.slice(0, -1)}${part}`;
    else label = `${label} ${part}`;
  }
  return label;
}

/** The words after a compound's shared first part (`Kultur- og Fritid`, `Social- eller`): the hyphen is the writer's. */
const SHARED_PART_FOLLOWER = /^(?:og|eller|samt|til)\b/u;
