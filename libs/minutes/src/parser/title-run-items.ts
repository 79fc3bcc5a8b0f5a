import type { ParsedItem } from './parsed-minutes.types.js';
import { textlessItem } from './textless-item.js';
import { titlesOfUncountedRun } from './uncounted-title-runs.js';
import { CONTENTS_TITLE_MAX } from './vocabulary/contents-lists.js';
import type { WarningCollector } from './warning-collector.js';

/**
 * An item whose heading was read from a contents list that lost its numbers after the first (a transcript's
 * `Indholdsfortegnelse Side 1. Budgetopfølgning ... Årsregnskab ... Forslag til ... Meddelelser...36` on one line, read
 * as item 1's heading): its title is the whole run. The run is cut into its titles (`uncounted-title-runs.ts`); the
 * item keeps the first, and each further title is the next number's item, listed in the contents only (no text, so
 * no decision). Only where no item read holds those numbers already.
 */
export function splitTitleRunItems(items: ParsedItem[], warnings: WarningCollector): void {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index]!;
    if (item.number === undefined || item.title.length <= CONTENTS_TITLE_MAX) continue;
    const titles = titlesOfUncountedRun(item.title);
    const first = item.number;
    if (!titles || items.some((other) => other.number !== undefined && other.number > first && other.number < first + titles.length)) continue;
    item.title = titles[0]!;
    const listed = titles.slice(1).map((title, at) => {
      warnings.add(item.line, 'contents-only-item', `Item ${first + at + 1} is listed in the contents only; read from there`);
      return textlessItem(first + at + 1, title, item.line, item.closed);
    });
    items.splice(index + 1, 0, ...listed);
  }
}
