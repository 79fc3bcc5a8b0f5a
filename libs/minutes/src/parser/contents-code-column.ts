import { CONTENTS_CODE_ENTRY } from './vocabulary/contents-lists.js';

/** An entry as the contents reader takes it (`ContentsListEntry`): its number, where it starts, where its title starts. */
interface CodedEntry {
  number: number;
  start: number;
  titleStart: number;
}

/** How many entries must print a code after their number before the codes are taken for a column. */
const CODED_ENTRIES_MIN = 3;

/**
 * A contents list run into one line whose entries print the treating committee's code between the number and the title
 * (Horsens's transcripts: `Indholdsfortegnelse: Åben dagsorden 1 ØK Havnens årsrapport ØK Vandselskabets årsrapport 3
 * ØK ... 4 TM ...`). The code is no part of the title. The code said again where no number stands marks an entry whose
 * number the extraction lost: such entries are numbered on from the entry before, only where they fill the gap to the
 * next number exactly (`1 ØK A ØK B ØK C 4 ØK D`: B and C are 2 and 3); otherwise they stay inside the title before
 * them (no number is guessed). Codes are those printed after a number (a capital word of a title is no column's).
 * Returns the entries from `from` to `to`, or undefined where the list prints no such column.
 */
export function codeColumnEntries(text: string, from: number, to: number): CodedEntry[] | undefined {
  const found: Array<{ number?: number; code: string; start: number; titleStart: number }> = [];
  const codes = new Set<string>();
  let numbered = 0;
  CONTENTS_CODE_ENTRY.lastIndex = from;
  for (let match = CONTENTS_CODE_ENTRY.exec(text); match && match.index < to; match = CONTENTS_CODE_ENTRY.exec(text)) {
    const { number, code } = match.groups!;
    found.push({ number: number === undefined ? undefined : Number(number), code: code!, start: match.index, titleStart: match.index + match[0].length });
    if (number !== undefined) {
      codes.add(code!);
      numbered++;
    }
  }
  if (numbered < CODED_ENTRIES_MIN) return undefined;
  const entries: CodedEntry[] = [];
  let lost: typeof found = [];
  for (const candidate of found) {
    if (!codes.has(candidate.code)) continue;
    if (candidate.number === undefined) {
      lost.push(candidate);
      continue;
    }
    const last = entries[entries.length - 1];
    if (last && candidate.number <= last.number) continue;
    if (last && candidate.number - last.number - 1 === lost.length) {
      lost.forEach((entry, at) => entries.push({ number: last.number + at + 1, start: entry.start, titleStart: entry.titleStart }));
    }
    lost = [];
    entries.push({ number: candidate.number, start: candidate.start, titleStart: candidate.titleStart });
  }
  return entries;
}
