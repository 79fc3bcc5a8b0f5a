import { textLine, type SourceLine } from '../source-line.js';
import { DEFINITION_NUMBER_LABEL, DEFINITION_TITLE_LABEL } from '../vocabulary/numbering.js';
import { nextLineOverFurniture, pageHeadLines } from './furniture-between-fields.js';

/**
 * A CMS's definition-list export (`<dl>` copied as text): every field a label alone on its line with its value under
 * it, an item opening `Punkt` / `4` / `Overskrift` / `<titel>`. As lines, the number under its label reads as a
 * heading whose title is the next label (`Overskrift`), and the title stands in the body. Where two items or more open
 * so, each is written as the heading `4. <titel>` on the number's line, its two labels and its title line dropped;
 * the other fields (`Sagsnummer` / `<nr>`, `Beslutning` / `<tekst>`) stay, as the reader takes a label over its value.
 * Printed as pages, a page's counter and repeated head may stand between a label and its value: they are passed over
 * and kept after the heading (the noise pass drops them there); a title wrapped onto a lower-case line is read whole.
 * A text without such an opening passes as it is, after a length test per line.
 */
export function readDefinitionListItems(lines: readonly SourceLine[]): SourceLine[] {
  const openings: Opening[] = [];
  let head: ReadonlySet<string> | undefined;
  for (let index = 0; index + 3 < lines.length; index++) {
    if (!mayBeNumberLabel(lines[index]!.text)) continue;
    head ??= pageHeadLines(lines);
    const opening = openingAt(lines, index, head);
    if (opening) openings.push(opening);
  }
  if (openings.length < 2) return lines as SourceLine[];
  const out: SourceLine[] = [];
  let next = 0;
  for (let index = 0; index < lines.length; index++) {
    const opening = openings[next];
    if (index !== opening?.label) {
      out.push(lines[index]!);
      continue;
    }
    const number = lines[opening.number]!;
    const title = opening.titleLines.map((at) => lines[at]!.text).join(' ');
    out.push(textLine(number.no, `${number.text.replace(/\.$/u, '')}. ${title}`, lines[index]!.pageBreak || number.pageBreak));
    for (const at of opening.furniture) out.push(lines[at]!);
    index = opening.titleLines.at(-1)!;
    next++;
  }
  return out;
}

/** The lines of one item's opening, by index: its labels, number and title, and the page furniture among them. */
interface Opening {
  label: number;
  number: number;
  titleLines: number[];
  furniture: number[];
}

/** The longest label the vocabulary names (`sagens titel`, `dagsordenspunkt`): a longer line is no label. */
const LABEL_LENGTH = 16;

/** Most lines are longer than a label: a length test spares them the pattern. */
function mayBeNumberLabel(text: string): boolean {
  return text.length > 0 && text.length <= LABEL_LENGTH && DEFINITION_NUMBER_LABEL.test(text);
}

/** `Punkt` / `4` / `Overskrift` / `<titel>` from this line on, page furniture passed over. */
function openingAt(lines: readonly SourceLine[], label: number, head: ReadonlySet<string>): Opening | undefined {
  const furniture: number[] = [];
  const number = nextLineOverFurniture(lines, label + 1, head, furniture);
  if (number < 0 || !/^\d{1,4}\.?$/u.test(lines[number]!.text)) return undefined;
  const titleLabel = nextLineOverFurniture(lines, number + 1, head, furniture);
  if (titleLabel < 0 || !DEFINITION_TITLE_LABEL.test(lines[titleLabel]!.text)) return undefined;
  const title = nextLineOverFurniture(lines, titleLabel + 1, head, furniture);
  if (title < 0 || !/\p{L}/u.test(lines[title]!.text)) return undefined;
  const titleLines = [title];
  // A title wrapped by a narrower column goes on in lower case (a label or the next field opens in upper case or a digit).
  while (title + titleLines.length < lines.length && opensInLowerCase(lines[title + titleLines.length]!.text)) titleLines.push(title + titleLines.length);
  return { label, number, titleLines, furniture };
}

function opensInLowerCase(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

