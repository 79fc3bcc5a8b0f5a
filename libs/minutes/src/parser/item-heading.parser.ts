import type { SourceLine } from './source-line.js';

/** An item heading: `Punkt 4: Title`, `## **Punkt 3.**`, `pkt. 4 Title`, `## 4. Title`, `Punkt: Title`. */
export interface ItemHeadingMatch {
  number?: number;
  /** Title text on the heading line (may be empty, may continue on the next lines). */
  title: string;
  /** Written as a markdown heading or wholly in bold: the author marked it as a heading. */
  marked: boolean;
}

export interface ItemHeadingContext {
  /** The line before is blank (or there is none). */
  afterBlank: boolean;
  /** Number of the item read last, if any. */
  lastNumber?: number;
  /** Lowest markdown heading level among the item headings read so far. */
  itemLevel?: number;
}

// `Punkt`/`Pkt.` as a word (not `Punktet`), an optional number, a separator, the title.
const PUNKT_HEADING = /^(?:punkt|pkt\.?)(?![a-zæøå])\s*(\d+)?(?:\s*[:.)–-]\s*|\s+|$)(.*)$/iu;
const BARE_NUMBER_HEADING = /^(\d+)\s*[.:)]\s*(.*)$/u;

/**
 * Recognises an item heading. Unmarked lines (plain and PDF text) need more evidence, because body text can
 * start with `Punkt 6.6 ...`: a blank line before, a title that starts with a capital letter or a quote, and a
 * number beyond the last item's (a lower one is a per-point decision such as `Punkt 1: Godkendt`).
 */
export function readItemHeading(line: SourceLine, context: ItemHeadingContext): ItemHeadingMatch | undefined {
  if (line.blank) return undefined;
  const text = line.plain.replace(/\*\*|__/g, '').trim();
  const marked = line.headingLevel > 0 || line.bold || /^(\*\*|__)/.test(line.text.replace(/^#+\s*/, ''));

  const punkt = PUNKT_HEADING.exec(text);
  if (punkt) {
    const number = punkt[1] === undefined ? undefined : Number(punkt[1]);
    const title = punkt[2]!.trim();
    if (number === undefined) {
      // Without a number only `Punkt: Title` / `Punkt - Title` is a heading, never a bare `Punkt`.
      if (!/^(?:punkt|pkt\.?)\s*[:–-]/iu.test(text) || title.length === 0) return undefined;
      if (!marked && !context.afterBlank) return undefined;
      return { title, marked };
    }
    if (marked) return { number, title, marked };
    if (!context.afterBlank) return undefined;
    if (title.length > 0 && !/^[\p{Lu}"“”'«„]/u.test(title)) return undefined;
    if (context.lastNumber !== undefined && number <= context.lastNumber) return undefined;
    return { number, title, marked };
  }

  // `## 4. Title` only when marked as a heading at the items' level: numbered lists and sub-headings are
  // common inside an item's text.
  if (!marked) return undefined;
  if (line.headingLevel === 0 && !context.afterBlank) return undefined;
  if (line.headingLevel > 0 && context.itemLevel !== undefined && line.headingLevel > context.itemLevel) return undefined;
  const bare = BARE_NUMBER_HEADING.exec(text);
  if (!bare) return undefined;
  const number = Number(bare[1]);
  if (context.lastNumber !== undefined && number <= context.lastNumber) return undefined;
  const title = bare[2]!.trim();
  if (title.length > 0 && !/^[\p{Lu}"“”'«„]/u.test(title)) return undefined;
  return { number, title, marked };
}

export interface ClosedTitle {
  title: string;
  closed: boolean;
}

/** `Lukket: LUKKET Status på ...` -> closed, title `Status på ...`. */
export function readClosedMarker(title: string): ClosedTitle {
  const lukket = /^lukket(?:\s+punkt)?\s*:\s*/iu;
  const shouted = /^LUKKET\b\s*[:–-]?\s*/u;
  if (!lukket.test(title) && !shouted.test(title)) return { title, closed: false };
  return { title: title.replace(lukket, '').replace(shouted, '').trim(), closed: true };
}
