import { endsWithBodyWord } from '../body-name.js';
import { isoDate } from '../danish-date.js';
import { textLine, type SourceLine } from '../source-line.js';
import { FILE_NAME_DATES, FILE_NAME_LINE, FILE_NAME_PART_SEPARATOR } from '../vocabulary/file-names.js';

/** How many non-blank lines a file's name may stand below: a web page's chrome (`Spring til indhold`, a breadcrumb) over it. */
const FILE_NAME_HEAD_LINES = 8;

/**
 * A text that opens with the name of the file it was saved as (`Beskæftigelsesudvalget_beslutningsliste_2022-03-08.txt`):
 * an export (a spreadsheet's list of decisions, a system's dump) that names its meeting only so; as its first line, or
 * under a web page's chrome where the file was shown as a page. The name's body (a part ending in a body word) and date
 * are written on that line as the head labels a referat prints (`Udvalg: <organ>`, `Mødedato: DD-MM-YYYY`), where the
 * head readers look; the name itself is no text of the minutes. Other texts pass after a look at their first lines.
 */
export function readFileNameLine(lines: readonly SourceLine[]): SourceLine[] {
  const index = fileNameLineIndex(lines);
  const line = lines[index];
  if (!line) return lines as SourceLine[];
  const stem = line.text.trim().replace(/\.[a-z]+$/iu, '');
  const date = dateOf(stem);
  const body = stem
    .split(FILE_NAME_PART_SEPARATOR)
    .map((part) => part.trim())
    .find((part) => /^\p{Lu}/u.test(part) && endsWithBodyWord(part));
  if (!date && !body) return lines as SourceLine[];
  const head = [...(body ? [textLine(line.no, `Udvalg: ${body}`)] : []), ...(date ? [textLine(line.no, `Mødedato: ${date}`)] : [])];
  return [...lines.slice(0, index), ...head, ...lines.slice(index + 1)];
}

/** The first of a text's first non-blank lines that is a file's name; -1 where none is. */
function fileNameLineIndex(lines: readonly SourceLine[]): number {
  let seen = 0;
  for (let index = 0; index < lines.length && seen < FILE_NAME_HEAD_LINES; index++) {
    if (lines[index]!.blank) continue;
    seen++;
    if (FILE_NAME_LINE.test(lines[index]!.text.trim())) return index;
  }
  return -1;
}

/** The first date the name holds, as `DD-MM-YYYY`. */
function dateOf(stem: string): string | undefined {
  for (const [pattern, order] of FILE_NAME_DATES) {
    const match = pattern.exec(stem);
    if (!match) continue;
    const [year, month, day] = order.map((at) => Number(match[at]));
    if (isoDate(year!, month!, day!)) return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
  }
  return undefined;
}
