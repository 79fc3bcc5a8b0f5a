import { textLine, type SourceLine } from '../source-line.js';
import { indexesToAsk, type LineCensus } from './line-census.js';
import { HEAD_LABELS } from '../vocabulary/head-labels.js';
import { nextLineOverFurniture, pageHeadLines } from './furniture-between-fields.js';
import { tableColumnsOf } from './tab-table.js';
import { readBarredLabelRows } from './barred-label-rows.js';

/**
 * A CMS's Markdown export of a referat: its metadata as YAML front matter (`---` / `title: "..."` / `kommune: ...` /
 * `---`) before the text, and its head as a two-column pipe table (`| **Dato** | Mandag den 5. juni 2023 |` under a
 * `|---|---|` rule). The front matter is the export's, not the minutes' head (its `title:` is no body, its `kommune:`
 * no place): it is dropped. A two-column table row is a label and its value, read as `Dato: Mandag den 5. juni 2023`
 * as any head writes it; the table's own head row (`| Felt | Værdi |`) and its rule go. Other lines pass unchanged,
 * and a text without either passes as it is (two character tests on its first line and on `|` lines only).
 */
export function readMarkdownExport(lines: readonly SourceLine[], census?: LineCensus): SourceLine[] {
  const frontMatterEnd = endOfFrontMatter(lines);
  // One look at the lines that start with a bar (the census lists them): a Markdown table's rule, or only an `antiword`
  // table's label rows.
  let barred = false;
  const ruled = indexesToAsk(census, lines, (taken) => taken.barOpened).some((index) => {
    const line = lines[index]!;
    if (line.text.charCodeAt(0) !== 124 /* | */) return false;
    barred = true;
    return TABLE_RULE.test(line.text);
  });
  if (frontMatterEnd < 0 && !ruled) return barred ? readBarredLabelRows(lines) : (lines as SourceLine[]);
  const out: SourceLine[] = [];
  // Inside a table of people (`| Navn | Fremmøde |`): its rows are names and statuses, read as a member table is. A
  // Markdown table opens with its head row over a rule, so a bar row belongs to the last table opened: a page break
  // between two rows (a counter, the next page's head) does not end it.
  let peopleTable = false;
  // Inside a table of items (`| Pkt. | Emne | Sagsnr. | Beslutning |`): its rows are written tab-joined, as a Word
  // table's, for the tab-table reader that runs next.
  let itemTable = false;
  let head: ReadonlySet<string> | undefined;
  // A page's counter and head that stood inside a wrapped row, kept after it (the noise pass drops them there).
  const furniture: SourceLine[] = [];
  const pushFurniture = (): void => {
    out.push(...furniture);
    furniture.length = 0;
  };
  for (let index = frontMatterEnd + 1; index < lines.length; index++) {
    pushFurniture();
    let line = lines[index]!;
    if (!line.text.startsWith('|')) {
      out.push(line);
      continue;
    }
    // A row a narrower column wrapped (`| 6 | ... | Taget til` / `efterretning. |`) is read whole.
    if (!line.text.endsWith('|')) {
      head ??= pageHeadLines(lines);
      const row = wrappedRow(lines, index, head);
      if (row) {
        line = textLine(line.no, row.text, line.pageBreak);
        for (const at of row.furniture) furniture.push(lines[at]!);
        index = row.last;
      }
    }
    const overRule = isTableRule(lines[index + 1]);
    if (overRule) {
      const head = cellsOf(line.text);
      peopleTable = PEOPLE_COLUMN.test(head[0] ?? '');
      itemTable = !peopleTable && tableColumnsOf(head.join('\t')) !== undefined;
    }
    if (peopleTable) {
      out.push(line);
      continue;
    }
    if (isTableRule(line)) continue;
    if (itemTable) {
      pushTabJoinedRow(out, line);
      continue;
    }
    const cells = cellsOf(line.text);
    // The row over the rule is the table's head: its cells name the columns, not a fact; unless it is a head's first
    // label and its value (a converter takes a table's first row for its head: `| Mødedato | Onsdag den ... |`).
    if (overRule && !(cells.length === 2 && cells[1]!.length > 0 && isHeadLabel(cells[0]!))) continue;
    if (cells.length !== 2 || cells[0]!.length === 0 || cells[0]!.length > LABEL_LENGTH) {
      out.push(line);
      continue;
    }
    const label = cells[0]!.replace(/[:.]+$/u, '');
    out.push(cells[1]!.length > 0 ? textLine(line.no, `${label}: ${cells[1]}`) : textLine(line.no, `${label}:`));
  }
  pushFurniture();
  return out;
}

/** A wrapped row's lines joined, up to the line that closes it with `|`, and the page furniture among them. */
function wrappedRow(lines: readonly SourceLine[], first: number, head: ReadonlySet<string>): { text: string; last: number; furniture: number[] } | undefined {
  let text = lines[first]!.text;
  let last = first;
  const furniture: number[] = [];
  for (let wrapped = 0; wrapped < ROW_LINES && !text.endsWith('|'); wrapped++) {
    const next = nextLineOverFurniture(lines, last + 1, head, furniture);
    const line = next < 0 ? undefined : lines[next];
    if (!line || line.blank || line.text.startsWith('|')) return undefined;
    text = `${text} ${line.text}`;
    last = next;
  }
  return text.endsWith('|') ? { text, last, furniture } : undefined;
}

/** How many lines a wrapped row goes on over at most (a long decision cell in a narrow column). */
const ROW_LINES = 6;

/** A line break inside a cell as an HTML converter leaves it. */
const CELL_BREAK = /<br\s*\/?>/iu;

/**
 * An item table's row written tab-joined; a line break in its last cell (the decision's further paragraphs, a vote
 * under it) starts a line of its own, as Word writes a cell's paragraphs; one in another cell reads as a space.
 */
function pushTabJoinedRow(out: SourceLine[], line: SourceLine): void {
  const cells = cellsOf(line.text);
  const last = cells.length - 1;
  const paragraphs = cells[last]!.split(CELL_BREAK).map((paragraph) => paragraph.trim());
  cells[last] = paragraphs[0]!;
  out.push(textLine(line.no, cells.map((cell, index) => (index < last ? cell.split(CELL_BREAK).join(' ') : cell)).join('\t'), line.pageBreak));
  for (const paragraph of paragraphs.slice(1)) if (paragraph.length > 0) out.push(textLine(line.no, paragraph));
}

const isHeadLabel = (cell: string) => {
  const label = cell.replace(/[:.]+$/u, '');
  return HEAD_LABELS.some(([pattern]) => pattern.test(label));
};

/** A table's first column of people: `Navn`, `Medlem`, `Deltager(e)`. */
const PEOPLE_COLUMN = /^(?:navn|medlem(?:mer)?|deltagere?)$/iu;

/** A head's label is a word or two (`Dato`, `Mødested`, `Fraværende medlemmer`). */
const LABEL_LENGTH = 40;

/** `|---|---|`, `| :--- | ---: |`: a pipe table's rule under its head row. */
const TABLE_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/u;
const isTableRule = (line: SourceLine | undefined) => line !== undefined && line.text.charCodeAt(0) === 124 /* | */ && TABLE_RULE.test(line.text);

/** A row's cells without the bold markers around a label (`**Dato**`). */
const cellsOf = (row: string) =>
  row
    .replace(/^\|/u, '')
    .replace(/\|$/u, '')
    .split('|')
    .map((cell) => cell.replace(/\*\*|__/gu, '').trim());

/** `title: "..."`, `kommune: Middelfart Kommune`, `dato: 2023-06-05`: a YAML key and its value. */
const YAML_ENTRY = /^[\p{L}_][\p{L}\d_-]*:(?:\s|$)/u;
/** Front matter is short: the export's few keys. */
const FRONT_MATTER_LINES = 20;

/** The index of the front matter's closing `---` when the text opens with one (-1: none). */
function endOfFrontMatter(lines: readonly SourceLine[]): number {
  let first = 0;
  while (first < lines.length && lines[first]!.blank) first++;
  if (lines[first]?.text !== '---') return -1;
  for (let index = first + 1; index < lines.length && index <= first + FRONT_MATTER_LINES; index++) {
    const line = lines[index]!;
    if (line.text === '---') return index > first + 1 ? index : -1;
    if (!line.blank && !YAML_ENTRY.test(line.text)) return -1;
  }
  return -1;
}
