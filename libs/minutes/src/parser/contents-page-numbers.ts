import type { ItemSpan } from './item-spans.js';
import type { SourceLine } from './source-line.js';
import { CONTENTS_PAGE_NUMBER } from './vocabulary/contents-lists.js';

/** A contents list is read as headings only where this many entries in a row end in their page numbers. */
const LIST_RUN_MIN = 3;

/**
 * Headings read from a contents list whose items' text the document lacks (a region's agenda page cut after its list,
 * `1 (Åben) Godkendelse af dagsorden 4` / `2 (Åben) Forslag til plan 5` / ...): each heading straight under the one
 * before it, nothing between them, and each title ending in a number that rises (or stays) from entry to entry: the
 * pages they start on, not the titles' words. Those numbers are cut off the titles, in place. A run shorter than
 * `LIST_RUN_MIN`, a heading with text under it, or numbers that fall (`Budget 2021` / `Plan 2019`) keep their titles.
 */
export function withoutContentsPageNumbers(spans: readonly ItemSpan[], lines: readonly SourceLine[]): void {
  let run: Array<{ span: ItemSpan; page: number }> = [];
  const close = (): void => {
    if (run.length >= LIST_RUN_MIN) for (const { span } of run) span.heading.title = span.heading.title.replace(CONTENTS_PAGE_NUMBER, '');
    run = [];
  };
  for (const span of spans) {
    const page = CONTENTS_PAGE_NUMBER.exec(span.heading.title);
    const bare = page !== null && !hasText(lines, span) && (run.length === 0 || Number(page[0]) >= run[run.length - 1]!.page);
    if (!bare) {
      close();
      continue;
    }
    run.push({ span, page: Number(page[0]) });
  }
  close();
}

function hasText(lines: readonly SourceLine[], span: ItemSpan): boolean {
  for (let index = span.bodyStart; index < span.end; index++) if (!lines[index]!.blank) return true;
  return false;
}
