import type { SourceLine, TextTraits } from '../source-line.js';
import { columnViewOf } from './column-view.js';

/**
 * What the whole-text passes ask of each line before they read it, asked once of every line in one walk: which lines open
 * with a digit, with `P`/`p` or with a bar, and the longest line. Each of those passes walked every line for its own cheap
 * test and found nothing to do in most texts; a walk over a long referat's lines (line records and their texts spread
 * over the heap) costs about what the cheap tests cost, so one walk serves them all. A pass visits only the lines the
 * census lists for its test, which are every line its test could pass (the lists are exact: a line left off one cannot
 * pass the test it stands for).
 *
 * A census describes one array of lines: a pass that wrote lines of its own hands on a new array, and the passes after
 * it walk that array as before (`censusOf`).
 */
export class LineCensus {
  /** Indexes of the lines whose `text` opens with a digit (`0`-`9`). */
  readonly digitOpened: number[] = [];
  /** Indexes of the lines whose `text` opens with `P` or `p` (`Pkt.`, `Punkt`). */
  readonly pOpened: number[] = [];
  /** Both of these, in order: an entry's number or its `Pkt.` label. */
  readonly digitOrPOpened: number[] = [];
  /** Indexes of the lines whose `text` opens with `|` (a Markdown or `antiword` table's row). */
  readonly barOpened: number[] = [];
  /** Indexes of the lines whose `plain`, its leading white space passed over, opens with `1` or `2` (a numbered list's first entries). */
  readonly oneOrTwoOpened: number[] = [];
  /** Indexes of the lines whose `text` opens with `B` (`Beslutning ...`). */
  readonly bOpened: number[] = [];
  /**
   * Indexes of the lines whose column view (`column-view.ts`, for the text's `traits`) holds a run of three spaces after
   * its first character: a label in a margin beside its text (`margin-labels.ts`). Blank lines are asked too.
   */
  readonly wideGapped: number[] = [];
  /** The length of the longest `text`. */
  widest = 0;

  constructor(
    readonly lines: readonly SourceLine[],
    traits: Pick<TextTraits, 'oddSpaces' | 'tab'>,
  ) {
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (columnViewOf(line, traits).indexOf(WIDE_GAP) > 0) this.wideGapped.push(index);
      const text = line.text;
      const length = text.length;
      if (length === 0) continue;
      if (length > this.widest) this.widest = length;
      const first = text.charCodeAt(0);
      if (first >= 0x30 && first <= 0x39) {
        this.digitOpened.push(index);
        this.digitOrPOpened.push(index);
      } else if (first === 0x50 || first === 0x70) {
        this.pOpened.push(index);
        this.digitOrPOpened.push(index);
      } else if (first === 0x7c) this.barOpened.push(index);
      else if (first === 0x42) this.bOpened.push(index);
      const plainFirst = plainOpening(line.plain);
      if (plainFirst === 0x31 || plainFirst === 0x32) this.oneOrTwoOpened.push(index);
    }
  }
}

/** A run of spaces as wide as a margin's gap (`margin-labels.ts`). */
export const WIDE_GAP = '   ';

/** The code of the first character of `plain` that `trimStart` keeps (NaN where none is). */
function plainOpening(plain: string): number {
  const first = plain.charCodeAt(0);
  // (Most lines open with a letter: no white space to pass over.)
  if (first > 0x20 && first < 0x80) return first;
  return plain.trimStart().charCodeAt(0);
}

/** The census where it was taken of these very lines; undefined where a pass above wrote lines of its own (or none was taken). */
export function censusOf(census: LineCensus | undefined, lines: readonly SourceLine[]): LineCensus | undefined {
  return census !== undefined && census.lines === lines ? census : undefined;
}

/**
 * The indexes of the lines a pass asks: those the census lists for its test (`listed`) where it was taken of these lines,
 * else every index (the pass's own test then tells them apart, as before the census).
 */
export function indexesToAsk(census: LineCensus | undefined, lines: readonly SourceLine[], listed: (census: LineCensus) => readonly number[]): readonly number[] {
  const taken = censusOf(census, lines);
  if (taken) return listed(taken);
  const every = new Array<number>(lines.length);
  for (let index = 0; index < lines.length; index++) every[index] = index;
  return every;
}
