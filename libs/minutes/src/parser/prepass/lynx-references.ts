import { LYNX_LINK_REFERENCE, LYNX_REFERENCES_LINE, LYNX_REFERENCES_LIST } from '../vocabulary/extraction-artefacts.js';

/**
 * The text of a `lynx -dump` without its link numbering: every `[N]` before a link's text is dropped (a space kept
 * where it stood between two words: `bilag[25]Høringssvar` is `bilag Høringssvar`), and the `References` list of
 * addresses is blanked, its line breaks kept so that line numbers stay the source's. A text without such a
 * list (nearly all) is returned after one native search for its heading's word.
 */
export function withoutLynxReferences(text: string): string {
  if (!text.includes('References')) return text;
  const list = LYNX_REFERENCES_LIST.exec(text);
  if (!list) return text;
  // The list's own lines (its heading, `N. <address>` entries, `Hidden links:`, blank lines) are blanked; whatever
  // follows them is the page's and keeps its text.
  const lines = text.slice(list.index).split('\n');
  let end = 1;
  while (end < lines.length && LYNX_REFERENCES_LINE.test(lines[end]!)) end++;
  const blanked = lines.slice(0, end).map((line) => (line.endsWith('\r') ? '\r' : ''));
  const after = end < lines.length ? [unlinked(lines.slice(end).join('\n'))] : [];
  return [unlinked(text.slice(0, list.index)) + blanked.join('\n'), ...after].join('\n');
}

/** The text without its link references, a space kept where one stood between two words. */
const unlinked = (text: string) => text.replace(LYNX_LINK_REFERENCE, (_whole, before: string, after: string) => (before && after ? `${before} ` : before));
