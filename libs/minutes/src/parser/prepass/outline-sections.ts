import { readSectionHeading } from '../section-heading.js';
import { textLine, type SourceLine } from '../source-line.js';

/**
 * A referat written with a word processor's numbered outline (Word's heading styles): each item a level-1 heading
 * `N<TAB><titel>` with no full stop after its number, and its sections level-2 headings numbered from it,
 * `N.1<TAB>Sagsfremstilling`, `N.2<TAB>Indstilling`, `N.3<TAB>Beslutning`. As text (tabs read as one space) the item's
 * heading is a number and a title, which no style reads alone (`4 Budget` is also a list's line), and its sections'
 * labels stand behind numbers. Where such section lines number two items or more in rising order, each is given its
 * label alone, and the nearest `N <titel>` line above an item's first section is written as the heading `N. <titel>`.
 * A document without an outline section line passes as it is, after a digit test per line.
 */
export function readOutlineSections(lines: readonly SourceLine[]): SourceLine[] {
  const sections = outlineSectionLines(lines);
  if (sections === undefined) return lines as SourceLine[];
  const out = lines.slice();
  let floor = 0;
  for (const [item, indices] of sections) {
    for (const index of indices) out[index] = textLine(lines[index]!.no, OUTLINE_SECTION.exec(lines[index]!.text)!.groups!.label!, lines[index]!.pageBreak);
    const heading = headingAbove(lines, item, indices[0]!, floor);
    if (heading !== undefined) out[heading.index] = textLine(lines[heading.index]!.no, `${item}. ${heading.title}`, lines[heading.index]!.pageBreak);
    floor = indices[indices.length - 1]! + 1;
  }
  return out;
}

/** `2.3 Beslutning`: the item's number, the section's, and the section's label (one to a few words). */
const OUTLINE_SECTION = /^(?<item>\d{1,3})\.(?<section>\d{1,2})\.?\s+(?<label>\p{Lu}[^\d]{0,60})$/u;

/** Section lines an outline numbers, by item number in the document's order; undefined unless two items or more have them, rising. */
function outlineSectionLines(lines: readonly SourceLine[]): Map<number, number[]> | undefined {
  let sections: Map<number, number[]> | undefined;
  let last = 0;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text;
    const first = text.charCodeAt(0);
    // Most lines do not open with a digit: one comparison spares them the pattern.
    if (first < 48 || first > 57) continue;
    const match = OUTLINE_SECTION.exec(text);
    if (!match || !readSectionHeading(textLine(lines[index]!.no, match.groups!.label!))) continue;
    const item = Number(match.groups!.item);
    if (item < last) return undefined;
    last = item;
    sections ??= new Map();
    const indices = sections.get(item);
    if (indices) indices.push(index);
    else sections.set(item, [index]);
  }
  return sections && sections.size >= 2 ? sections : undefined;
}

/** The nearest line above an item's first section, below the previous item's sections, that reads `N <titel>`. */
function headingAbove(lines: readonly SourceLine[], item: number, firstSection: number, floor: number): { index: number; title: string } | undefined {
  const prefix = String(item);
  for (let index = firstSection - 1; index >= floor; index--) {
    const text = lines[index]!.text;
    if (!text.startsWith(prefix)) continue;
    const title = /^\d{1,3}\.?\s+(?<title>\p{Lu}.*)$/u.exec(text)?.groups?.title;
    if (title !== undefined && text.slice(0, prefix.length + 1).trimEnd().replace(/\.$/u, '') === prefix) return { index, title };
  }
  return undefined;
}
