import { statusOf } from './attendance.recogniser.js';
import { endsWithBodyWord } from './body-name.js';
import { collapseSpaces, type SourceLine } from './source-line.js';
import {
  ATTENDANCE_TABLE_COLUMNS,
  ATTENDANCE_TABLE_NAME_COLUMN,
  ATTENDANCE_TABLE_OTHER_COLUMN,
  ATTENDANCE_TABLE_STATUS_COLUMN,
  LEFT_EARLY_WORD,
  PARTIAL_REMARK,
  PRESENCE_CELL,
  STANDS_IN_FOR,
  STANDS_IN_FOR_WITHIN,
} from './vocabulary/head-forms.js';

/** A head line as the head reader reads it (`head-forms.ts`). */
type HeadLine = { line: SourceLine; text: string };

/** A person as a table row names them: two or more capitalised words, maybe a party in brackets and a role after a comma. */
const PERSON_CELL = /^(?<name>\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+)+(?:\s*\([^()]{1,20}\))?)(?:\s*,\s*\p{Ll}[\p{L} -]{0,40})?$/u;

/**
 * An attendance table extracted one cell a line, its empty cells dropped (`Navn` / `Udvalg` / `Bemærkning`, then
 * `Lene Skov (A), formand` / `Børne- og Familieudvalget`, `Mette Bech (V)` / `Børne- og Familieudvalget` / `Afbud`, ...):
 * each row starts at a person's name, and its other cells say the status, a stand-in or partial presence (a body's
 * name is the row's committee). Written as `Deltagere:` / `Afbud:` / `Stedfortræder:` lines; `last` is the table's last line.
 */
export function attendanceCellTable(lines: readonly SourceLine[], index: number): { lines: HeadLine[]; last: number } | undefined {
  if (!ATTENDANCE_TABLE_NAME_COLUMN.test(cellText(lines[index]!))) return undefined;
  let at = index + 1;
  while (at < lines.length && ATTENDANCE_TABLE_OTHER_COLUMN.test(cellText(lines[at]!))) at++;
  if (at === index + 1) return undefined;
  const out: HeadLine[] = [];
  let last = index;
  while (at < lines.length) {
    const person = PERSON_CELL.exec(cellText(lines[at]!));
    if (!person) break;
    const row = lines[at]!;
    let status: string | undefined;
    let standsIn: string | undefined;
    let partial: string | undefined;
    for (at++; at < lines.length && !PERSON_CELL.test(cellText(lines[at]!)); at++) {
      const cell = cellText(lines[at]!);
      const said = statusOf(cell);
      if (said === 'apologies' || said === 'absent') status = said === 'apologies' ? 'Afbud' : 'Fraværende';
      else if (STANDS_IN_FOR.test(cell)) standsIn = STANDS_IN_FOR.exec(cell)!.groups!.for!;
      else if (PARTIAL_REMARK.test(cell)) partial = cell.toLowerCase();
      else if (!endsWithBodyWord(cell)) break;
    }
    const name = person.groups!.name!;
    out.push({ line: row, text: standsIn ? `Stedfortræder: ${name} for ${standsIn}` : status ? `${status}: ${name}` : `Deltagere: ${name}${partial ? `, ${partial}` : ''}` });
    last = at - 1;
  }
  return out.length >= 2 ? { lines: out, last } : undefined;
}

/**
 * An attendance table extracted one cell a line with every cell kept (Apache Tika's text of a Word table: `Navn` /
 * `Udpeget af` / `Til stede`, then `Birgit Holm, formand` / `DH Herning` / `Ja`, `Karsten Lauridsen` / `Byrådet` /
 * `Afbud`, ...): the header's cells give the row's width, and the cells after it are read row by row while a row
 * starts with a person. A presence column's cell says the status (`Ja`, `Nej`, `Afbud`, `Ja, gik kl. 17.15`), another cell may
 * name whom the member stands in for (`Byrådet (stedfortræder for <navn>)`). Written as `afbud`-style lines as
 * `attendanceCellTable` writes them; `last` is the table's last line.
 */
export function attendanceCellGrid(lines: readonly SourceLine[], index: number): { lines: HeadLine[]; last: number } | undefined {
  if (!ATTENDANCE_TABLE_NAME_COLUMN.test(cellText(lines[index]!))) return undefined;
  const header: string[] = [cellText(lines[index]!)];
  let at = index + 1;
  while (at < lines.length && isColumnHeader(cellText(lines[at]!))) header.push(cellText(lines[at++]!));
  const width = header.length;
  const presence = header.findIndex((cell) => ATTENDANCE_TABLE_STATUS_COLUMN.test(cell) || ATTENDANCE_TABLE_COLUMNS.some(([pattern, label]) => label === 'Deltagere' && pattern.test(cell)));
  if (width < 2 || presence < 1) return undefined;
  // (Tika writes each cell after a tab: where the header's are so, a row's are too, and the table ends where they stop.)
  const tabbed = lines[index]!.raw.startsWith('\t');
  const out: HeadLine[] = [];
  let row = at;
  for (; row + width <= lines.length; row += width) {
    const person = PERSON_CELL.exec(cellText(lines[row]!));
    if (!person || (tabbed && lines.slice(row, row + width).some((line) => !line.raw.startsWith('\t')))) break;
    const cells = lines.slice(row + 1, row + width).map(cellText);
    const name = person.groups!.name!;
    const standsIn = cells.map((cell) => STANDS_IN_FOR_WITHIN.exec(cell)?.groups!.for).find((found) => found !== undefined);
    const said = cells[presence - 1]!;
    const present = PRESENCE_CELL.exec(said);
    const status = statusOf(said);
    const remark = (present?.groups!.remark ?? cells.find((cell) => PARTIAL_REMARK.test(cell)))?.replace(LEFT_EARLY_WORD, 'forlod mødet');
    const text = standsIn
      ? `Stedfortræder: ${name} for ${standsIn}`
      : status === 'apologies'
        ? `Afbud: ${name}`
        : status === 'absent' || (!present && /^nej$/iu.test(said))
          ? `Fraværende: ${name}`
          : `Deltagere: ${name}${remark ? `, ${remark.toLowerCase()}` : ''}`;
    out.push({ line: lines[row]!, text });
  }
  return out.length >= 2 ? { lines: out, last: row - 1 } : undefined;
}

/** A header cell of an attendance table: a column the name reader knows, or one that names a status. */
function isColumnHeader(text: string): boolean {
  return ATTENDANCE_TABLE_OTHER_COLUMN.test(text) || ATTENDANCE_TABLE_STATUS_COLUMN.test(text) || ATTENDANCE_TABLE_COLUMNS.some(([pattern]) => pattern.test(text));
}

function cellText(line: SourceLine): string {
  return collapseSpaces(line.unmarked).trim();
}
