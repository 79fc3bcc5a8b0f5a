import { readDecisionBlockHeading } from '../decision-blocks.js';
import { mayStartLike } from '../line-prefilter.js';
import { readSectionHeading } from '../section-heading.js';
import { textLine, type SourceLine, type TextTraits } from '../source-line.js';
import { SECTION_LABELS } from '../vocabulary/section-labels.js';
import { columnViewOf, columnViews } from './column-view.js';
import { censusOf, WIDE_GAP, type LineCensus } from './line-census.js';

/**
 * A PDF whose labels stand in a left column beside their text, as `pdftotext -layout` gives it (KMD-era templates):
 * `Sagsfremstilling   Planen har været i høring ...` with the text's further lines indented to the text's column, and a
 * long label wrapped inside its narrow column while the text runs beside it:
 *
 *     Beslutning i       Godkendt.
 *     Teknisk Udvalg     Fraværende: Susanne Moos
 *     den 08-09-2009
 *
 * Such a block is written as the other readers know it: the label (its pieces joined) on a line of its own, then the
 * text's lines. Only a label the vocabulary knows (a section label or a dated decision block's heading) is read so; a
 * head's `Dato      8. september 2009` and a contents line pass unchanged. A field printed beside another on one line
 * after a wide gap (`Sagsnr.:   09/18220          Sagen afgøres i: Teknisk Udvalg`) is split before the known label.
 */
// (A whole document laid out so with colon labels at one column is `colon-margin-labels.ts`'s, read before this.)
// Columns are measured on each line's column view (`column-view.ts`): a gap holding a non-breaking space or a tab is a gap.
export function readMarginLabels(lines: readonly SourceLine[], traits: Pick<TextTraits, 'oddSpaces' | 'tab'> = { oddSpaces: false, tab: false }, census?: LineCensus): SourceLine[] {
  // (Only the lines whose view holds a run of three spaces after its first character are asked, one native search each;
  // the census lists them where it was taken of these lines, and then the views are made only of the lines read.)
  const taken = censusOf(census, lines);
  const views = taken ? undefined : columnViews(lines, traits);
  const viewOf = views ? (index: number) => views[index]! : (index: number) => columnViewOf(lines[index]!, traits);
  let out: SourceLine[] | undefined;
  // (The first line not handed on yet: a block read takes the lines up to its last.)
  let next = 0;
  for (const index of taken ? taken.wideGapped : lines.keys()) {
    if (index < next) continue;
    const view = viewOf(index);
    const block = view.indexOf(WIDE_GAP) > 0 ? marginBlockAt(lines, viewOf, index) ?? splitAtLabel(lines[index]!, view, index) : undefined;
    if (!block) continue;
    out ??= [];
    for (let at = next; at < index; at++) out.push(lines[at]!);
    out.push(...block.lines);
    next = block.last + 1;
  }
  if (!out) return lines as SourceLine[];
  for (let at = next; at < lines.length; at++) out.push(lines[at]!);
  return out;
}

/**
 * A label in the left column, a gap of three or more spaces, and the text from the text's column on, opening with a
 * capital or a digit as a paragraph does (a justified line's wide gaps stand between any words: `Beslutning    i`).
 */
const LABEL_BESIDE_TEXT = /^(\S+(?: \S+)*) {3,}(?=[\p{Lu}\d])/u;

/** The label column's width: wider than the longest label word, narrower than a line of text. */
const MIN_COLUMN = 8;
const MAX_COLUMN = 32;

/** How many lines a wrapped label may take in its column. */
const MAX_LABEL_LINES = 4;

/** Whether a left-column text can open a label at all (the table's first words): most lines end here. */
const mayOpenLabel = mayStartLike(
  SECTION_LABELS.map(([pattern]) => pattern),
  { ignoreCase: true },
);

interface Block {
  lines: SourceLine[];
  /** Index of the block's last source line. */
  last: number;
}

function marginBlockAt(lines: readonly SourceLine[], viewOf: (index: number) => string, start: number): Block | undefined {
  const first = lines[start]!;
  const match = LABEL_BESIDE_TEXT.exec(viewOf(start));
  if (!match) return undefined;
  const column = match[0].length;
  // (`Kompetence:      Byrådet`: a label with its colon holds its value on its line, as the readers know it already.)
  if (column < MIN_COLUMN || column > MAX_COLUMN || match[1]!.endsWith(':') || !mayOpenLabel(match[1]!)) return undefined;
  // The left column's pieces on consecutive lines, each with what stands beside it.
  const pieces: { label: string; text: string; index: number }[] = [{ label: match[1]!, text: viewOf(start).slice(column).trim(), index: start }];
  for (let index = start + 1; index < lines.length && pieces.length < MAX_LABEL_LINES; index++) {
    const piece = leftPieceOf(viewOf(index), column);
    if (!piece) break;
    pieces.push({ ...piece, index });
  }
  // The longest run of pieces that joins into a known label; the lines after it are not the label's.
  for (let count = pieces.length; count > 0; count--) {
    const label = pieces
      .slice(0, count)
      .map((piece) => piece.label)
      .join(' ');
    if (!isKnownLabel(label, first.no)) continue;
    const out = [textLine(first.no, label, first.pageBreak)];
    for (const piece of pieces.slice(0, count)) if (piece.text) out.push(textLine(lines[piece.index]!.no, piece.text));
    return withTextColumn(lines, viewOf, pieces[count - 1]!.index + 1, column, out);
  }
  return undefined;
}

/** A line whose left column holds a piece of a wrapped label: the piece, and the text beside it (if any). */
function leftPieceOf(raw: string, column: number): { label: string; text: string } | undefined {
  if (raw.charCodeAt(0) === 0x20 || raw.trim() === '') return undefined;
  const left = raw.slice(0, column).trimEnd();
  // The piece ends two spaces before the text's column at least, and the text (if any) starts at that column.
  if (left.length > column - 2 || left.includes(WIDE_GAP)) return undefined;
  const text = raw.slice(column);
  if (text.length > 0 && text.charCodeAt(0) === 0x20) return undefined;
  return { label: left, text: text.trim() };
}

/** The text's further lines (indented to its column, left column empty), blank lines between paragraphs kept. */
function withTextColumn(lines: readonly SourceLine[], viewOf: (index: number) => string, from: number, column: number, out: SourceLine[]): Block {
  let last = from - 1;
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) {
      const next = lines[index + 1];
      if (!next || next.blank || !inTextColumn(viewOf(index + 1), column)) break;
      out.push(line);
      continue;
    }
    const view = viewOf(index);
    if (!inTextColumn(view, column)) break;
    out.push(textLine(line.no, view.trim()));
    last = index;
  }
  return { lines: out, last };
}

/** A line whose text starts at the text column (a space or two of slack), with nothing in the left column. */
function inTextColumn(raw: string, column: number): boolean {
  const indent = raw.length - raw.trimStart().length;
  return indent >= column - 2 && indent < raw.length;
}

/** A label alone (`Kompetence: Plan- og` is a label with the start of its value, wrapped by justification: no margin label). */
function isKnownLabel(label: string, no: number): boolean {
  if (readDecisionBlockHeading(label) !== undefined) return true;
  const heading = readSectionHeading(textLine(no, label));
  return heading !== undefined && heading.inline === undefined;
}

/** `Sagsnr.:   09/18220          Sagen afgøres i: Teknisk Udvalg`: a second field after a wide gap, on a line of its own. */
function splitAtLabel(line: SourceLine, view: string, index: number): Block | undefined {
  const raw = view.trimEnd();
  const gap = /\S {3,}(?=\S)/gu;
  for (let match = gap.exec(raw); match; match = gap.exec(raw)) {
    const rest = raw.slice(match.index + match[0].length);
    if (!mayOpenLabel(rest)) continue;
    const heading = readSectionHeading(textLine(line.no, rest));
    if (!heading?.inline) continue;
    const before = raw.slice(0, match.index + 1).trim();
    return { lines: [textLine(line.no, before, line.pageBreak), textLine(line.no, rest)], last: index };
  }
  return undefined;
}
