/**
 * Characters that PDF and HTML extractions write for what the author wrote: read as the author's text before any
 * recogniser sees the document (`prepass/extraction-artefacts.ts`).
 */

/** Ligature glyphs of PDF fonts and the letters they join (Unicode's compatibility decompositions). */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/**
 * Bullet glyphs that list markers extract as (a Symbol-font bullet lands in the private use area as U+F0B7), read
 * as the bullet `•` the list vocabulary knows; only at a line's start.
 */
export const OTHER_BULLETS = /^([ \t]*)[\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0a7\uf0b7]/gmu;

/**
 * Words that stand after a suspended compound's hyphen (`Kultur- og Fritidsudvalget`, `by- eller landzone`): a
 * line that ends in `-` before one of them is not a hyphenated word.
 */
export const WORDS_AFTER_SUSPENDED_HYPHEN = ['og', 'eller', 'samt', 'til', 'som', 'mod', 'at', 'i', 'på', 'for', 'men'] as const;

/**
 * Dashes other than the en dash between spaces (`Nr.4 — Titel`, `Punkt 3 ‒ Budget`): an em dash, figure dash,
 * horizontal bar or minus sign where the vocabulary reads `-` or `–` as a separator; read as the en dash. (A word
 * processor's autoformat writes a no-break space on either side of its dash, `Teknisk Udvalg —<NBSP>Referat`: a space too.)
 */
export const OTHER_SPACED_DASH = /(?<=[ \u00a0])[\u2012\u2014\u2015\u2212](?=[ \u00a0])/gu;

/**
 * A scanner's margin mark that OCR reads as a bar at the start of a numbered heading (`| 87.   GODKENDELSE AF
 * DAGSORDEN.`): not the author's. Only before a number and its full stop, so a table row's bars stay. The spaces
 * around may be no-break spaces, and an indent or a form feed (a new page) before the bar is kept (group 1).
 */
export const OCR_MARGIN_BAR = /^([\f \t\u00a0]*)\|[ \t\u00a0]+(?=\d{1,3}\.[ \t\u00a0])/gmu;

/**
 * A phrase set with expanded character spacing (a Word template's labels, a letter-spaced title: `R E F E R A T`,
 * `T i l   s t e d e :`, `J . n r . :`), as a PDF extraction writes it: each character parted from the next by one
 * space, the words by two or more. Group 1 is the phrase; `(?<!\S)` and `(?!\S)` keep it to whole words. A space may be
 * a no-break or figure space or a tab (the text's odd spaces are made plain only after this pass; a word parted by tabs
 * alone is a table's row, which `letter-spacing.ts` leaves).
 */
export const LETTER_SPACED_PHRASE = /(?<!\S)((?:\S[ \t\u00a0\u2007\u202f])+\S(?:[ \t\u00a0\u2007\u202f]{2,}(?:\S[ \t\u00a0\u2007\u202f])+\S)*)(?!\S)/gu;
/** The gap between two words of a letter-spaced phrase, and the space between its characters. */
export const LETTER_SPACED_WORD_GAP = /[ \t\u00a0\u2007\u202f]{2,}/u;
export const LETTER_SPACED_SPACE = /[ \t\u00a0\u2007\u202f]/gu;
/**
 * The cheap gate before that pattern: a space and three letters each after a single space (` E F E`, inside
 * `R E F E R A T`), which running text never holds. The letters of Danish headings as a class of their own: `\p{L}`
 * tried at every character cost five times as much.
 */
export const LETTER_SPACING_MARK = /[ \u00a0\u2007\u202f][A-Za-zÀ-ÖØ-öø-ÿ][ \u00a0\u2007\u202f][A-Za-zÀ-ÖØ-öø-ÿ][ \u00a0\u2007\u202f][A-Za-zÀ-ÖØ-öø-ÿ]/;
/**
 * How many characters and letters one word of a phrase needs to be read as letter-spaced: four characters with three
 * letters (`J . n r . :`, `R E F E R A T`); a paragraph's `§ 8 a` or a list `A B C` is not.
 */
export const LETTER_SPACED_WORD_MIN = { characters: 4, letters: 3 } as const;

/**
 * `lynx -dump` of a web page numbers every link in the text (`[12]Hent referatet som PDF`, glued to the link's first
 * word, and to the word before where the page had no space: `jf. bilag[25]Høringssvar`) and lists the addresses at the
 * end under `References` (`   1. https://...`, and `Hidden links:`). The list's heading and first entry say it is such
 * a dump; only then are bracketed numbers link references. The list's spacing is any space within a line (a tab, a
 * no-break space, a form feed where a page began: `[^\S\r\n]`), as an extraction may write it.
 */
export const LYNX_REFERENCES_HEADING = /^[^\S\r\n]*References[^\S\r\n]*\r?$/gmu;
/** The list's first entry, under its heading (blank lines or a page's counter between). */
export const LYNX_FIRST_REFERENCE = /^[^\S\r\n]*1\.[^\S\r\n]+[a-z][a-z+.-]*:\S+/u;
/** A link reference, with the character before it and whether a word goes on right after it. */
export const LYNX_LINK_REFERENCE = /(\S?)\[\d{1,4}\](?=(\S?))/gu;
/** A line of that list: an entry `   12. https://...`, the `Hidden links:` / `Visible links:` headings, or a blank line. */
export const LYNX_REFERENCES_LINE = /^[^\S\r\n]*(?:\d{1,4}\.[^\S\r\n]+[a-z][a-z+.-]*:\S*|(?:Hidden|Visible)[^\S\r\n]+links:)?[^\S\r\n]*\r?$/u;
