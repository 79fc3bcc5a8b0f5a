import type { ContentsEntry, ItemSpan } from './item-spans.js';
import { findNumberedSequenceItemSpans } from './numbered-sequence-items.js';
import { findRecurringLabelItemSpans } from './recurring-label-items.js';
import type { SourceLine } from './source-line.js';
import type { WarningCollector } from './warning-collector.js';

// Known styles that find this many items or fewer may have read stray lines (a list entry `2. ...`, a contents
// line) of a document whose headings are in another style; more is a reading of the document's own headings.
const FEW_KNOWN_ITEMS = 2;
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
): { spans: ItemSpan[]; contents: ContentsEntry[] } | undefined {
  if (known.length > FEW_KNOWN_ITEMS && !mostlyUntitled(known)) return undefined;
  const afterKnown = warnings.checkpoint();
  const numbered = findNumberedSequenceItemSpans(lines, warnings, known.length === 0);
  const { spans, contents } = numbered.spans.length > FEW_KNOWN_ITEMS ? numbered : byLabelsUnlessFewer(numbered, afterKnown, lines, warnings);
  if (spans.length === 0 || (known.length > 0 && spans.length < known.length + MORE_THAN_KNOWN_BY)) {
    warnings.discard(afterKnown);
    return undefined;
  }
  warnings.discard(checkpoint, afterKnown);
  return { spans, contents };
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
 * A run of at most a few numbered lines (`Ad 1: Godkendt.`, `Ad 2: Godkendt.` in a decision) may be stray lines of
 * a document whose headings print no number: the recurring labels replace it when they find clearly more items.
 */
function byLabelsUnlessFewer(
  numbered: { spans: ItemSpan[]; contents: ContentsEntry[] },
  numberedFrom: number,
  lines: readonly SourceLine[],
  warnings: WarningCollector,
): { spans: ItemSpan[]; contents: ContentsEntry[] } {
  const beforeLabels = warnings.checkpoint();
  const labelled = findRecurringLabelItemSpans(lines, warnings);
  if (numbered.spans.length === 0 || labelled.length >= numbered.spans.length + MORE_THAN_KNOWN_BY) {
    warnings.discard(numberedFrom, beforeLabels);
    return { spans: labelled, contents: [] };
  }
  warnings.discard(beforeLabels);
  return numbered;
}
