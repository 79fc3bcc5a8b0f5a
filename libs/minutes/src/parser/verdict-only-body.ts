import { readOutcome } from './decision-outcome.js';
import { contentLines, type SourceLine } from './source-line.js';

/** How many lines of text an item without section labels may hold and still be all decision. */
const SHORT_BODY = 3;

/** `Intet.`, `Ingen bemærkninger.`: an item's whole (empty) outcome, as `Eventuelt` records it. */
const NOTHING_TO_NOTE = /^(?:intet|ingen(?:\s+bemærkninger)?|intet\s+at\s+bemærke)\s*\.?$/iu;

/**
 * The lines of an item that has no section labels and says only its verdict (a råd's Word referat: `Ad 1. Godkendelse
 * af dagsorden` / `Dagsordenen blev godkendt.`; `Ad 7. Eventuelt` / `Intet.`): its decision. A longer body is prose.
 */
export function verdictOnlyBody(preamble: readonly SourceLine[]): readonly SourceLine[] | undefined {
  const lines = contentLines(preamble);
  if (lines.length === 0 || lines.length > SHORT_BODY) return undefined;
  const first = lines[0]!.plain;
  if (NOTHING_TO_NOTE.test(first)) return lines;
  const reading = readOutcome(first);
  return reading.unrecognised !== true && (reading.outcome !== undefined || reading.postponed) ? lines : undefined;
}
