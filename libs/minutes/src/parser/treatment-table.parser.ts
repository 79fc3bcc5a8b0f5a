import { findDanishDate } from './danish-date.js';
import type { ParsedEarlierTreatment } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import { TREATMENT_TABLE_COLUMNS, TREATMENT_TABLE_HEADING } from './vocabulary/decision-blocks.js';
import { ENDS_WITH_BODY_WORD } from './vocabulary/bodies.js';

/**
 * Bornholm's `Behandling` table, extracted one cell a line: the header `Behandling` / `Mødedato` / `Åbent punkt` /
 * `Lukket punkt`, then a row per meeting that treats the case: the body, `DD-MM-YYYY` and the item number (under the
 * open or the closed column). The rows of other meetings are earlier treatments with their item numbers; the row of
 * this meeting is this meeting's.
 */
/** How many lines into an item the table may start. */
const TABLE_REACH = 40;

/**
 * `headless`: the table copied from a browser may have lost its head row (`Behandling<TAB>Mødedato<TAB>...`): every item
 * repeats it, so at a page's top the noise pass reads it as the page's running head. Its rows are read from the first
 * tab-joined row that names a body and a date (the caller asks so only where the item's preamble opens with one).
 */
export function treatmentTable(lines: readonly SourceLine[], meeting: { date?: string }, headless = false): ParsedEarlierTreatment[] {
  // Most items have no such table: the heading is looked for before the cells are gathered.
  // The table stands at the top of the item, under its heading and case number.
  let heading = -1;
  let tabbed = false;
  for (let index = 0; index < Math.min(lines.length, TABLE_REACH) && heading < 0; index++) {
    const plain = lines[index]!.plain;
    if (headless) {
      if (lines[index]!.raw.includes('\t') && rowDateAt(tabParts(lines[index]!.raw)) > 0) {
        heading = index;
        tabbed = true;
      }
      continue;
    }
    if ((plain.charCodeAt(0) | 0x20) !== 0x62 /* b */) continue;
    // `Behandling` alone: told by its length and first letter before the pattern.
    if (plain.length <= 14 && TREATMENT_TABLE_HEADING.test(plain.trim())) heading = index;
    // The table copied from a browser (a reader view): each row one line, its cells joined by tabs.
    // (A line indented by a tab is read from its first cell.)
    else if (lines[index]!.raw.includes('\t') && TREATMENT_TABLE_HEADING.test(lines[index]!.raw.trimStart().split('\t', 1)[0]!.trim())) {
      heading = index;
      tabbed = true;
    }
  }
  if (heading < 0) return [];
  const cells = (tabbed ? cellsOfTabbedRows(lines.slice(heading)) : lines.slice(heading)).filter((line) => !line.blank && line.plain.trim().length > 0);
  const start = headless ? -1 : 0;
  let at = start + 1;
  while (at < cells.length && TREATMENT_TABLE_COLUMNS.test(cells[at]!.plain.trim())) at++;
  if (at === start + 1 && !headless) return [];
  const treatments: ParsedEarlierTreatment[] = [];
  while (at + 1 < cells.length) {
    const body = cells[at]!.plain.trim();
    const date = ROW_DATE.test(cells[at + 1]!.plain.trim()) ? findDanishDate(cells[at + 1]!.plain) : undefined;
    if (!ENDS_WITH_BODY_WORD.test(body) || !date) break;
    const number = /^\d{1,4}$/u.test(cells[at + 2]?.plain.trim() ?? '') ? Number(cells[at + 2]!.plain.trim()) : undefined;
    if (date.iso !== meeting.date) {
      treatments.push({ body, date: date.iso, itemNumbers: number === undefined ? [] : [number], text: `${body} ${cells[at + 1]!.plain.trim()}`, line: cells[at]!.no });
    }
    at += number === undefined ? 2 : 3;
  }
  return treatments;
}

/** A cell as the table reads it: its text and the line it stands on. */
interface Cell {
  plain: string;
  no: number;
  blank: boolean;
}

/**
 * Rows of tab-joined cells as one cell a line (a row's empty cells dropped); a line without a tab is one cell, as
 * written. A tab inside a cell (an extraction's, between two words) parts no cell: a row's body is every part before its
 * date (`Økonomi-,<TAB>Erhvervs- og Planudvalget<TAB>11-09-2019<TAB>4`), and a header's parts are joined until they
 * name a column (`Åbent<TAB>punkt`).
 */
function cellsOfTabbedRows(lines: readonly SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  for (const line of lines) {
    if (!line.raw.includes('\t')) {
      cells.push(line);
      continue;
    }
    const parts = tabParts(line.raw);
    const date = rowDateAt(parts);
    const joined = date > 0 ? [parts.slice(0, date).join(' '), ...parts.slice(date)] : headerCells(parts);
    for (const cell of joined) cells.push({ plain: cell, no: line.no, blank: false });
  }
  return cells;
}

/** A row's meeting date (`26-09-2019`). */
const ROW_DATE = /^\d{1,2}-\d{1,2}-\d{4}$/u;

/** A line's tab-joined parts, empty ones dropped. */
const tabParts = (raw: string) => raw.split('\t').map((part) => part.trim()).filter((part) => part.length > 0);

/** Where a row's date stands among its parts (-1 where none does). */
const rowDateAt = (parts: readonly string[]) => parts.findIndex((part) => ROW_DATE.test(part));

/**
 * An item's preamble that opens with a row of the table (`<organ><TAB>DD-MM-YYYY<TAB>N`), its head row taken for a
 * page's running head: for the caller's gate.
 */
export const OPENS_WITH_TREATMENT_ROW = /^[^\n]*\t *\d{1,2}-\d{1,2}-\d{4}(?:\t|\s*$)/u;

/** A header row's parts, those of a column's name a tab parted joined again (parts of no column's name as they are). */
function headerCells(parts: readonly string[]): string[] {
  const cells: string[] = [];
  for (let at = 0; at < parts.length; at++) {
    const part = parts[at]!;
    const joined = at + 1 < parts.length ? `${part} ${parts[at + 1]}` : undefined;
    if (joined !== undefined && !isColumnName(part) && isColumnName(joined)) {
      cells.push(joined);
      at++;
    } else cells.push(part);
  }
  return cells;
}

const isColumnName = (cell: string) => TREATMENT_TABLE_HEADING.test(cell) || TREATMENT_TABLE_COLUMNS.test(cell);
