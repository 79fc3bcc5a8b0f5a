import { contentsTitle, type ContentsEntry } from './item-spans.js';
import type { ParsedItem } from './parsed-minutes.types.js';

/**
 * A heading wrapped where a copy from a PDF viewer broke a word's text run (`... i alle indsk` / `olinger`) joins with
 * a space inside the word; the contents list prints the title whole. Where the contents hold the item's title with
 * fewer spaces and nothing else changed, the contents' spelling is the title. (Only a space differs, so a contents
 * entry that is another item's title, or a title cut off in the list, never replaces one.)
 */
export function withTitlesAsContentsPrintThem(items: readonly ParsedItem[], contentsTitles: readonly string[], contents: readonly ContentsEntry[]): void {
  if (contentsTitles.length === 0 && contents.length === 0) return;
  const listed = [...contentsTitles.map(contentsTitle), ...contents.map((entry) => entry.title)];
  const bySpacelessKey = new Map(listed.map((title) => [spaceless(title), title]));
  for (const item of items) {
    if (!item.title || !item.title.includes(' ')) continue;
    const whole = bySpacelessKey.get(spaceless(item.title));
    if (whole && whole !== item.title && spaces(whole) < spaces(item.title)) item.title = whole;
  }
}

const spaceless = (title: string): string => title.replace(/\s+/gu, '');
const spaces = (title: string): number => title.split(/\s+/u).length;
