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
  const entries: { number: number; titles: string[] }[] = [];
  const spaced: string[] = [];
  for (const text of contentsTitles) {
    const entry = TAB_NUMBERED_ENTRY.exec(text);
    if (entry) entries.push({ number: Number(entry[1]), titles: setAsideTitles(text, entry[2]!) });
    else spaced.push(text);
  }
  // An entry wrapped onto a second line (`3.<TAB>Høring: ... og praktisk` / `hjælp 2022<TAB>2`) the pre-pass joined as
  // the lines' text, its tabs read as spaces: among tab-numbered entries, it gives a number they lack.
  if (entries.length > 0) {
    for (const text of spaced) {
      const entry = SPACED_NUMBERED_ENTRY.exec(text);
      if (entry && !entries.some((other) => other.number === Number(entry[1]))) entries.push({ number: Number(entry[1]), titles: [entry[2]!, text.slice(entry[1]!.length + 2)] });
    }
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
    entries.push({ number: Number(entry[1]), titles: [entry[2]!] });
    kept.add(index);
    from = index + 1;
  }
  if (entries.length < MIN_ENTRIES) return undefined;
  entries.sort((a, b) => a.number - b.number);
  // The numbers run up by one: a list, not numbered lines met here and there.
  if (entries.some((entry, at) => at > 0 && entry.number !== entries[at - 1]!.number + 1)) return undefined;
  const headings: LostNumberHeading[] = [];
  for (const entry of entries) {
    const keys = entry.titles.map(titleKeyOf);
    for (let index = from; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.blank || kept.has(index) || (index > 0 && !lines[index - 1]!.blank)) continue;
      const at = entry.titles.findIndex((title, which) => isTitle(lines, index, title, keys[which]!));
      if (at < 0) continue;
      // (A wrapped title's heading is its first line: the item's title goes on on the next, as any wrapped heading's.)
      const title = entry.titles[at]!;
      headings.push({ index, number: entry.number, title: line.plain.length === title.length ? title : line.plain });
      from = index + 1;
      break;
    }
  }
  return headings.length >= MIN_ENTRIES && headings.length * 4 >= entries.length * 3 ? { headings, kept } : undefined;
}

/**
 * The line at `index` is the title alone, or its paragraph's first line of two holds the title wrapped (`Høring: ... og
 * praktisk` / `hjælp 2022`: a re-wrapped text wraps a heading as it wraps its contents entry).
 */
function isTitle(lines: readonly SourceLine[], index: number, title: string, key: string): boolean {
  const line = lines[index]!;
  if (line.plain.length === title.length) return titleKeyOf(line.plain) === key;
  const next = lines[index + 1];
  if (line.plain.length > title.length || !next || next.blank || line.plain.length + 1 + next.plain.length !== title.length || lines[index + 2]?.blank === false) return false;
  return titleKeyOf(`${line.plain} ${next.plain}`) === key;
}

/**
 * The titles a set-aside entry may have: the pre-pass took its page off already, so a number after its last tab is
 * the title's own (`2.<TAB>Godkendelse af referat fra mødet den 9.<TAB>februar<TAB>2022`, a tab an extraction put
 * between words), read first; the entry without it second (a page the pre-pass left).
 */
function setAsideTitles(text: string, withoutPage: string): string[] {
  const whole = SET_ASIDE_TITLE.exec(text)?.[1];
  return whole === undefined || whole === withoutPage ? [withoutPage] : [whole, withoutPage];
}
/** A set-aside entry's title: all after its number and tab. */
const SET_ASIDE_TITLE = /^\d{1,3}\.?\t+(\S.*?)\s*$/u;
/** A joined entry (`3. Høring: ... hjælp 2022 2`): its number and its title without the page after it. */
const SPACED_NUMBERED_ENTRY = /^(\d{1,3})\. (\S.*?)(?: \d{1,4})?$/u;
