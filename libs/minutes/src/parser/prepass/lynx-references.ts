import { LYNX_LINK_REFERENCE, LYNX_REFERENCES_LIST } from '../vocabulary/extraction-artefacts.js';

/**
 * The text of a `lynx -dump` without its link numbering: every `[N]` before a link's text is dropped (a space kept
 * where it stood between two words: `bilag[25]Høringssvar` is `bilag Høringssvar`), and the `References` list of
 * addresses at the end is blanked, its line breaks kept so that line numbers stay the source's. A text without such a
 * list (nearly all) is returned after one native search for its heading's word.
 */
export function withoutLynxReferences(text: string): string {
  if (!text.includes('References')) return text;
  const list = LYNX_REFERENCES_LIST.exec(text);
  if (!list) return text;
  const page = text.slice(0, list.index).replace(LYNX_LINK_REFERENCE, (_whole, before: string, after: string) => (before && after ? `${before} ` : before));
  return page + text.slice(list.index).replace(/[^\r\n]+/gu, '');
}
