import type { ItemSpan } from './item-spans.js';
import { startsInLowerCase } from './letter-case.js';
import { readSectionHeading } from './section-heading.js';
import type { SourceLine } from './source-line.js';

/**
 * A two-column print read in its content stream's order (`pdftotext -raw`): each page comes out in bands, the left
 * column's band, then the right column's, then the left column's next band ... The bands' borders are not in the text,
 * but the band order leaves three signs of them:
 * - an item cut mid-sentence straight over another item's heading, with no decision of its own (the left column's band
 *   ended inside it; the right column's band starts with the next heading in that column);
 * - the numbers jump over one (`Pkt. 88`, `Pkt. 90`) that comes later (`Pkt. 89`: the left column goes on under the
 *   band's border);
 * - a run of text in lower case after an item's whole decision, ending in a decision of its own (`... imod stemte 1
 *   (V).` / `udvalgenes rammer.` / `Beslutning:`): the right column's item going on in its next band.
 * Where they stand together, the lines are put in reading order: the cut item's rest after it, the lower-case run
 * after the item it goes on. Only where a number is jumped over and comes later: other documents are left as they are.
 */
export function linesInColumnOrder(lines: readonly SourceLine[], spans: readonly ItemSpan[]): SourceLine[] | undefined {
  const moves: Move[] = [];
  for (let at = 0; at + 2 < spans.length; at++) {
    const cut = spans[at]!;
    const next = spans[at + 1]!;
    const skipped = skippedComesLater(spans, at);
    if (skipped < 0 || !endsCutWithoutDecision(lines, cut, next)) continue;
    // The left column's band went on under the right one's first item when the item after that is the skipped number
    // itself: the right one's item held the cut item's rest from its first label on (`Indstilling:`, `Beslutning:`).
    let open: ItemSpan = cut;
    if (skipped === at + 2) {
      const rest = firstDecidingLabel(lines, next);
      if (rest === undefined) continue;
      moves.push({ from: rest, to: next.end, after: cut.end });
      // (What stays of it ends where the band ended, mid-sentence or not: its decision is in its own next band.)
      open = { ...next, end: rest };
    }
    // The open item's own next band: the first lower-case run after a whole decision, up to the skipped item.
    for (let later = at + 1; later <= skipped; later++) {
      const run = continuedRun(lines, spans[later]!);
      if (run === undefined) continue;
      moves.push({ from: run, to: spans[later]!.end, after: open.end });
      break;
    }
  }
  return moves.length === 0 ? undefined : moved(lines, moves);
}

/** Lines `from`..`to` put right after the line before `after`. */
interface Move {
  from: number;
  to: number;
  after: number;
}

/** The position of the first later span whose number the span after `at` jumped over, -1 when none. */
function skippedComesLater(spans: readonly ItemSpan[], at: number): number {
  const low = spans[at]!.heading.number;
  const high = spans[at + 1]!.heading.number;
  if (low === undefined || high === undefined || high <= low + 1) return -1;
  for (let later = at + 2; later < spans.length && later <= at + MAX_BAND_ITEMS; later++) {
    const number = spans[later]!.heading.number;
    if (number !== undefined && number > low && number < high) return later;
  }
  return -1;
}

/** How many items after a cut one its column's next band may come (a band holds a few items of a column). */
const MAX_BAND_ITEMS = 4;

/** The item's text ends mid-sentence over the next heading, no decision in it. */
function endsCutWithoutDecision(lines: readonly SourceLine[], span: ItemSpan, next: ItemSpan): boolean {
  if (next.headingIndex !== span.end) return false;
  let lastIndex = span.end - 1;
  while (lastIndex >= span.bodyStart && lines[lastIndex]!.blank) lastIndex--;
  if (lastIndex < span.bodyStart || ENDS_SENTENCE.test(lines[lastIndex]!.plain)) return false;
  for (let index = span.bodyStart; index < span.end; index++) if (readSectionHeading(lines[index]!)?.kind === 'decision') return false;
  return true;
}

const ENDS_SENTENCE = /[.!?:;)]$/u;

/** The span's first recommendation or decision label after some text of its own, when a decision label follows. */
function firstDecidingLabel(lines: readonly SourceLine[], span: ItemSpan): number | undefined {
  let first: number | undefined;
  for (let index = span.bodyStart + 1; index < span.end; index++) {
    const kind = readSectionHeading(lines[index]!)?.kind;
    if ((kind === 'recommendation' || kind === 'decision') && first === undefined) first = index;
    if (kind === 'decision') return first;
  }
  return undefined;
}

/**
 * A run in lower case after the span's whole decision (its line above ends a sentence), holding a decision label of
 * its own: its first line.
 */
function continuedRun(lines: readonly SourceLine[], span: ItemSpan): number | undefined {
  let decided = false;
  let previous: SourceLine | undefined;
  for (let index = span.bodyStart; index < span.end; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    if (readSectionHeading(line)?.kind === 'decision') decided = true;
    else if (decided && previous && /[.!?]$/u.test(previous.plain) && startsInLowerCase(line.plain)) {
      for (let after = index + 1; after < span.end; after++) if (readSectionHeading(lines[after]!)?.kind === 'decision') return index;
      return undefined;
    }
    previous = line;
  }
  return undefined;
}

/** The lines with each move's run taken out and put back after its anchor, in the order the moves were found. */
function moved(lines: readonly SourceLine[], moves: readonly Move[]): SourceLine[] {
  const taken = new Set<number>();
  const inserted = new Map<number, number[]>();
  for (const move of moves) {
    const run: number[] = [];
    for (let index = move.from; index < move.to; index++) if (!taken.has(index)) run.push(index);
    run.forEach((index) => taken.add(index));
    inserted.set(move.after, [...(inserted.get(move.after) ?? []), ...run]);
  }
  const out: SourceLine[] = [];
  for (let index = 0; index <= lines.length; index++) {
    for (const at of inserted.get(index) ?? []) out.push(lines[at]!);
    if (index < lines.length && !taken.has(index)) out.push(lines[index]!);
  }
  return out;
}
