import { attendanceCellGrid, attendanceCellTable } from './attendance-cell-table.js';
import { namesBody } from './body-name.js';
import { readSectionHeading } from './section-heading.js';
import { collapseSpaces, normaliseSpacing, type SourceLine } from './source-line.js';
import {
  ALL_BUT_SENTENCE,
  APOLOGY_REASON,
  ATTENDANCE_SENTENCES,
  ATTENDANCE_TABLE_COLUMNS,
  STATUS_FOR_SOME_ITEMS,
  ATTENDANCE_TABLE_STATUS_COLUMN,
  ATTENDANCE_TABLE_NAME_COLUMN,
  CELL_GAP,
  HEAD_SENTENCE_BREAK,
  GLUED_SENTENCE_BREAK,
  MEETING_REST_START,
  MEETING_SENTENCES,
  STANDS_IN_FOR,
  STANDS_IN_FOR_WITHIN,
  TABLE_MARK,
} from './vocabulary/head-forms.js';

/** A head line as the head reader reads it: the source line and its text (maybe rewritten, maybe joined). */
export type HeadLine = { line: SourceLine; text: string };

/**
 * The head's lines with forms other than `<label>: <value>` written as labelled lines, so that one reader reads every
 * form: a label table (`Sted<tab>Rådhuset`; labels in a row over their values in the next row), a sentence naming the
 * meeting (`Referat af mødet i <organ>, som blev holdt den ... kl. ... på ...` becomes `Udvalg: <organ>` and `Mødedato:
 * den ... kl. ... på ...`), attendance in sentences (`Afbud fra A og B.` becomes `Afbud: A, B`). Other lines are kept,
 * their spaces collapsed. `isHeadLabel` tells a cell that is a head label by itself (`Sted`, `Mødedato`).
 */
export function headInLabelForm(lines: readonly SourceLine[], isHeadLabel: (text: string) => boolean, isLabelLine: (text: string) => boolean): HeadLine[] {
  const out: HeadLine[] = [];
  let inItemText = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // (The reading text has its tabs made spaces: a tab table's cells are told in the raw line.) A line that reads as a
    // label already (`Afbud<tab>fra:`), or the value under an empty label (`Mødested:` / `Mødelokale<tab>1`), is no row.
    const table = attendanceTable(lines, index) ?? attendanceColumns(lines, index) ?? attendanceCellGrid(lines, index) ?? attendanceCellTable(lines, index);
    if (table) {
      out.push(...table.lines);
      index = table.last;
      continue;
    }
    const cells = cellsOf(cellText(line));
    // `Mødedato: 26.05.1998    Mødetid: Kl. 19.30    Mødested: Byrådssalen`: labelled values side by side, each read.
    const sideBySide = cells ? labelledCells(cells, isLabelLine) : undefined;
    if (sideBySide) {
      out.push(...sideBySide.map((cell) => ({ line, text: cell })));
      continue;
    }
    const previous = out[out.length - 1];
    if (cells && !isLabelLine(collapseSpaces(line.unmarked)) && !(previous && isHeadLabel(previous.text))) {
      // `Sted<tab>Rådhuset`: a label cell and its value cell.
      if (cells.length === 2 && isHeadLabel(cells[0]!) && !isHeadLabel(cells[1]!)) {
        out.push({ line, text: `${cells[0]!.replace(/:$/u, '')}: ${cells[1]}` });
        continue;
      }
      // `Udvalg<tab>Dato<tab>Sted` over `<organ><tab><dato><tab><sted>`: each label with the value under it.
      const under = lines[index + 1];
      const values = under ? cellsOf(cellText(under)) : undefined;
      if (values && values.length === cells.length && cells.every(isHeadLabel) && !values.some(isHeadLabel)) {
        const valueLine = lines[++index]!;
        cells.forEach((label, at) => out.push({ line: valueLine, text: `${label.replace(/:$/u, '')}: ${values[at]}` }));
        continue;
      }
    }
    const text = collapseSpaces(line.unmarked);
    // Item text before the first heading (a section `Beslutning`, `Resume`) holds sentences about an item, not the head.
    inItemText ||= readSectionHeading(line) !== undefined;
    if (inItemText) {
      out.push({ line, text });
      continue;
    }
    // A sentence wrapped over the next line or two (`... afholdt Kommunalbestyrelsen møde` / `i Mødesalen/Rådhus.`) is read whole.
    const wrapped = wrappedSentence(lines, index, text);
    if (wrapped) {
      out.push(...wrapped.labelled.map((written) => ({ line, text: written })));
      index = wrapped.last;
      continue;
    }
    // Sentences of a head in prose are read one by one (`Til stede var A og B. Afbud fra C.`).
    for (const sentence of sentencesOf(text)) {
      const labelled = sentenceAsLabels(sentence);
      if (labelled) out.push(...labelled.map((written) => ({ line, text: written })));
      else out.push({ line, text: sentence });
    }
  }
  return out;
}

/** A head line's sentences: split at the breaks before the head's sentence openers, then where sentences were glued. */
function sentencesOf(text: string): string[] {
  const sentences = HEAD_SENTENCE_BREAK.test(text) ? text.split(HEAD_SENTENCE_BREAK) : [text];
  // (A cheap look first: a full stop with a letter straight after it.)
  return /\.\p{Lu}/u.test(text) ? sentences.flatMap((sentence) => sentence.split(GLUED_SENTENCE_BREAK)) : sentences;
}

/**
 * An attendance table at `index` (a header row naming the name column and marked status columns, then one tab-split row
 * per member with a mark under a status; or a status column whose cell says it: `Navn | Parti | Status` over `A | V |
 * Afbud`) as `Deltagere:` / `Afbud:` / `Stedfortræder:` lines; `last` is its last row. A row with more cells than the
 * header (a tab inside a name or a role) is read from the right: the status columns end the row, and the name runs to
 * its party's bracket.
 */
function attendanceTable(lines: readonly SourceLine[], index: number): { lines: HeadLine[]; last: number } | undefined {
  const header = tableCells(lines[index]!.raw);
  if (!header) return undefined;
  const columns = headerColumns(header);
  if (!ATTENDANCE_TABLE_NAME_COLUMN.test(columns[0]!)) return undefined;
  const statuses = columns.map((cell) => ATTENDANCE_TABLE_COLUMNS.find(([pattern]) => pattern.test(cell))?.[1]);
  const statusColumn = columns.findIndex((cell) => ATTENDANCE_TABLE_STATUS_COLUMN.test(cell));
  const firstStatus = statusColumn > 0 ? statusColumn : statuses.findIndex((status) => status !== undefined);
  if (firstStatus < 1) return undefined;
  const out: HeadLine[] = [];
  let last = index;
  for (let at = index + 1; at < lines.length; at++) {
    const cells = tableCells(lines[at]!.raw);
    if (!cells || cells.length < columns.length) break;
    const shift = cells.length - columns.length;
    const cell = statusColumn > 0 ? cells[statusColumn + shift]! : undefined;
    // `Til stede fra punkt 3`: the status, and the items it holds for as the member's partial presence.
    const forSome = cell !== undefined ? STATUS_FOR_SOME_ITEMS.exec(cell) : null;
    const said = forSome && ATTENDANCE_TABLE_COLUMNS.some(([pattern]) => pattern.test(forSome.groups!.status!)) ? forSome.groups!.status! : cell;
    const marked = said === undefined ? statuses.findIndex((status, column) => status !== undefined && TABLE_MARK.test(cells[column + shift]!)) : -1;
    const status = said === undefined ? statuses[marked] : (ATTENDANCE_TABLE_COLUMNS.find(([pattern]) => pattern.test(said))?.[1] ?? (STANDS_IN_FOR.test(said) ? 'Deltagere' : undefined));
    if (!status) break;
    const left = cells.slice(0, firstStatus + shift).filter((cell) => cell.length > 0);
    const name = shift === 0 ? left[0]! : (/^[^()]+\([^()]*\)/u.exec(left.join(' '))?.[0] ?? left[0]!);
    if (!NAME.test(name)) break;
    const role = said ?? left.join(' ').slice(name.length).trim();
    // (Or any cell of the row: `1. suppleant, for <navn>` in a role column beside a status column.)
    const standsIn = STANDS_IN_FOR.exec(role)?.groups!.for ?? cells.map((cell) => STANDS_IN_FOR_WITHIN.exec(cell)?.groups!.for).find((found) => found !== undefined);
    const partial = said !== cell ? ` (${forSome!.groups!.partial!})` : '';
    out.push({ line: lines[at]!, text: standsIn && status === 'Deltagere' ? `Stedfortræder: ${name} for ${standsIn}` : `${status}: ${name}${partial}` });
    last = at;
  }
  return out.length > 0 ? { lines: out, last } : undefined;
}

/**
 * A table row's cells, split by cell bars (`| A | V | Afbud |`) or by tabs: `undefined` for a line of neither. A row
 * framed by bars is split by its bars only: a tab in it (`| Navn<TAB>| Fremmøde |`, an indent) is space, not a cell.
 */
function tableCells(raw: string): string[] | undefined {
  const framed = raw.trim();
  if (framed.length > 1 && framed.startsWith('|') && framed.endsWith('|')) return barCells(framed);
  if (raw.includes('\t')) return raw.split('\t').map((cell) => cell.trim());
  return raw.includes('|') ? barCells(raw.trim()) : undefined;
}

function barCells(row: string): string[] | undefined {
  const cells = row.replace(/^\|\s*|\s*\|$/gu, '').split('|').map((cell) => cell.trim());
  return cells.length >= 2 ? cells : undefined;
}

/**
 * Attendance lists side by side (a Word table `Til stede:<tab><tab>Afbud:` flattened row by row: `Ingrid Holm<tab><tab>Kaj
 * Munk`, then rows with the left cell only): each column's names under its label, as `Deltagere:` / `Afbud:` lines. A
 * row that starts with a gap holds the right column's cell only. The columns part at a run of tabs or spaces (a single
 * tab may stand between the words of a cell); the table ends at a blank line or a row that is no name.
 */
function attendanceColumns(lines: readonly SourceLine[], index: number): { lines: HeadLine[]; last: number } | undefined {
  const header = lines[index]!;
  if (!header.raw.includes('\t')) return undefined;
  const labels = columnCells(header.raw);
  if (labels.length < 2) return undefined;
  const columns = labels.map((cell) => ATTENDANCE_TABLE_COLUMNS.find(([pattern]) => pattern.test(cell.replace(/\s*:$/u, '')))?.[1]);
  if (columns.some((column) => column === undefined)) return undefined;
  const names: string[][] = columns.map(() => []);
  let last = index;
  for (let at = index + 1; at < lines.length && !lines[at]!.blank; at++) {
    const raw = lines[at]!.raw;
    const cells = columnCells(raw);
    const first = COLUMN_GAP_FIRST.test(raw) ? columns.length - cells.length : 0;
    if (first < 0 || cells.length === 0 || cells.length > columns.length || !cells.every((cell) => NAME.test(cell))) break;
    cells.forEach((cell, column) => names[first + column]!.push(cell));
    last = at;
  }
  if (last === index) return undefined;
  const out = columns.flatMap((label, column) => (names[column]!.length > 0 ? [{ line: header, text: `${label}: ${names[column]!.join(', ')}` }] : []));
  return { lines: out, last };
}

/** Where a table's columns part: two or more tabs, or a run of spaces (with tabs or not). */
const COLUMN_GAP = /\t{2,}[ \t]*|[ \t]* {3,}[ \t]*|\t+ {2,}[ \t]*/u;
/** A row that starts with a column's gap: its first cell is not in the first column. */
const COLUMN_GAP_FIRST = /^(?:\t{2,}| {4,})/u;

/** A row's cells at `COLUMN_GAP`, each with its white space made single spaces. */
function columnCells(raw: string): string[] {
  return raw
    .trim()
    .split(COLUMN_GAP)
    .map((cell) => collapseSpaces(cell).trim())
    .filter((cell) => cell.length > 0);
}

/** A header's cells, two split by a stray tab joined again where together they name a column (`Til<tab>stede`). */
function headerColumns(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < cells.length; at++) {
    const joined = `${cells[at]} ${cells[at + 1] ?? ''}`.trim();
    if (at + 1 < cells.length && (ATTENDANCE_TABLE_NAME_COLUMN.test(joined) || ATTENDANCE_TABLE_COLUMNS.some(([pattern]) => pattern.test(joined)))) {
      out.push(joined);
      at++;
    } else out.push(cells[at]!);
  }
  return out;
}

/** Two or more cells split by tabs or space runs, or `undefined`. */
/**
 * Cells that are two or more labelled values (`Mødedato: ...`, `Mødested: ...`), each with the cells after it that hold
 * no label of their own (a value a tab split: `Byrådssalen,<tab>Korsør Rådhus`); `undefined` unless the first is one.
 */
function labelledCells(cells: readonly string[], isLabelLine: (text: string) => boolean): string[] | undefined {
  const isLabelled = (cell: string) => cell.includes(':') && /:\s*\S/u.test(cell) && isLabelLine(cell);
  if (!isLabelled(cells[0]!)) return undefined;
  const out: string[] = [];
  for (const cell of cells) {
    if (out.length === 0 || isLabelled(cell)) out.push(cell);
    else out[out.length - 1] = `${out[out.length - 1]} ${cell}`;
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * The text a line's cells are told in: the raw line where it holds tabs (the reading text makes them spaces), but a
 * line laid out by spaces whose tabs each stand alone between two words (`Sted      Lokale 1,<tab>Rådhuset`, a space
 * copied as a tab) is read by its spaces.
 */
function cellText(line: SourceLine): string {
  const raw = line.raw;
  if (!raw.includes('\t')) return line.unmarked;
  // (A tab before the line's indentation or after its text stands beside no cell: `<TAB>   Mødetid      Kl.<TAB>15:00`;
  // a no-break space in a gap is a space of its layout: `Mødetid<NBSP> <NBSP> Kl. 15:00<TAB>- 18:20`.)
  const inner = normaliseSpacing(raw).trim();
  if (!inner.includes('\t')) return line.unmarked;
  return inner.includes('   ') && LONE_TAB.test(inner) && !TAB_BESIDE_SPACE.test(inner) ? line.unmarked : raw;
}

const LONE_TAB = /\S\t\S/u;
const TAB_BESIDE_SPACE = / \t|\t /u;

function cellsOf(text: string): string[] | undefined {
  if (!CELL_GAP.test(text)) return undefined;
  const cells = text.trim().split(CELL_GAP).map((cell) => cell.trim()).filter((cell) => cell.length > 0);
  return cells.length >= 2 ? cells : undefined;
}

/**
 * A sentence of the head that starts at `index` and ends with a full stop on one of the next two lines (or, without one,
 * with a tail in lower case), as labels.
 */
function wrappedSentence(lines: readonly SourceLine[], index: number, text: string): { labelled: string[]; last: number } | undefined {
  // (A short line over a sentence, `Vallensbæk Kommune`, is a line of its own, not the sentence's start.)
  if (/[.:]$/u.test(text) || text.split(' ').length < 4) return undefined;
  let joined = text;
  for (let last = index + 1; last < lines.length && last <= index + 2; last++) {
    const next = collapseSpaces(lines[last]!.unmarked);
    joined = `${joined} ${next}`;
    if (next.endsWith('.')) {
      const labelled = sentenceAsLabels(joined);
      return labelled ? { labelled, last } : undefined;
    }
    // A sentence with no full stop (`af møde tirsdag den ... kl. 17.00 i <sted>`) wrapped by a narrower column: its tail
    // opens in lower case (no label or new sentence does) and ends where the next line does not go on in lower case.
    const following = lines[last + 1];
    if (!OPENS_LOWER.test(next) || (following && OPENS_LOWER.test(collapseSpaces(following.unmarked)))) continue;
    const labelled = sentenceAsLabels(joined);
    if (labelled) return { labelled, last };
  }
  return undefined;
}

const OPENS_LOWER = /^\p{Ll}/u;

// A person's name as a head lists it: capitalised words, maybe a party in brackets.
const NAME = /^\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|\([^()]{1,40}\)|von|van|de|la)){0,5}$/u;

/** `Samtlige medlemmer var mødt, bortset fra A (afbud), for hvem stedfortræder B var indkaldt.` as `Afbud: A` and `Stedfortræder: B for A`. */
function allButSentenceAsLabels(text: string): string[] | undefined {
  const match = ALL_BUT_SENTENCE.exec(text);
  if (!match) return undefined;
  const { names: missing, reason, name } = match.groups!;
  const names = missing!.split(/\s*,\s*|\s+og\s+/u).filter((each) => each.length > 0);
  if (!names.every((each) => NAME.test(each)) || (name !== undefined && (names.length !== 1 || !NAME.test(name)))) return undefined;
  const label = reason !== undefined && APOLOGY_REASON.test(reason) ? 'Afbud' : 'Fraværende';
  return [`${label}: ${names.join(', ')}`, ...(name !== undefined ? [`Stedfortræder: ${name} for ${names[0]}`] : [])];
}

function sentenceAsLabels(sentence: string): string[] | undefined {
  const text = sentence.replace(/\.$/u, '');
  for (const { pattern, bodyByPlace } of MEETING_SENTENCES) {
    const match = pattern.exec(text);
    if (!match || !MEETING_REST_START.test(match.groups!.rest!)) continue;
    const body = match.groups!.body?.replace(/,$/u, '');
    if (body !== undefined && !bodyByPlace && !namesBody(body)) continue;
    const place = match.groups!.place;
    return [...(body ? [`Udvalg: ${body}`] : []), `Mødedato: ${match.groups!.rest!}`, ...(place ? [`Mødested: ${place}`] : [])];
  }
  const allBut = allButSentenceAsLabels(text);
  if (allBut) return allBut;
  for (const [pattern, label] of ATTENDANCE_SENTENCES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const names = match.groups!.names!.split(/\s*,\s*|\s+og\s+/u).filter((name) => name.length > 0);
    if (!names.every((name) => NAME.test(name))) continue;
    const substituteFor = match.groups!.for;
    if (substituteFor !== undefined && (names.length !== 1 || !NAME.test(substituteFor))) continue;
    return [`${label}: ${names.join(', ')}${substituteFor ? ` for ${substituteFor}` : ''}`];
  }
  return undefined;
}
