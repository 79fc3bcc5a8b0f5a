import type { ContentsEntry, ItemSpan } from './item-spans.js';
import { findNumberedSequenceItemSpans } from './numbered-sequence-items.js';
import { findRecurringLabelItemSpans } from './recurring-label-items.js';
import type { SourceLine } from './source-line.js';
import { titleKeyOf } from './title-key.js';
import type { WarningCollector } from './warning-collector.js';

// Known styles that find this many items or fewer may have read stray lines (a list entry `2. ...`, a contents
// line) of a document whose headings are in another style; more is a reading of the document's own headings.
const FEW_KNOWN_ITEMS = 2;
// Known headings this few that leave out most numbers between them are stray lines (`mostlyMissingNumbers`); more
// are a reading of the document's own headings, whose numbering may skip (closed items left out).
const FEW_STRAY_ITEMS = 4;
// The structure must find clearly more items than the stray readings to replace them.
const MORE_THAN_KNOWN_BY = 2;

/**
 * Items of a document whose heading style no recogniser knows, read from its structure: a run of lines numbered
 * alike with rising numbers (and the contents entries numbered so), else the recurring section labels that open
 * every item. Asked only where the known
 * styles found at most a few items (`known`), so documents read by their known headings pay nothing; `undefined`
 * when the structure finds nothing that beats the known reading (whose warnings then stand). When it does, the
 * warnings raised from `checkpoint` on (the known reading's) are dropped.
 */
export function findItemSpansOfUnknownStyle(
  known: readonly ItemSpan[],
  lines: readonly SourceLine[],
  warnings: WarningCollector,
  checkpoint: number,
  listed: readonly ContentsEntry[] = [],
): { spans: ItemSpan[]; contents: ContentsEntry[] } | undefined {
  if (listedInContents(known, listed)) return undefined;
  const strayNumbers = known.length <= FEW_STRAY_ITEMS && mostlyMissingNumbers(known);
  if (known.length > FEW_KNOWN_ITEMS && !mostlyUntitled(known) && !strayNumbers) return undefined;
  const afterKnown = warnings.checkpoint();
  // Headings numbered `12. Titel` are the known styles' own: the structure reads them only where those found none, or
  // found so few of the numbers they span that they read stray lines.
  const numbered = findNumberedSequenceItemSpans(lines, warnings, known.length === 0 || strayNumbers);
  const { spans, contents } = numbered.spans.length > FEW_KNOWN_ITEMS && !numbered.pageTop ? numbered : byLabelsUnlessFewer(numbered, afterKnown, lines, warnings);
  if (spans.length === 0 || (known.length > 0 && spans.length < known.length + MORE_THAN_KNOWN_BY)) {
    warnings.discard(afterKnown);
    return undefined;
  }
  warnings.discard(checkpoint, afterKnown);
  return { spans, contents };
}

/**
 * A few known headings numbered as the first entries of a contents list before them (the text cut after them): the reading of the document's own headings, the list's other entries its items read from the list only.
 * The structure would take the list's numbered lines for the headings.
 */
function listedInContents(known: readonly ItemSpan[], listed: readonly ContentsEntry[]): boolean {
  if (known.length === 0 || listed.length <= known.length) return false;
  // (The list's first entries, in order: known headings numbered as its last ones are stray readings of a list whose
  // other entries' headings went unread.)
  // (And under the entry's own title: a recommendation's points, `1. Ordningen fortsættes.` / `2. ...`, numbered as
  // another item's `1. Orienteringen tages til efterretning.` are no contents of it.)
  return known.every((span, index) => {
    const entry = listed[index]!;
    if (span.heading.number === undefined || entry.number !== span.heading.number || entry.line >= span.headingLine.no) return false;
    const key = titleKeyOf(entry.title);
    return key.length > 0 && titleKeyOf(span.heading.title).startsWith(key);
  });
}

/**
 * Known headings most of which found no title (a contents list of number-only lines, `Pkt. nr. 4` over `Pkt. nr. 5`,
 * its titles dropped with their leaders) are no reading of the document's items: the structure is asked too.
 */
function mostlyUntitled(known: readonly ItemSpan[]): boolean {
  let untitled = 0;
  for (const span of known) if (span.heading.title.length === 0) untitled++;
  return untitled * 2 > known.length;
}

/**
 * Known headings whose numbers leave out most of the numbers between their first and last (`201.`, `207.`, `208.`:
 * the headings between them went unrecognised under section labels the vocabulary does not know) read stray lines,
 * not the document's headings: the structure is asked too, and must still find clearly more items.
 */
function mostlyMissingNumbers(known: readonly ItemSpan[]): boolean {
  let lowest = Infinity;
  let highest = -Infinity;
  let numbered = 0;
  for (const span of known) {
    const number = span.heading.number;
    if (number === undefined) continue;
    numbered++;
    if (number < lowest) lowest = number;
    if (number > highest) highest = number;
  }
  return numbered > 1 && highest - lowest + 1 > numbered * 2;
}

/**
 * A run of at most a few numbered lines (`Ad 1: Godkendt.`, `Ad 2: Godkendt.` in a decision) may be stray lines of
 * a document whose headings print no number: the recurring labels replace it when they find clearly more items.
 */
function byLabelsUnlessFewer(
  numbered: { spans: ItemSpan[]; contents: ContentsEntry[]; pageTop?: true },
  numberedFrom: number,
  lines: readonly SourceLine[],
  warnings: WarningCollector,
): { spans: ItemSpan[]; contents: ContentsEntry[] } {
  const beforeLabels = warnings.checkpoint();
  const labelled = findRecurringLabelItemSpans(lines, warnings);
  // (Page-top numbers are only a transcript's last resort: labels that find as many items read them as ever.)
  if (numbered.spans.length === 0 || labelled.length >= numbered.spans.length + (numbered.pageTop ? 0 : MORE_THAN_KNOWN_BY)) {
    warnings.discard(numberedFrom, beforeLabels);
    return { spans: labelled, contents: [] };
  }
  warnings.discard(beforeLabels);
  return numbered;
}
