import { toSourceLine, type SourceLine } from '../source-line.js';
import { WORDS_AFTER_SUSPENDED_HYPHEN } from '../vocabulary/extraction-artefacts.js';
import { censusOf, type LineCensus } from './line-census.js';

/**
 * A flipbook's run-together paragraphs (Næstved: the KLE number, `Resume`, `Kompetenceudvalg:`, `INDSTILLING` and the
 * dated decision blocks on one long line) hard-wrapped again by a later tool (pandoc's 72 columns, `fmt`, a mail
 * client's 76): each paragraph's lines joined back into the one line `unglue.ts` cuts at its labels. A paragraph
 * opens with a KLE number or a dated decision block and text after it; it runs on over each line the wrap filled (the
 * next line's first word would not have fitted on it) up to a blank line or an item's heading. A text with a line
 * longer than any wrap leaves (its paragraphs are whole) is passed on as it came.
 */
export function rejoinRewrappedRuns(lines: readonly SourceLine[], census?: LineCensus): readonly SourceLine[] {
  // (Most texts hold a line wider than any wrap, or no paragraph a run opens: told first, by the census where it was
  // taken of these lines (its widest line, its lines that open with a digit or `B`), else line by line, and left.)
  const taken = censusOf(census, lines);
  let widest = 0;
  let opens = false;
  if (taken) {
    widest = taken.widest;
    if (widest > WRAP_WIDTH) return lines;
    opens = taken.digitOpened.some((index) => RUN_OPENS.test(lines[index]!.text)) || taken.bOpened.some((index) => RUN_OPENS.test(lines[index]!.text));
  } else
    for (const line of lines) {
      const length = line.text.length;
      if (length > WRAP_WIDTH) return lines;
      if (length > widest) widest = length;
      opens ||= mayOpenRun(line.text) && RUN_OPENS.test(line.text);
    }
  if (!opens) return lines;
  const shortLines = new Map<string, number>();
  const long: number[] = [];
  for (const line of lines) {
    const length = line.text.length;
    if (length >= LONG_LINE) long.push(length);
    if (length > 0 && length < RUNNING_HEAD_LENGTH) shortLines.set(line.text, (shortLines.get(line.text) ?? 0) + 1);
  }
  // The wrap's width, as most filled lines show it: a few stand out past it (a wrap never breaks before a word with a
  // digit, `96` / `mio.`; a word hyphenated at the wrap was joined whole by an earlier pass).
  long.sort((a, b) => a - b);
  const width = long[Math.floor(long.length * WIDTH_PERCENTILE)] ?? widest;
  // (A page's running head, `Byrådet 25-06-2015`, can stand between two lines of a paragraph: never part of it.)
  const runningHead = (line: SourceLine) => (shortLines.get(line.text) ?? 0) > 1;
  const out: SourceLine[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (!RUN_OPENS.test(line.text)) {
      out.push(line);
      continue;
    }
    let text = line.text;
    let last = line;
    while (at + 1 < lines.length && !runningHead(lines[at + 1]!) && filled(last.text, lines[at + 1]!, width)) {
      last = lines[++at]!;
      text = joined(text, last.text);
    }
    out.push(last === line ? line : toSourceLine(text, line.no));
  }
  return out;
}

/** The widest a wrapping tool leaves a line (mail clients 76-80, pandoc 72, `fmt` 75); a wider line was never wrapped. */
const WRAP_WIDTH = 100;
/** A line as long as a wrapped paragraph's lines are, and the share of them no longer than the wrap's width. */
const LONG_LINE = 40;
const WIDTH_PERCENTILE = 0.75;
/** A running head is a short line. */
const RUNNING_HEAD_LENGTH = 40;
/** How far short of the widest line a filled line may end (the next word was long). */
const FILLED_SLACK = 20;

/** A run-together paragraph's first line: a KLE number or a dated decision block (`Beslutning <organ>, DD.MM.YYYY`), then text. */
const RUN_OPENS = /^(?:\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|Beslutning\s+\p{Lu}[^.]{0,80}?,?\s+\d{1,2}\.\d{2}\.\d{4})\s+\S/u;
/** `RUN_OPENS`'s first character: a digit or the `B` of `Beslutning`. */
const mayOpenRun = (text: string) => {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 66;
};
const CASE_NUMBER_OPENS = /^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}\s/u;
/** An item's heading, which no wrap makes: `Punkt 43: ...`. */
const HEADING = /^(?:Punkt|Pkt\.?)\s*\d{1,4}\s*[:.]/iu;

/** The wrap broke the paragraph after `text`: the next line's first word would not have fitted, and the next line goes on with it. */
function filled(text: string, next: SourceLine, width: number): boolean {
  // (A dated block at the next line's start goes on with the paragraph where the wrap filled the line before it: the
  // wrap put it there. A KLE number opens an item's paragraph.)
  if (next.blank || HEADING.test(next.text) || CASE_NUMBER_OPENS.test(next.text)) return false;
  const firstWord = next.text.split(' ', 1)[0]!;
  return text.length >= width - FILLED_SLACK && text.length + 1 + firstWord.length > width;
}

const SUSPENDED = new Set<string>(WORDS_AFTER_SUSPENDED_HYPHEN);

/** Two wrapped lines as one: a word hyphenated at the wrap (`fore-` / `slag`) whole, a suspended compound's hyphen kept. */
function joined(text: string, next: string): string {
  const word = next.split(' ', 1)[0]!;
  return /\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(next) && !SUSPENDED.has(word.replace(/[.,;:]$/u, '')) ? text.slice(0, -1) + next : `${text} ${next}`;
}
