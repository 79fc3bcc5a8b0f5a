import type { MinutesLayout } from './parsed-minutes.types.js';
import { testStartingLike } from './line-prefilter.js';
import type { SourceLine } from './source-line.js';

/** `Punkt 4:`, `Pkt. 4:`: the plain layout's heading (asked only of headings that start with the word). */
const isPunktWithColon = testStartingLike(/^(?:punkt|pkt\.?)\s*\d*\s*:/iu);

/**
 * Names the layout for the record (the parser itself reads all layouts the same way):
 * markdown when item headings are marked (`#`, `**`); plain when they read `Punkt N: Title`;
 * pdf-text when they read `Punkt N Title` (no colon; the old PDF export, with hard-wrapped lines).
 */
export function detectLayout(itemHeadingLines: readonly SourceLine[]): MinutesLayout {
  if (itemHeadingLines.length === 0) return 'unknown';
  const marked = itemHeadingLines.filter((line) => line.headingLevel > 0 || line.bold).length;
  if (marked * 2 >= itemHeadingLines.length) return 'markdown';
  const colon = itemHeadingLines.filter((line) => isPunktWithColon(line.plain)).length;
  return colon * 2 >= itemHeadingLines.length ? 'plain' : 'pdf-text';
}
