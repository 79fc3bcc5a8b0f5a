import type { SourceLine } from '../source-line.js';
import { CONTENTS_HEADING } from '../vocabulary/noise.js';

/** How far into a document a contents list may start (as the other contents readers). */
const CONTENTS_REACH = 200;
/** A page number alone on its line (one to three digits). */
const PAGE_NUMBER = /^\d{1,3}$/u;
const HOLDS_DIGIT = /\d/u;

/**
 * A contents table extracted one cell a line (`Indhold` / `Punkt` / `Side`, then `1. Godkendelse af dagsorden` / `2` /
 * `2. Budget 2021` / `5` ...): every entry (one line, or a heading over its title) followed by its page number on the next
 * line. Returns the indexes of the entries' lines, of their titles (the entry's last line) and of their page numbers (at least two entries, right under the
 * contents heading), or nothing.
 */
export function interleavedContents(input: readonly SourceLine[], isDropped: (index: number) => boolean): { entries: number[]; titles: number[]; pages: number[] } | undefined {
  const reach = Math.min(input.length, CONTENTS_REACH);
  for (let index = 0; index < reach; index++) {
    if (input[index]!.blank || !CONTENTS_HEADING.test(input[index]!.text.trim())) continue;
    let at = index + 1;
    // The table's other column headings (`Punkt`, `Side`) under the first.
    while (at < input.length && (input[at]!.blank || isDropped(at) || CONTENTS_HEADING.test(input[at]!.text.trim()))) at++;
    const entries: number[] = [];
    const titles: number[] = [];
    const pages: number[] = [];
    for (;;) {
      // An entry of one line, or two where a heading stands over its title (`Pkt. nr. 1` / `Godkendelse af dagsorden`).
      const first = nextKept(input, at, isDropped);
      const second = first === undefined ? undefined : nextKept(input, first + 1, isDropped);
      const third = second === undefined ? undefined : nextKept(input, second + 1, isDropped);
      // The entry names its item's number (`1. Godkendelse af dagsorden`, `Pkt. nr. 1`): a group's heading (`Åbne`) over a
      // bare number and a title is a list of another kind.
      if (first === undefined || second === undefined || isPageNumber(input, first) || !HOLDS_DIGIT.test(input[first]!.text)) break;
      const page = isPageNumber(input, second) ? second : third !== undefined && !isPageNumber(input, second) && isPageNumber(input, third) ? third : undefined;
      if (page === undefined) break;
      entries.push(...(page === second ? [first] : [first, second]));
      titles.push(page === second ? first : second);
      pages.push(page);
      at = page + 1;
    }
    if (pages.length >= 2) return { entries, titles, pages };
  }
  return undefined;
}

function isPageNumber(input: readonly SourceLine[], index: number): boolean {
  return PAGE_NUMBER.test(input[index]!.text.trim());
}

/** The next line from `from` that is neither blank nor dropped already. */
function nextKept(input: readonly SourceLine[], from: number, isDropped: (index: number) => boolean): number | undefined {
  for (let at = from; at < input.length; at++) if (!input[at]!.blank && !isDropped(at)) return at;
  return undefined;
}
