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

export function treatmentTable(lines: readonly SourceLine[], meeting: { date?: string }): ParsedEarlierTreatment[] {
  // Most items have no such table: the heading is looked for before the cells are gathered.
  // The table stands at the top of the item, under its heading and case number.
  let heading = -1;
  let tabbed = false;
  for (let index = 0; index < Math.min(lines.length, TABLE_REACH) && heading < 0; index++) {
    const plain = lines[index]!.plain;
    if ((plain.charCodeAt(0) | 0x20) !== 0x62 /* b */) continue;
    // `Behandling` alone: told by its length and first letter before the pattern.
    if (plain.length <= 14 && TREATMENT_TABLE_HEADING.test(plain.trim())) heading = index;
    // The table copied from a browser (a reader view): each row one line, its cells joined by tabs.
    else if (lines[index]!.raw.includes('\t') && TREATMENT_TABLE_HEADING.test(lines[index]!.raw.split('\t', 1)[0]!.trim())) {
      heading = index;
      tabbed = true;
    }
  }
  if (heading < 0) return [];
  const cells = (tabbed ? cellsOfTabbedRows(lines.slice(heading)) : lines.slice(heading)).filter((line) => !line.blank && line.plain.trim().length > 0);
  const start = 0;
  let at = start + 1;
  while (at < cells.length && TREATMENT_TABLE_COLUMNS.test(cells[at]!.plain.trim())) at++;
  if (at === start + 1) return [];
  const treatments: ParsedEarlierTreatment[] = [];
  while (at + 1 < cells.length) {
    const body = cells[at]!.plain.trim();
    const date = /^\d{1,2}-\d{1,2}-\d{4}$/u.test(cells[at + 1]!.plain.trim()) ? findDanishDate(cells[at + 1]!.plain) : undefined;
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

/** Rows of tab-joined cells as one cell a line (a row's empty cells dropped); a line without a tab is one cell, as written. */
function cellsOfTabbedRows(lines: readonly SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  for (const line of lines) {
    if (!line.raw.includes('\t')) cells.push(line);
    else for (const cell of line.raw.split('\t')) if (cell.trim().length > 0) cells.push({ plain: cell.trim(), no: line.no, blank: false });
  }
  return cells;
}
