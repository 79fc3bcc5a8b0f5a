import { textLine, type SourceLine } from '../source-line.js';
import {
  ANNOUNCED_CELL,
  ANNOUNCED_HEADING,
  ANNOUNCED_HEADINGS_AT_LEAST,
  ANNOUNCED_PREFIX,
  BROWSER_IN_TITLE,
  NAVIGATION_LANDMARK,
  ROLE_ONLY,
} from '../vocabulary/screen-reader.js';

/**
 * A referat page as a screen reader spoke it, saved as text: the roles it announces are no text of the page. A heading
 * keeps its text (`overskrift  niveau 2  3. <titel>` is the item heading `3. <titel>`), a list entry and a link theirs
 * (`punkttegn  Anne Holm (C)`), a role alone goes (`liste med 7 elementer`, `ude af liste`, `hovedområde`), the site's
 * navigation goes (from its landmark to the main region or the first heading), and a table read cell by cell gives its
 * first cell as the label of the next (`række 1  kolonne 1  Mødedato` / `kolonne 2  Mandag den ...` is `Mødedato: Mandag
 * den ...`, as a head writes it). The window title loses the browser's name. A text with fewer than two heading
 * announcements passes unchanged; the caller asks first whether the text holds the announcement's word at all.
 */
export function readScreenReaderLog(lines: readonly SourceLine[]): SourceLine[] {
  let headings = 0;
  for (const line of lines) if (ANNOUNCED_HEADING.test(line.text) && ++headings >= ANNOUNCED_HEADINGS_AT_LEAST) break;
  if (headings < ANNOUNCED_HEADINGS_AT_LEAST) return lines as SourceLine[];
  const out: SourceLine[] = [];
  let navigation = false;
  let label: string | undefined;
  for (const [index, line] of lines.entries()) {
    const text = line.text.trim();
    const heading = ANNOUNCED_HEADING.exec(text);
    if (heading) {
      navigation = false;
      label = undefined;
      out.push(textLine(line.no, heading[2]!.trim(), line.pageBreak));
      continue;
    }
    if (NAVIGATION_LANDMARK.test(text)) {
      navigation = true;
      continue;
    }
    if (ROLE_ONLY.test(text)) {
      if (/^(?:hovedområde|main)/iu.test(text)) navigation = false;
      continue;
    }
    if (navigation) continue;
    const cell = ANNOUNCED_CELL.exec(text);
    if (cell) {
      // A row's first cell names what its next cell holds.
      if (cell[1] === '1') label = cell[2]!.trim();
      else out.push(textLine(line.no, label ? `${label.replace(/[:.]+$/u, '')}: ${cell[2]!.trim()}` : cell[2]!.trim(), line.pageBreak));
      if (cell[1] !== '1') label = undefined;
      continue;
    }
    const spoken = text.replace(ANNOUNCED_PREFIX, '');
    const titled = index === 0 ? spoken.replace(BROWSER_IN_TITLE, '') : spoken;
    out.push(titled === line.text ? line : textLine(line.no, titled, line.pageBreak));
  }
  return out;
}
