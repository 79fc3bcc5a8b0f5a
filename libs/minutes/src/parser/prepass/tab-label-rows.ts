import { readDecisionBlockHeading } from '../decision-blocks.js';
import { readSectionHeading } from '../section-heading.js';
import { textLine, type SourceLine } from '../source-line.js';
import { HEAD_LABELS } from '../vocabulary/head-labels.js';

/**
 * A Word table of labels and values saved as text (LibreOffice Writer's `Save as Text`, Word's `.txt`): each row one
 * line of tab-joined cells, `Mødedato:<TAB>Tirsdag den 17. april 2018`, `Beslutning<TAB>Godkendt.`, and a cell's
 * further paragraphs on lines of their own after it (`Deltagere:<TAB><navn>` / `<navn>` / `<navn>`). A row whose value
 * goes on so is read as the two lines a referat prints, the label over its value, so that the readers after it find
 * the label alone on its line and every paragraph under it; a row of one line is read as `<label>: <value>`, the colon
 * written where the cell had none. Only rows of exactly two cells whose first is a head label (`Deltagere:`, `Afbud:`)
 * or a section label (`Beslutning`, `Indstilling`); an agenda line (`1.<TAB><titel>`), a contents line and a data
 * table's row pass unchanged, as does every line without a tab, and a text that writes its labels so only here and
 * there (`writtenAsTableRows`).
 */
export function readTabLabelRows(lines: readonly SourceLine[]): SourceLine[] {
  const rows = new Map<number, { label: string; value: string }>();
  lines.forEach((line, index) => {
    const row = line.raw.includes('\t') ? labelRowOf(line) : undefined;
    if (row) rows.set(index, row);
  });
  if (!writtenAsTableRows(lines, rows)) return lines as SourceLine[];
  const out: SourceLine[] = [];
  lines.forEach((line, index) => {
    const row = rows.get(index);
    if (!row) out.push(line);
    else if (valueGoesOn(row.value, lines[index + 1])) out.push(textLine(line.no, row.label, line.pageBreak), textLine(line.no, row.value));
    else out.push(textLine(line.no, `${row.label.replace(/\s*:$/u, '')}: ${row.value}`, line.pageBreak));
  });
  return out;
}

/**
 * The document writes its labels as table rows: at least two rows, and its labels followed by a space instead of a tab
 * on fewer lines than by one (a Word table saved as text writes every row so; a text whose spaces a tab replaced here
 * and there, `Beslutning<TAB>Teknik- og Miljøudvalget den ...`, writes most of its labels with a space).
 */
function writtenAsTableRows(lines: readonly SourceLine[], rows: ReadonlyMap<number, { label: string }>): boolean {
  if (rows.size < 2) return false;
  const labels = [...new Set([...rows.values()].map((row) => `${row.label} `))];
  let spaced = 0;
  for (const line of lines) if (!line.blank && labels.some((label) => line.raw.startsWith(label))) spaced++;
  return spaced < rows.size;
}

/** The label and value cells of a two-cell row whose first cell is a known label (with or without its colon). */
function labelRowOf(line: SourceLine): { label: string; value: string } | undefined {
  const cells = line.raw.split('\t').map((cell) => cell.trim());
  if (cells.length !== 2 || cells[0] === '' || cells[1] === '' || cells[0]!.length > LABEL_CELL_LENGTH) return undefined;
  const [label, value] = [cells[0]!, cells[1]!];
  if (!isHeadLabel(label) && !isSectionLabel(line.no, label)) return undefined;
  return isOneLabelSplit(line.no, label, value) ? undefined : { label, value };
}

/**
 * A label whose words a tab parts, not a label and its value: the second cell ends the label (`Afbud<TAB>fra:`), or the
 * cells joined read as one label alone (`Sagsfremstilling<TAB>og økonomi`) or a dated decision block's heading
 * (`Beslutning i Økonomiudvalget<TAB>den 15-10-2020`): a value cell is what a label heads, never the rest of its name.
 */
const isOneLabelSplit = (no: number, label: string, value: string) => {
  if (value.endsWith(':')) return true;
  const joined = `${label} ${value}`;
  return isHeadLabel(joined) || isSectionLabel(no, joined) || readDecisionBlockHeading(joined) !== undefined;
};

/**
 * The line after a row continues its value cell: text that is neither another label row nor an agenda line
 * (`2.<TAB><titel>`), nor a label of its own opening the lines after it (`Deltagerne var:`). A list's entry (`•<TAB>...`,
 * `a)<TAB>...`) continues only a value that opens it (`Formanden orienterede om:`): after a value whole on its line
 * (`Fraværende:<TAB><navn> mødte som stedfortræder.` over the next item's bullet) the list is the text's own.
 */
const valueGoesOn = (value: string, next: SourceLine | undefined) =>
  next !== undefined &&
  !next.blank &&
  !AGENDA_LINE.test(next.raw) &&
  !LABEL_OF_ITS_OWN.test(next.text) &&
  (value.endsWith(':') || !LIST_ENTRY.test(next.raw)) &&
  !(next.raw.includes('\t') && labelRowOf(next)) &&
  readSectionHeading(next) === undefined;

/** A label alone on its line, a few words before its colon (`Deltagerne var:`, `Desuden deltog:`). */
const LABEL_OF_ITS_OWN = /^\s*\p{L}[\p{L}.\/-]*(?:\s+[\p{L}.\/-]+){0,3}\s*:\s*$/u;
/** A list's entry: a bullet or a lettered or numbered point before its text. */
const LIST_ENTRY = /^\s*(?:[•·▪◦‣●○■□–-]|[a-zæøå]\)|\d{1,2}\))\s/u;

/** An agenda line as automatic numbering writes it: the number, a tab, the title. */
const AGENDA_LINE = /^\s*\d{1,3}\.\t/u;

/** A label cell is a few words. */
const LABEL_CELL_LENGTH = 40;

const isHeadLabel = (cell: string) => {
  const key = cell.replace(/\s*:$/u, '');
  return HEAD_LABELS.some(([pattern]) => pattern.test(key));
};

const isSectionLabel = (no: number, cell: string) => {
  const heading = readSectionHeading(textLine(no, cell));
  return heading !== undefined && heading.inline === undefined;
};
