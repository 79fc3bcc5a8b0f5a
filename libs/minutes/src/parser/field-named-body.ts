import { findDanishDate } from './danish-date.js';
import type { ParsedMeeting } from './parsed-minutes.types.js';
import { collapseSpaces, type SourceLine } from './source-line.js';
import { unusualDate } from './unusual-head-dates.js';
import { FIELDS_NAME, KIND_LINE, KIND_ON_TITLE, NO_FIELD_WORD } from './vocabulary/bodies.js';

/**
 * A committee named by its fields alone (`Forebyggelse og Idræt`, `Klima, Miljø og Teknik`: no `udvalg` in it), where
 * the head's structure says the name is the committee's: the name line right over the line that dates the meeting (a
 * `Referat` line between them or not), or the name and the meeting's date on one title line (`<navn> - 11-03-2025`,
 * `Referat - <navn> - 11. marts 2025`, as a page's running head prints it too). Asked only where every other reading
 * left the meeting's body unknown and its date is known: the date's line is the anchor.
 */
export function readBodyNamedByItsFields(meeting: ParsedMeeting, head: readonly SourceLine[], furniture: readonly SourceLine[], text: string): void {
  const date = meeting.date;
  if (meeting.body || !date) return;
  const dated = (line: string) => findDanishDate(line)?.iso === date || unusualDate(line, text) === date;
  for (const lines of [head, furniture]) {
    const written = lines.filter((line) => !line.blank);
    for (const [at, line] of written.entries()) {
      const name = fieldsName(line.text) ?? fieldsNameBeforeDate(line.text, date, text);
      if (!name) continue;
      const onDatedLine = name !== fieldsName(line.text);
      const below = written[at + 1] && KIND_LINE.test(written[at + 1]!.text.trim()) ? written[at + 2] : written[at + 1];
      if (!onDatedLine && !(below && dated(below.text))) continue;
      meeting.body = name;
      if (meeting.source === 'none') {
        meeting.source = 'head';
        meeting.line = line.no;
      }
      return;
    }
  }
}

/** The line as a committee's name by its fields (its kind before or after it dropped), else undefined. */
function fieldsName(raw: string): string | undefined {
  const text = collapseSpaces(raw).trim().replace(KIND_ON_TITLE, '').trim();
  return text.length <= 80 && FIELDS_NAME.test(text) && !NO_FIELD_WORD.test(text) ? text : undefined;
}

/** The name before the meeting's date on one line: `<navn> - 11-03-2025`, `<navn>, tirsdag den 11. marts 2025`. */
function fieldsNameBeforeDate(raw: string, date: string, text: string): string | undefined {
  const line = collapseSpaces(raw).trim();
  const found = findDanishDate(line);
  const at = found?.iso === date ? found.index : unusualDate(line, text) === date ? line.search(/\d/u) : -1;
  if (at <= 0) return undefined;
  const before = line.slice(0, at).replace(/(?:\s+(?:den|d\.))?\s*[-–,:]?\s*$/iu, '').replace(/\s*[-–,:]?\s*\p{L}+dag$/iu, '');
  return fieldsName(before);
}
