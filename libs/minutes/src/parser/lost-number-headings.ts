import type { SourceLine } from './source-line.js';
import { titleKeyOf } from './title-key.js';
import { TAB_NUMBERED_ENTRY } from './vocabulary/contents-lists.js';

/** A heading found under its contents entry's title: its line, the entry's number and title. */
export interface LostNumberHeading {
  index: number;
  number: number;
  title: string;
}

/** Fewer entries than this, or fewer headings found for them, make no list of items. */
const MIN_ENTRIES = 3;

/**
 * Word numbers headings by its automatic list numbering, which a text export (`docx2txt`, a copy from the document)
 * loses: each item's heading stands as its title alone, while the table of contents keeps the numbers as text
 * (`1.<TAB>Godkendelse af dagsorden<TAB>2`). The contents entries the pre-pass set aside (`contentsTitles`) and those
 * it kept (short titles) give each title its number; the heading is the first later line that is that title alone,
 * as a paragraph of its own, in the entries' order. `kept` are the kept entries' lines (no items themselves). The one
 * reading of a list of one entry a line; a list that ran its titles together (a transcript's) is `unnumbered-items.ts`'s.
 */
export function lostNumberHeadings(lines: readonly SourceLine[], contentsTitles: readonly string[]): { headings: LostNumberHeading[]; kept: Set<number> } | undefined {
  const entries: { number: number; title: string }[] = [];
  for (const text of contentsTitles) {
    const entry = TAB_NUMBERED_ENTRY.exec(text);
    if (entry) entries.push({ number: Number(entry[1]), title: entry[2]! });
  }
  // Most documents have no such entries: asked of the set-aside ones first, and of the lines only then.
  if (entries.length === 0 && !lines.some((line) => line.raw.includes('\t'))) return undefined;
  const kept = new Set<number>();
  let from = 0;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.raw;
    if (!raw.includes('\t')) continue;
    const entry = TAB_NUMBERED_ENTRY.exec(raw.trim());
    // (A kept entry has its page after a tab: a heading's line does not.)
    if (!entry || !/\t\s*\d{1,4}\s*$/u.test(raw)) continue;
    entries.push({ number: Number(entry[1]), title: entry[2]! });
    kept.add(index);
    from = index + 1;
  }
  if (entries.length < MIN_ENTRIES) return undefined;
  entries.sort((a, b) => a.number - b.number);
  // The numbers run up by one: a list, not numbered lines met here and there.
  if (entries.some((entry, at) => at > 0 && entry.number !== entries[at - 1]!.number + 1)) return undefined;
  const headings: LostNumberHeading[] = [];
  for (const entry of entries) {
    const key = titleKeyOf(entry.title);
    for (let index = from; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.blank || line.plain.length !== entry.title.length || kept.has(index)) continue;
      if (titleKeyOf(line.plain) !== key || (index > 0 && !lines[index - 1]!.blank)) continue;
      headings.push({ index, number: entry.number, title: entry.title });
      from = index + 1;
      break;
    }
  }
  return headings.length >= MIN_ENTRIES && headings.length * 4 >= entries.length * 3 ? { headings, kept } : undefined;
}
