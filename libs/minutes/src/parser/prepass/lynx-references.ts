import { indexOfWord } from '../whole-text-search.js';
import { LYNX_FIRST_REFERENCE, LYNX_LINK_REFERENCE, LYNX_REFERENCES_HEADING, LYNX_REFERENCES_LINE } from '../vocabulary/extraction-artefacts.js';
import { isPageCounterLine } from './strip-noise.js';

/**
 * The text of a `lynx -dump` without its link numbering: every `[N]` before a link's text is dropped (a space kept
 * where it stood between two words: `bilag[25]Høringssvar` is `bilag Høringssvar`), and the `References` list of
 * addresses is blanked, its line breaks kept so that line numbers stay the source's. A text without such a
 * list (nearly all) is returned after one native search for its heading's word.
 */
export function withoutLynxReferences(input: string): string {
  // (Searched by its capital, `indexOfWord`: 30 -> 12 µs over a 50 KB bench text.)
  if (indexOfWord(input, 'References') < 0) return input;
  // (Zero-width characters are no text, and the extraction-artefacts pass drops them after this one: dropped here first,
  // they part no address of the list, `ht<ZWNJ>tps://`, nor a link's number, `[2<ZWNJ>4]`.)
  const text = ZERO_WIDTH.test(input) ? input.replace(ZERO_WIDTHS, '') : input;
  const list = referencesList(text);
  if (!list) return input;
  // The list's own lines (its heading, `N. <address>` entries, `Hidden links:`, blank lines, a page's counter where a
  // printed dump's page broke inside the list) are blanked; whatever follows them is the page's and keeps its text.
  const lines = text.slice(list.index).split('\n');
  let end = 1;
  while (end < lines.length && isListLine(lines[end]!)) end++;
  const blanked = lines.slice(0, end).map((line) => (line.endsWith('\r') ? '\r' : ''));
  const after = end < lines.length ? [unlinked(lines.slice(end).join('\n'))] : [];
  return [unlinked(text.slice(0, list.index)) + blanked.join('\n'), ...after].join('\n');
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;
const ZERO_WIDTHS = /[\u200b-\u200d\u2060\ufeff]/gu;

/** The text without its link references, a space kept where one stood between two words. */
const unlinked = (text: string) => text.replace(LYNX_LINK_REFERENCE, (_whole, before: string, after: string) => (before && after ? `${before} ` : before));

/** The first `References` heading whose list's first entry (`1. <address>`) follows it, past blank lines and counters. */
function referencesList(text: string): { index: number } | undefined {
  for (const heading of text.matchAll(LYNX_REFERENCES_HEADING)) {
    const lines = text.slice(heading.index + heading[0].length + 1).split('\n', LIST_HEAD_LINES);
    const first = lines.find((line) => line.trim() !== '' && !isPageCounter(line));
    if (first !== undefined && LYNX_FIRST_REFERENCE.test(first)) return { index: heading.index };
  }
  return undefined;
}

/** How far under its heading a list's first entry is looked for (blank lines and a page's counter). */
const LIST_HEAD_LINES = 20;

const isPageCounter = (line: string): boolean => isPageCounterLine(line.replace(/\s+/gu, ' ').trim());
const isListLine = (line: string): boolean => LYNX_REFERENCES_LINE.test(line) || isPageCounter(line);
