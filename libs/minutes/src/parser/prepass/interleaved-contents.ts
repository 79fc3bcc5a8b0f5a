import type { SourceLine } from '../source-line.js';
import { CLOSED_SECTION, OPEN_SECTION } from '../vocabulary/closed-markers.js';
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
export function interleavedContents(input: readonly SourceLine[], isDropped: (index: number) => boolean): { entries: number[]; titles: number[]; pages: number[]; closed: Set<number> } | undefined {
  const reach = Math.min(input.length, CONTENTS_REACH);
  for (let index = 0; index < reach; index++) {
    if (input[index]!.blank || !CONTENTS_HEADING.test(input[index]!.text.trim())) continue;
    let at = index + 1;
    // The table's other column headings (`Punkt`, `Side`) under the first.
    const columnHeads: number[] = [index];
    while (at < input.length && (input[at]!.blank || isDropped(at) || CONTENTS_HEADING.test(input[at]!.text.trim()))) {
      if (!input[at]!.blank && !isDropped(at)) columnHeads.push(at);
      at++;
    }
    const entries: number[] = [];
    const titles: number[] = [];
    const pages: number[] = [];
    const sections: number[] = [];
    // The titles under the table's closed part.
    const closed = new Set<number>();
    let inClosedPart = false;
    let numberColumn = false;
    for (;;) {
      // An entry of one line, or two where a heading stands over its title (`Pkt. nr. 1` / `Godkendelse af dagsorden`).
      let first = nextKept(input, at, isDropped);
      // The table's parts (`ÅBEN DAGSORDEN` / `LUKKET DAGSORDEN` over their rows, Viborg's pdf2html text) are rows of their own.
      while (first !== undefined && isPartHeading(input, first)) {
        sections.push(first);
        inClosedPart = CLOSED_SECTION.test(input[first]!.text.trim());
        first = nextKept(input, first + 1, isDropped);
      }
      const second = first === undefined ? undefined : nextKept(input, first + 1, isDropped);
      const third = second === undefined ? undefined : nextKept(input, second + 1, isDropped);
      // The entry names its item's number (`1. Godkendelse af dagsorden`, `Pkt. nr. 1`): a group's heading (`Åbne`) over a
      // bare number and a title is a list of another kind. A bare number over a title over its page (`95` / `Titel` / `2`:
      // the number column, one cell a line) is an entry too.
      if (first === undefined || second === undefined || !HOLDS_DIGIT.test(input[first]!.text)) break;
      const numberCell = isPageNumber(input, first) && !isPageNumber(input, second) && third !== undefined && isPageNumber(input, third);
      if (isPageNumber(input, first) && !numberCell) break;
      // Every row of the table has the same shape: a number column in all rows or in none (`58` / `Titel 1` / `59` / ... is
      // a list of numbers over titles that carry their pages).
      if (pages.length > 0 && numberCell !== numberColumn) break;
      numberColumn = numberCell;
      const page = numberCell ? third : isPageNumber(input, second) ? second : third !== undefined && !isPageNumber(input, second) && isPageNumber(input, third) ? third : undefined;
      if (page === undefined) break;
      entries.push(...(page === second ? [first] : [first, second]));
      titles.push(page === second ? first : second);
      if (inClosedPart) closed.add(page === second ? first : second);
      pages.push(page);
      at = page + 1;
    }
    if (pages.length >= 2) return { entries: [...columnHeads, ...entries, ...sections].sort((a, b) => a - b), titles, pages, closed };
  }
  return undefined;
}

function isPartHeading(input: readonly SourceLine[], index: number): boolean {
  const text = input[index]!.text.trim();
  return OPEN_SECTION.test(text) || CLOSED_SECTION.test(text);
}

function isPageNumber(input: readonly SourceLine[], index: number): boolean {
  return PAGE_NUMBER.test(input[index]!.text.trim());
}

/** The next line from `from` that is neither blank nor dropped already. */
function nextKept(input: readonly SourceLine[], from: number, isDropped: (index: number) => boolean): number | undefined {
  for (let at = from; at < input.length; at++) if (!input[at]!.blank && !isDropped(at)) return at;
  return undefined;
}
