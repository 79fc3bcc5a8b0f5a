import { toSourceLine, withPageBreak, type SourceLine } from '../source-line.js';
import { ONE_ENTRY_LIST_HEADING, ONE_ENTRY_LIST_MIN, SECOND_ENTRY_START } from '../vocabulary/numbering.js';
import { indexesToAsk, type LineCensus } from './line-census.js';

/**
 * Numbers the headings of an agenda printed as one-entry ordered lists (`vocabulary/numbering.ts`,
 * `ONE_ENTRY_LIST_HEADING`) by their order: ` 1. A` / ... / ` 1. B` / ... / ` 1. C` read as `1. A`, `2. B`, `3. C`, so
 * each opens its own item instead of the first swallowing the rest. Only where no line starts with `2.` and the
 * headings' titles differ (one heading printed again is a repeated heading, read once elsewhere); other texts pass as
 * they came.
 */
/**
 * A `1. <Text>` right under a label or an introduction (`<organ>s beslutning på mødet den ...:`, `... indstiller,`) is
 * the first point of what the line above opens (a decision's or a recommendation's one numbered point), no heading.
 */
function underLabel(lines: readonly SourceLine[], index: number): boolean {
  for (let above = index - 1; above >= 0; above--) {
    const text = lines[above]!.plain.trimEnd();
    if (text.length > 0) return text.endsWith(':') || text.endsWith(',');
  }
  return false;
}

/** The line's indent as written (its `plain` text is trimmed). */
function indentOf(line: SourceLine): number {
  const raw = line.raw;
  let indent = 0;
  while (raw.charCodeAt(indent) === 0x20 || raw.charCodeAt(indent) === 0x09) indent++;
  return indent;
}

export function numberOneEntryLists(lines: readonly SourceLine[], census?: LineCensus): readonly SourceLine[] {
  const at: number[] = [];
  // (Only the lines that open with `1` or `2` are asked: the census lists them.)
  for (const index of indexesToAsk(census, lines, (taken) => taken.oneOrTwoOpened)) {
    const plain = lines[index]!.plain;
    // (Most lines do not start with a digit: told by their first characters before any pattern.)
    const first = plain.trimStart().charCodeAt(0);
    if (first !== 0x31 && first !== 0x32) continue;
    if (SECOND_ENTRY_START.test(plain)) return lines;
    if (ONE_ENTRY_LIST_HEADING.test(plain) && !underLabel(lines, index)) at.push(index);
  }
  if (at.length < ONE_ENTRY_LIST_MIN) return lines;
  // (One list's headings share their indent: a recommendation's points printed as one-entry lists under an item's own
  // `1. Titel`, deeper in, are no run of headings with it.)
  const indent = indentOf(lines[at[0]!]!);
  if (at.some((index) => indentOf(lines[index]!) !== indent)) return lines;
  const titles = new Set(at.map((index) => lines[index]!.plain.replace(ONE_ENTRY_LIST_HEADING, '').trim().toLowerCase()));
  if (titles.size !== at.length) return lines;
  const out = lines.slice();
  at.forEach((index, position) => {
    const line = lines[index]!;
    const numbered = toSourceLine(line.plain.replace(ONE_ENTRY_LIST_HEADING, (_whole, indent: string, gap: string) => `${indent}${position + 1}.${gap}`), line.no);
    out[index] = line.pageBreak ? withPageBreak(numbered) : numbered;
  });
  return out;
}
