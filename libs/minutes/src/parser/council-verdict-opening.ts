import type { SourceLine } from './source-line.js';
import { COUNCIL_VERDICT_OPENING } from './vocabulary/council-verdicts.js';

/**
 * A council referat that prints what became of a member's question or motion as the first paragraph of the item's
 * `Sagsfremstilling`, over the quoted question or motion, and has no `Beslutning` (Frederiksberg: `Foretoges.`,
 * `Beslutningsforslaget blev oversendt til Magistraten.`): that paragraph, as the item's decision. Undefined where the
 * presentation opens otherwise.
 */
export function verdictOpeningPresentation(sections: readonly { kind: string; lines: readonly SourceLine[] }[]): readonly SourceLine[] | undefined {
  const presentation = sections.find((section) => section.kind === 'presentation');
  const first = presentation?.lines.find((line) => !line.blank && line.plain.trim().length > 0);
  return first && COUNCIL_VERDICT_OPENING.test(first.plain.trim()) ? [first] : undefined;
}
