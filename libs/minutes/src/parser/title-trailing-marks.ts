import type { ParsedItem } from './parsed-minutes.types.js';
import { TITLE_TRAILING_MARK, TITLE_TRAILING_MARK_ENDS } from './vocabulary/noise.js';

/**
 * Marks a publication prints after an item's title (`Drænvand fra kunstgræsbaner *`, `Godkendelse af dagsordenÅbn/luk
 * punkt`) taken off, whichever reader read the title (a heading, a contents entry): see `TITLE_TRAILING_MARK`.
 */
export function withoutTitleTrailingMarks(items: ParsedItem[]): void {
  for (const item of items) {
    const title = item.title;
    if (!title || !TITLE_TRAILING_MARK_ENDS.includes(title[title.length - 1]!)) continue;
    const mark = TITLE_TRAILING_MARK.exec(title);
    if (mark && mark.index > 0) item.title = title.slice(0, mark.index).trimEnd();
  }
}
