import { statusOf } from './attendance.recogniser.js';
import { endsWithBodyWord } from './body-name.js';
import { collapseSpaces, type SourceLine } from './source-line.js';
import { ATTENDANCE_TABLE_NAME_COLUMN, ATTENDANCE_TABLE_OTHER_COLUMN, PARTIAL_REMARK, STANDS_IN_FOR } from './vocabulary/head-forms.js';

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

function cellText(line: SourceLine): string {
  return collapseSpaces(line.unmarked).trim();
}
