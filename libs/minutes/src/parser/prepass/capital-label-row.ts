import { CAPITAL_ROW_LABELS, CAPITAL_ROW_TITLE, CAPITAL_ROW_VALUE, type CapitalRowKind } from '../vocabulary/page-transcripts.js';

/**
 * A head table whose label columns in capitals a transcript wrote as one row, each column's labels before their values
 * (`vocabulary/page-transcripts.ts`, `CAPITAL_ROW_LABELS`): cut back into the head's lines, one label with its value a
 * line, as other exports print the table. A column's dates and times are the tokens at the end of its values (in the
 * labels' order); the words before them are the place where the column has a place's label, else the text printed
 * beside the column (the committee's name), a line of its own after the labels. A title in capitals between the columns
 * (`DAGSORDEN`) and any text before the first label (`SKIVE KOMMUNE`) are lines of their own.
 *
 * Read only where two labels at least stand together with nothing between them (a row, never a label's ordinary line).
 * Returns the lines, or undefined where the piece is no such row.
 */
export function capitalLabelRowLines(piece: string): string[] | undefined {
  if (!piece.includes(':') || !LABELS_TOGETHER.test(piece)) return undefined;
  const columns = columnsOf(piece);
  const lines: string[] = [];
  const before = piece.slice(0, columns[0]!.start).trim();
  if (before) lines.push(before);
  for (const [at, column] of columns.entries()) {
    const words = piece.slice(column.end, columns[at + 1]?.start ?? piece.length).trim().split(/\s+/u).filter(Boolean);
    const title = words.length > 0 && CAPITAL_ROW_TITLE.test(words[words.length - 1]!) ? words.pop() : undefined;
    // (The dates and times at the end of the values, as many as the column has such labels, go to those labels in order:
    // a lone time is the meeting's start, the first time label's.)
    const tokenLabels = column.kinds.flatMap((kind, index) => (kind === 'place' ? [] : [index]));
    let tokens = 0;
    while (tokens < tokenLabels.length && tokens < words.length && tokenLabels.some((index) => fitsToken(column.kinds[index]!, words[words.length - 1 - tokens]!))) tokens++;
    const values = new Map<number, string>();
    for (const token of words.splice(words.length - tokens)) {
      const label = tokenLabels.find((index) => !values.has(index) && fitsToken(column.kinds[index]!, token));
      if (label !== undefined) values.set(label, token);
    }
    const place = column.kinds.indexOf('place');
    const rest = words.join(' ');
    if (place >= 0 && rest) values.set(place, rest);
    column.labels.forEach((label, index) => lines.push(values.has(index) ? `${label}: ${values.get(index)}` : `${label}:`));
    if (place < 0 && rest) lines.push(rest);
    if (title) lines.push(title);
  }
  return lines;
}

function fitsToken(kind: CapitalRowKind, word: string): boolean {
  return kind !== 'place' && CAPITAL_ROW_VALUE[kind].test(word);
}

interface Column {
  labels: string[];
  kinds: CapitalRowKind[];
  start: number;
  end: number;
}

/** The row's columns: runs of labels with nothing but spaces between them. */
function columnsOf(piece: string): Column[] {
  const columns: Column[] = [];
  for (const match of piece.matchAll(LABEL)) {
    const label = match.groups!.label!;
    const kind = CAPITAL_ROW_LABELS.find(([name]) => name === label)![1];
    const last = columns[columns.length - 1];
    if (last && piece.slice(last.end, match.index).trim() === '') {
      last.labels.push(label);
      last.kinds.push(kind);
      last.end = match.index + match[0].length;
    } else columns.push({ labels: [label], kinds: [kind], start: match.index, end: match.index + match[0].length });
  }
  return columns;
}

const LABEL_NAMES = CAPITAL_ROW_LABELS.map(([name]) => name).join('|');
const LABEL = new RegExp(String.raw`(?<![\p{L}\d])(?<label>${LABEL_NAMES}):`, 'gu');
const LABELS_TOGETHER = new RegExp(String.raw`(?<![\p{L}\d])(?:${LABEL_NAMES}):\s+(?:${LABEL_NAMES}):`, 'u');
