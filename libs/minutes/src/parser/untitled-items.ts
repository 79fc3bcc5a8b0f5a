import { readDecisionBlockHeading } from './decision-blocks.js';
import { unmarkedText } from './item-heading.parser.js';
import type { ItemSpan } from './item-spans.js';
import type { ParsedItem } from './parsed-minutes.types.js';
import { NARRATIVE_SECTIONS, readSectionHeading } from './section-heading.js';
import type { SourceLine } from './source-line.js';
import { CASE_NUMBER_LABEL } from './vocabulary/case-numbers.js';
import { HEAD_DATE_LABEL_IN_LINE, TITLE_LINES } from './vocabulary/head-labels.js';
import { ITEM_TEXT_SIGNAL } from './vocabulary/section-labels.js';
import type { WarningCollector } from './warning-collector.js';

/**
 * Items of a document that prints neither numbers nor titles (Ishøj and Aalborg web pages, Aabenraa's
 * `Beslutningsprotokol`): read only when no heading of any numbering style was found. An item opens at each
 * case-number label line (`Sagsid.: ...`) when the document has several, or has one over all its section labels;
 * otherwise at its first section
 * label, again wherever that label recurs, and at the first narrative section (`Sagsfremstilling`, `Resume`,
 * ...) after a decision, since a decision closes an item (the first label then opens no second item before the
 * next decision; and where the first label is the decision, every item prints its decision first and only that
 * label opens one). Text without any section label has no items.
 */
export function findUntitledItemSpans(lines: readonly SourceLine[], warnings: WarningCollector): ItemSpan[] {
  const starts = caseLabelStarts(lines);
  const sections = starts.length === 1 ? sectionStarts(lines) : [];
  // (One case number over every section label is one item's page, whose decisions may stand before its account, Kolding's
  // `Beslutning Byrådet den ...` over `Sagsfremstilling`: the account opens no second item.)
  const opens = starts.length >= 2 || (starts.length === 1 && sections.length > 0 && starts[0]! < sections[0]!) ? starts : starts.length === 1 ? sections : sectionStarts(lines);
  if (opens.length === 0) return [];
  const spans = opens.map((index, position): ItemSpan => {
    const line = lines[index]!;
    warnings.add(line.no, 'item-title-missing', 'Item without a number or title: read from its sections');
    return { heading: { title: '', closed: false, line: line.no }, headingLine: line, headingIndex: index, bodyStart: index, end: opens[position + 1] ?? lines.length };
  });
  return spans;
}

/** A list bullet before the label: Assens' pages print each item's `• Sagsid.:` as an entry of a list. */
const BULLET_BEFORE = /^[•·▪]\s*/u;

function caseLabelStarts(lines: readonly SourceLine[]): number[] {
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (line.blank) return;
    const text = unmarkedText(line);
    if (CASE_NUMBER_LABEL.test(BULLET_BEFORE.test(text) ? text.replace(BULLET_BEFORE, '') : text)) starts.push(index);
  });
  return starts;
}

function sectionStarts(lines: readonly SourceLine[]): number[] {
  const starts: number[] = [];
  let opener: string | undefined;
  let decisionFirst = false;
  let decided = false;
  // Whether the item being read has had the opening label yet: an item opened by prose after a decision (`Resume`)
  // goes on over its own `Sagsfremstilling` (Ishøj: the first item opens at `Sagsfremstilling`, the next at `Resume`).
  let openerSeen = false;
  lines.forEach((line, index) => {
    if (line.blank) return;
    const section = readSectionHeading(line);
    const decision = section?.kind === 'decision' || (!section && !!readDecisionBlockHeading(unmarkedText(line)));
    if (decision) decided = true;
    if (!section) return;
    // The first item's first section opens every item (an agenda without decisions); so does prose after a decision,
    // save where the decision comes first in every item (an Aarhus item page: `Beslutning` over `Resumé`).
    if (opener === undefined) {
      opener = section.heading;
      decisionFirst = decision;
      openerSeen = true;
    } else if (decided && !decisionFirst && NARRATIVE_SECTIONS.has(section.kind)) {
      openerSeen = section.heading === opener;
    } else if (section.heading === opener) {
      if (!openerSeen) {
        openerSeen = true;
        return;
      }
    } else return;
    starts.push(index);
    decided = decision;
  });
  return starts;
}

/**
 * The last resort when neither headings nor section labels open an item: the text from the first line that
 * holds item text (`ITEM_TEXT_SIGNAL`) to the end is one untitled item, so a document that names its meeting
 * is kept with all its text (and a warning) rather than rejected. Lines before it are the head.
 */
export function remainingTextAsOneItem(lines: readonly SourceLine[], warnings: WarningCollector): ItemSpan[] {
  // (Not the document's own title or head printed again: a docplayer download title's `<organ>. Referat. Mødedato: 26.
  // juni 2014. Rådhus. ...` reads like a numbered title at its year, but it is the head's, and its date the meeting's.)
  const first = lines.findIndex((line, index) => index > 0 && !line.blank && ITEM_TEXT_SIGNAL.test(line.unmarked) && !HEAD_DATE_LABEL_IN_LINE.test(line.unmarked) && !TITLE_LINES.some((title) => title.test(line.unmarked)));
  if (first < 0) return [];
  const line = lines[first]!;
  warnings.add(line.no, 'item-title-missing', 'No item headings or section labels: the text from here on is read as one item without number or title');
  return [{ heading: { title: '', closed: false, line: line.no }, headingLine: line, headingIndex: first, bodyStart: first, end: lines.length }];
}

/** A title as an item page prints it on a line of its own: a capital or digit first, no label's colon, no sentence's end. */
const TITLE_LINE = /^[\p{Lu}\d][^:]{2,150}$/u;

/**
 * An item page that prints its title on a line of its own between the head and its first section label (København's
 * item pages: `Mødested: ...` / `Eventuelt` / `Beslutning`), the title once and without its number: the one item read
 * from its sections takes the head's last line, when nothing of the head read it, as its title.
 */
export function titleOfOneUntitledItem(items: ParsedItem[], lastHeadLine: SourceLine | undefined): void {
  if (!lastHeadLine || items.length !== 1) return;
  const item = items[0]!;
  if (item.title || item.number !== undefined) return;
  const text = lastHeadLine.unmarked.trim();
  if (!TITLE_LINE.test(text) || /[.,;]$/u.test(text)) return;
  item.title = text;
}
