import { textLine, type SourceLine } from '../source-line.js';
import { DECISION_COLUMN, NUMBER_COLUMN, ROW_NUMBER, TITLE_COLUMN } from '../vocabulary/table-columns.js';

/** A head cell's key: trimmed, lower-case, without a closing colon or full stop, `Referat / beslutning` as `referat/beslutning`. */
const cellKey = (text: string) => text.trim().toLowerCase().replace(/[:.]+$/u, '').replace(/\s*\/\s*/gu, '/');

/** A head cell is a word or two: longer lines are asked nothing. */
const HEAD_CELL_LENGTH = 24;

/**
 * Rewrites an agenda table that a Word export wrote one cell a line (Langeland's `Pkt.` / `Emne` / `Referat /
 * beslutning`, then `1.` / `<titel>` / the decision's lines, `2.` / ...) as the lines other referater print: `N. <titel>`,
 * `Beslutning:`, then the decision cell's lines. A row starts at the number after the last row's (the first row's number
 * any), followed by a line of text; the decision cell runs to the next row. Every written line keeps the number of
 * the line it came from. Documents without such a head pass unchanged (a length test per line).
 */
export function readCellTables(lines: readonly SourceLine[]): SourceLine[] {
  const head = cellTableHead(lines);
  if (head === undefined) return lines as SourceLine[];
  const out: SourceLine[] = lines.slice(0, head);
  let last: number | undefined;
  let index = head + 3;
  while (index < lines.length) {
    const row = rowAt(lines, index, last);
    if (row === undefined) {
      out.push(lines[index]!);
      index++;
      continue;
    }
    out.push(textLine(lines[index]!.no, `${row.number}. ${lines[row.title]!.text.trim()}`, lines[index]!.pageBreak), textLine(lines[row.title]!.no, 'Beslutning:'));
    last = row.number;
    index = row.title + 1;
  }
  return out;
}

/** The index of the table's head row (three head cells on three lines running), or nothing. */
function cellTableHead(lines: readonly SourceLine[]): number | undefined {
  for (let index = 0; index + 2 < lines.length; index++) {
    const text = lines[index]!.text;
    if (text.length > HEAD_CELL_LENGTH || !NUMBER_COLUMN.test(cellKey(text))) continue;
    const title = lines[index + 1]!.text;
    const decision = lines[index + 2]!.text;
    if (title.length <= HEAD_CELL_LENGTH && decision.length <= HEAD_CELL_LENGTH && TITLE_COLUMN.test(cellKey(title)) && DECISION_COLUMN.test(cellKey(decision))) return index;
  }
  return undefined;
}

/** A row's number cell at `index` (the next number after `last`) over its title cell. */
function rowAt(lines: readonly SourceLine[], index: number, last: number | undefined): { number: number; title: number } | undefined {
  const cell = ROW_NUMBER.exec(lines[index]!.text.trim());
  if (!cell) return undefined;
  const number = Number(cell[1]);
  if (last !== undefined && number !== last + 1) return undefined;
  const title = index + 1;
  if (title >= lines.length || lines[title]!.blank || !/\p{L}/u.test(lines[title]!.text)) return undefined;
  return { number, title };
}
