import { isPageCounterLine } from './strip-noise.js';
import { indexOfWord } from '../whole-text-search.js';

/**
 * A referat passed on quoted in a mail (a reply's or an inline forward's `> ` quoting, Thunderbird's and Gmail's;
 * two levels, `> > ` or `>> `, when a quoted mail is forwarded again): when the quoted text is one passage that holds
 * most of the text, it is the document, and the unquoted lines around it are the mail's own (a covering note, a
 * forwarded-message header, a `Den ... skrev ...:` line, a signature). The quote marks of the level most of the quoted
 * text stands at come off, and every line not quoted that deep is blanked (line for line: the lines keep their
 * numbers; a mail header the referat itself opens with is then the first text, where `mail-message.ts` looks for one). A text that is not mostly quoted passes unchanged, as does a reply written between quoted passages and a
 * mail whose quoted lines are an earlier mail under a longer text (`mail-message.ts` drops those).
 */

/**
 * At least this many quoted characters for every unquoted one. (Characters, not lines: a flipbook's referat is a few
 * long lines, a covering note many short ones; a short referat may be only twice as long as the note.)
 */
const QUOTED_PER_UNQUOTED = 2;
/** Fewer quoted characters than this are a quoted passage, not a document. */
const FEWEST_QUOTED = 400;
/**
 * One quote level at a line's start: `>` with the space after it, if any. (Spacing as any extraction leaves it: a tab,
 * a non-breaking space, a page's form feed, a zero-width character or byte-order mark before the marks.)
 */
const QUOTE_LEVEL = /^[ \t\f\u00a0\ufeff\u200b-\u200d\u2060]*>[ \t\u00a0]?/u;
const QUOTE_MARKS = /^(?:[ \t\f\u00a0\ufeff\u200b-\u200d\u2060]*>)+/u;

const depthOf = (line: string): number => {
  const marks = QUOTE_MARKS.exec(line);
  return marks ? marks[0].split('>').length - 1 : 0;
};

export function withoutMailQuoting(text: string): string {
  // (One search for a quote mark at a line's start, by the mark, `indexOfWord`: nearly no text holds one. A native search
  // stops at every line break: 32 -> 7 µs over a 50 KB bench text.)
  if (text.charCodeAt(0) !== 62 && indexOfWord(text, '\n>') < 0) return text;
  const lines = text.split('\n');
  const depths = new Map<number, number>();
  let unquoted = 0;
  let seenQuoted = false;
  let unquotedSince = false;
  let unquotedInside = false;
  for (const line of lines) {
    const depth = depthOf(line);
    if (depth === 0) {
      // (A page's counter between quoted lines is the printout's, kept for the noise pass.)
      if (isPageCounterLine(line.trim())) continue;
      unquoted += line.trim().length;
      if (seenQuoted && line.trim() !== '') unquotedSince = true;
      continue;
    }
    // (Unquoted text between two quoted lines: a reply written between the passages it answers.)
    if (unquotedSince) unquotedInside = true;
    seenQuoted = true;
    // (A bare mark is a quoted blank line: it says nothing of the level the text is quoted at.)
    const length = line.replace(QUOTE_MARKS, '').trim().length;
    if (length > 0) depths.set(depth, (depths.get(depth) ?? 0) + length);
  }
  const quoted = [...depths.values()].reduce((sum, count) => sum + count, 0);
  if (unquotedInside || quoted < FEWEST_QUOTED || quoted < QUOTED_PER_UNQUOTED * unquoted) return text;
  const level = [...depths.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  return lines
    .map((line) => {
      // (A page's form feed stays where it stood: the page break is the text's, not the mail's.)
      const pageBreak = line.charCodeAt(0) === 12 ? '\f' : '';
      if (depthOf(line) < level) return isPageCounterLine(line.trim()) ? line : pageBreak;
      let rest = line;
      for (let strip = 0; strip < level; strip++) rest = rest.replace(QUOTE_LEVEL, '');
      return pageBreak + rest;
    })
    .join('\n');
}
