import { readSectionHeading } from '../section-heading.js';
import { textLine, type SourceLine } from '../source-line.js';
import { indexesToAsk, type LineCensus } from './line-census.js';

/**
 * A referat written with a word processor's numbered outline (Word's heading styles): each item a level-1 heading
 * `N<TAB><titel>` with no full stop after its number, and its sections level-2 headings numbered from it,
 * `N.1<TAB>Sagsfremstilling`, `N.2<TAB>Indstilling`, `N.3<TAB>Beslutning`. As text (tabs read as one space) the item's
 * heading is a number and a title, which no style reads alone (`4 Budget` is also a list's line), and its sections'
 * labels stand behind numbers. Where such section lines number two items or more, each is given its label alone, and
 * the nearest numbered `N <titel>` line above an item's first section is written as the heading `N. <titel>`.
 * A document without an outline section line passes as it is, after a digit test per line.
 */
export function readOutlineSections(lines: readonly SourceLine[], census?: LineCensus): SourceLine[] {
  const groups = outlineSectionGroups(lines, census);
  if (groups === undefined) return lines as SourceLine[];
  const out = lines.slice();
  let floor = 0;
  for (const indices of groups) {
    for (const index of indices) out[index] = textLine(lines[index]!.no, OUTLINE_SECTION.exec(lines[index]!.text)!.groups!.label!, lines[index]!.pageBreak);
    const heading = headingAbove(lines, indices[0]!, floor);
    if (heading !== undefined) out[heading.index] = textLine(lines[heading.index]!.no, `${heading.number}. ${heading.title}`, lines[heading.index]!.pageBreak);
    floor = indices[indices.length - 1]! + 1;
  }
  return out;
}

/** `2.3 Beslutning`: the item's number, the section's, and the section's label (one to a few words). */
const OUTLINE_SECTION = /^(?<item>\d{1,3})\.(?<section>\d{1,2})\.?\s+(?<label>\p{Lu}[^\d]{0,60})$/u;

/**
 * Section lines an outline numbers, one group a run of lines with the same item number, in the document's order;
 * undefined unless two groups or more (a document that repeats its items numbers them on at its headings only, so the
 * sections' numbers may start again).
 */
function outlineSectionGroups(lines: readonly SourceLine[], census: LineCensus | undefined): number[][] | undefined {
  const groups: number[][] = [];
  let last = -1;
  // (Only the lines that open with a digit are asked: the census lists them.)
  for (const index of indexesToAsk(census, lines, (taken) => taken.digitOpened)) {
    const text = lines[index]!.text;
    const first = text.charCodeAt(0);
    // Most lines do not open with a digit: one comparison spares them the pattern.
    if (first < 48 || first > 57) continue;
    const match = OUTLINE_SECTION.exec(text);
    if (!match || !readSectionHeading(textLine(lines[index]!.no, match.groups!.label!))) continue;
    const item = Number(match.groups!.item);
    if (item === last) groups[groups.length - 1]!.push(index);
    else groups.push([index]);
    last = item;
  }
  return groups.length >= 2 ? groups : undefined;
}

/** The nearest line above a group's first section, below the previous group's sections, that reads `N <titel>`. */
function headingAbove(lines: readonly SourceLine[], firstSection: number, floor: number): { index: number; number: string; title: string } | undefined {
  for (let index = firstSection - 1; index >= floor; index--) {
    const heading = /^(?<number>\d{1,3})\.?\s+(?<title>\p{Lu}.*)$/u.exec(lines[index]!.text);
    if (heading) return { index, number: heading.groups!.number!, title: heading.groups!.title! };
  }
  return undefined;
}
