import { indexOfWord } from '../whole-text-search.js';
import { CUT_LABEL_SHORTEST_TAIL, CUT_LIST_LABELS, LOST_GLYPH_LABELS, LOST_GLYPH_SYMPTOM, MEMBER_ENTRY_AFTER_LABEL } from '../vocabulary/page-transcripts.js';

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

/**
 * A member list's label cut at the page's edge, its tail left (`mer:` for `Medlemmer:`, `CUT_LIST_LABELS`): the label
 * written whole again where the tail follows a sentence's end or opens a line and a member with a party letter follows
 * it. One search for each label's ending, by its colon (`indexOfWord`; most texts hold the whole labels only, skipped word
 * by word).
 */
export function withCutListLabels(text: string): string {
  let restored = text;
  for (const { label, ending } of CUT_LIST_LABELS) {
    for (let at = indexOfWord(restored, ending); at >= 0; at = indexOfWord(restored, ending, at + ending.length)) {
      const end = at + ending.length - 1;
      const start = wordStart(restored, at);
      const tail = restored.slice(start, end);
      if (tail.length < CUT_LABEL_SHORTEST_TAIL || tail.length >= label.length || !label.endsWith(tail) || tail[0] !== tail[0]!.toLowerCase()) continue;
      if (!opensSentenceOrLine(restored, start) || !MEMBER_ENTRY_AFTER_LABEL.test(restored.slice(end + 1, end + 80))) continue;
      restored = `${restored.slice(0, start)}${label}${restored.slice(end)}`;
      at = start + label.length - ending.length + 1;
    }
  }
  return restored;
}

function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start;
}

/** At a line's start, or after a sentence's full stop and a space. */
function opensSentenceOrLine(text: string, start: number): boolean {
  if (start === 0 || text[start - 1] === '\n') return true;
  return text[start - 1] === ' ' && /[.!?]/u.test(text[start - 2] ?? '');
}
