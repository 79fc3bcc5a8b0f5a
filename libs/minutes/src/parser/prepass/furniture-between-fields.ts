import type { SourceLine } from '../source-line.js';
import { isPageCounterLine } from './strip-noise.js';

/**
 * Page furniture that a page break puts between two lines a pre-pass reads as one unit (a definition list's label
 * and its value, a one-line item wrapped onto the next line): the page's counter (`Side 2 af 5`), the lines of the
 * running head the next page repeats, and blank lines around them. The noise pass drops such lines later; the
 * pre-passes that run before it pass over them. A head line counts only after a counter or a page break, so that
 * the same words printed as a field's value are read; blank lines only beside a counter or a break.
 *
 * Returns the index of the first line from `from` on that is no such furniture (a blank line where no furniture
 * follows), or -1 past a page's foot and head; the furniture's indexes are added to `furniture`.
 */
export function nextLineOverFurniture(lines: readonly SourceLine[], from: number, head: ReadonlySet<string>, furniture: number[]): number {
  let afterBreak = false;
  let blanks = 0;
  for (let index = from; index < lines.length && index - from <= MAX_FURNITURE_LINES; index++) {
    const line = lines[index]!;
    if (line.blank) {
      if (afterBreak) furniture.push(index);
      else blanks++;
      continue;
    }
    if (isPageCounterLine(line.text) || ((afterBreak || line.pageBreak) && head.has(line.text))) {
      for (let blank = index - blanks; blank < index; blank++) furniture.push(blank);
      blanks = 0;
      furniture.push(index);
      afterBreak = true;
      continue;
    }
    return index - blanks;
  }
  return -1;
}

/** A page's foot and head between two lines: a counter, a few head lines, blank lines around them. */
const MAX_FURNITURE_LINES = 8;

/** How many of a document's first lines a running head repeats at most (body, document kind, date). */
const HEAD_LINES = 4;

/**
 * The lines a page's running head may repeat: the document's first non-blank lines (its municipality, body and kind,
 * as the first page prints them), but a bare number (which may be a field's value).
 */
export function pageHeadLines(lines: readonly SourceLine[]): ReadonlySet<string> {
  const head = new Set<string>();
  for (const line of lines) {
    if (line.blank) continue;
    if (!/^\d+\.?$/u.test(line.text)) head.add(line.text);
    if (head.size >= HEAD_LINES) break;
  }
  return head;
}
