/**
 * Headings set with letter-spacing in a word processor or a PDF (`R E F E R A T`, `B e s l u t n i n g :`,
 * `T E K N I K -   O G   M I L J Ø U D V A L G E T`) come out of a text extraction with a space between every letter and
 * a wider gap between the words. Read back as written (`REFERAT`, `Beslutning:`, `TEKNIK- OG MILJØUDVALGET`), the
 * head's and the items' readers see the labels and names they know.
 */

/**
 * A space and three letters each after a single space (` E F E`, inside `R E F E R A T`): a run no written text makes
 * (single-letter words do not come three in a row). What the pass needs in a text before it rewrites anything; the
 * rewrite itself asks more of a line. The letters of Danish headings as a class of their own, after a literal space
 * (`\p{L}` tried at every character cost five times as much: a third of the written text's other passes together; a
 * class of space or tab in place of the literal space, twice as much). A line whose one gap a tab took is still found
 * by its other letters.
 */
export const LETTER_SPACING_MARK = / [A-Za-zÀ-ÖØ-öø-ÿ] [A-Za-zÀ-ÖØ-öø-ÿ] [A-Za-zÀ-ÖØ-öø-ÿ]/;

/**
 * A line made only of letter-spaced words: single characters one space (a tab, a no-break space) apart, the words two
 * or more apart, leading indentation and the line's end (trailing spaces, a carriage return) kept. Lines of other
 * shapes are never touched.
 */
const SPACED_LINE = /^([ \t\u00a0]*)(\S(?:[ \t\u00a0]\S)*(?:[ \t\u00a0]{2,}\S(?:[ \t\u00a0]\S)*)*)([ \t\u00a0]*\r?)$/gmu;
/** The run of four letters that makes such a line letter-spaced (a line of lone digits or party letters is not). */
const FOUR_SPACED_LETTERS = /(?:^|\s)\p{L}[ \t\u00a0]\p{L}[ \t\u00a0]\p{L}[ \t\u00a0]\p{L}(?!\S)/u;
/** Two spaces or more (tabs too) between letter-spaced words. */
const WORD_GAP = /[ \t\u00a0]{2,}/u;

/**
 * The text with every letter-spaced line closed up: the single spaces between letters dropped, each wider gap read as
 * one space. The rewrite keeps every line break, so line numbers stay the source's.
 */
export function withoutLetterSpacing(text: string): string {
  if (!LETTER_SPACING_MARK.test(text)) return text;
  return text.replace(SPACED_LINE, (line, indent: string, words: string, end: string) =>
    FOUR_SPACED_LETTERS.test(words) ? `${indent}${words.split(WORD_GAP).map((word) => word.replace(/[ \t\u00a0]/gu, '')).join(' ')}${end}` : line,
  );
}
