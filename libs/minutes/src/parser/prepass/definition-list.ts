import { textLine, type SourceLine } from '../source-line.js';
import { DEFINITION_NUMBER_LABEL, DEFINITION_TITLE_LABEL } from '../vocabulary/numbering.js';

/**
 * A CMS's definition-list export (`<dl>` copied as text): every field a label alone on its line with its value under
 * it, an item opening `Punkt` / `4` / `Overskrift` / `<titel>`. As lines, the number under its label reads as a
 * heading whose title is the next label (`Overskrift`), and the title stands in the body. Where two items or more open
 * so, each is written as the heading `4. <titel>` on the number's line, its two labels and its title line dropped;
 * the other fields (`Sagsnummer` / `<nr>`, `Beslutning` / `<tekst>`) stay, as the reader takes a label over its value.
 * A text without such an opening passes as it is, after a length test per line.
 */
export function readDefinitionListItems(lines: readonly SourceLine[]): SourceLine[] {
  const openings: number[] = [];
  for (let index = 0; index + 3 < lines.length; index++) if (opensItem(lines, index)) openings.push(index);
  if (openings.length < 2) return lines as SourceLine[];
  const out: SourceLine[] = [];
  let next = 0;
  for (let index = 0; index < lines.length; index++) {
    if (index !== openings[next]) {
      out.push(lines[index]!);
      continue;
    }
    const number = lines[index + 1]!;
    out.push(textLine(number.no, `${number.text.replace(/\.$/u, '')}. ${lines[index + 3]!.text}`, lines[index]!.pageBreak || number.pageBreak));
    index += 3;
    next++;
  }
  return out;
}

/** The longest label the vocabulary names (`sagens titel`, `dagsordenspunkt`): a longer line is no label. */
const LABEL_LENGTH = 16;

/** `Punkt` / `4` / `Overskrift` / `<titel>` from this line on. */
function opensItem(lines: readonly SourceLine[], index: number): boolean {
  const label = lines[index]!.text;
  // Most lines are longer than a label: a length test spares them the patterns.
  if (label.length === 0 || label.length > LABEL_LENGTH || !DEFINITION_NUMBER_LABEL.test(label)) return false;
  if (!/^\d{1,4}\.?$/u.test(lines[index + 1]!.text)) return false;
  return DEFINITION_TITLE_LABEL.test(lines[index + 2]!.text) && /\p{L}/u.test(lines[index + 3]!.text);
}
