import { textLine, type SourceLine, type TextTraits } from '../source-line.js';
import { columnViews } from './column-view.js';

/**
 * A PDF referat laid out in two columns and extracted with its layout kept (`pdftotext -layout`), its labels ending in
 * colons (labels without colons, a section's `Sagsfremstilling` beside its text, are `margin-labels.ts`'s): the labels stand in
 * a left margin (`Mødedato:`, `Deltagere:`, `Sagsnr.:`, `Beslutning:`) and their text in a column to the right, which
 * wrapped lines continue indented to that column (a member list one name a line, a decision over two lines); a long
 * label wraps in its own column (`Tidligere` over `behandling:`). Each label is given a line of its own with its text
 * on the lines under it, as most layouts print them, so that the head's member list and the sections read as theirs;
 * lines of other shapes (item headings `Punkt 23   <titel>`, running page heads) pass unchanged.
 *
 * Told by three or more different labels whose text starts at one column, and two or more lines indented to it: a
 * text of another layout (`Fraværende:  <navn>` repeated, Slagelse) passes as it is, after one `indexOf` per line.
 */
// (Columns are measured on each line's column view, `column-view.ts`: a gap holding a non-breaking space or a tab is a gap.)
export function readColonMarginLabels(lines: readonly SourceLine[], traits: Pick<TextTraits, 'oddSpaces' | 'tab'> = { oddSpaces: false, tab: false }): SourceLine[] {
  const views = columnViews(lines, traits);
  const column = valueColumn(lines, views);
  if (column === undefined) return lines as SourceLine[];
  const out: SourceLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const raw = views[index]!;
    const labelled = raw.length > column && raw.charCodeAt(column - 1) === 0x20 && raw.charCodeAt(column) !== 0x20 ? MARGIN_TEXT.exec(raw.slice(0, column)) : null;
    if (labelled) {
      const label = labelled[1]!;
      const value = raw.slice(column).trim();
      // `Tidligere` over `behandling:`: the label wrapped in the margin, its second line holding no text of its own.
      const wrapped = !label.endsWith(':') ? LABEL_TAIL.exec(views[index + 1] ?? '') : null;
      if (label.endsWith(':') || wrapped) {
        out.push(textLine(line.no, wrapped ? `${label} ${wrapped[1]}` : label, line.pageBreak), textLine(line.no, value));
        if (wrapped) index++;
        continue;
      }
    }
    // A line of the right-hand column alone: the text of the label above it.
    if (!line.blank && isIndentedTo(raw, column)) {
      out.push(textLine(line.no, line.text, line.pageBreak));
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Text in the margin: a label of a word or three, then the gap to the text column. */
const MARGIN_TEXT = /^(\p{Lu}[\p{L}.\/ -]{0,30}?:?)\s{2,}$/u;

/** The second line of a label wrapped in the margin: a word ending in the label's colon, and nothing after it. */
const LABEL_TAIL = /^(\p{Ll}[\p{L}.-]{1,20}:)\s*$/u;

/** How far right a margin's text column may start, and how near. */
const MIN_COLUMN = 12;
const MAX_COLUMN = 40;

/**
 * The column where the margin labels' text starts, when three different labels (with their colon, the gap of two
 * spaces or more after it) start their text at one column and two lines continue at it; `undefined` otherwise.
 */
function valueColumn(lines: readonly SourceLine[], views: readonly string[]): number | undefined {
  let labels: Map<number, Set<string>> | undefined;
  for (const raw of views) {
    const colon = raw.indexOf(':  ');
    if (colon < 2 || colon > MAX_COLUMN) continue;
    let column = colon + 3;
    while (raw.charCodeAt(column) === 0x20) column++;
    if (column < MIN_COLUMN || column > MAX_COLUMN || column >= raw.length || !MARGIN_TEXT.test(raw.slice(0, column))) continue;
    labels ??= new Map();
    const seen = labels.get(column) ?? new Set<string>();
    seen.add(raw.slice(0, colon).toLowerCase());
    labels.set(column, seen);
  }
  if (!labels) return undefined;
  for (const [column, seen] of labels) {
    if (seen.size < 3) continue;
    let continued = 0;
    for (let index = 0; index < lines.length; index++) if (!lines[index]!.blank && isIndentedTo(views[index]!, column) && ++continued >= 2) return column;
  }
  return undefined;
}

/** The line starts at exactly the column (spaces before it, its text from there). */
function isIndentedTo(raw: string, column: number): boolean {
  if (raw.length <= column || raw.charCodeAt(column) === 0x20 || raw.charCodeAt(0) !== 0x20) return false;
  for (let at = 1; at < column; at++) if (raw.charCodeAt(at) !== 0x20) return false;
  return true;
}
