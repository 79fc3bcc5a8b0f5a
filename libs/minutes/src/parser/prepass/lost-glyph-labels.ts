import { LOST_GLYPH_LABELS, LOST_GLYPH_SYMPTOM } from '../vocabulary/page-transcripts.js';

/**
 * The head labels a PDF extraction wrote without the `at` glyph of their font (`Refer Do 29. januar 2015`), read back
 * as `Referat Dato 29. januar 2015` so the head's readers see the labels they know. A text without the symptom (all
 * but a few) is passed after one native search; the rewrites keep every line, so line numbers stay the source's.
 */
export function withLostGlyphLabels(text: string): string {
  if (!text.includes(LOST_GLYPH_SYMPTOM)) return text;
  let restored = text;
  for (const [pattern, label] of LOST_GLYPH_LABELS) restored = restored.replace(pattern, label);
  return restored;
}
