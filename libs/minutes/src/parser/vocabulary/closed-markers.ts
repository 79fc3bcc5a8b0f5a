/** How minutes mark a closed item (lukket punkt): in front of the title, after it, or on the access line. */

/** `Lukket: LUKKET Titel`, `Lukket punkt: Titel`, `Lukket sag: Titel`, `LUKKET Titel`, `LUKKET PUNKT: TITEL`, `Closed: Titel`. */
export const CLOSED_PREFIX = /^(?:(?:lukket(?:\s+(?:punkt|sag))?|closed)\s*:\s*(?:LUKKET\b\s*[:–-]?\s*)?|LUKKET\s+(?:PUNKT|SAG)\s*:\s*|LUKKET\b\s*[:–-]?\s*)/u;
/**
 * Also `Lukket - Titel` (Helsingør, Fredericia) and a word processor's `Lukket sag – Titel`: a dash and a capital, not
 * an SBSYS access line's case number.
 */
export const CLOSED_PREFIX_ANY_CASE = /^(?:(?:lukket(?:\s+(?:punkt|sag))?|closed)\s*:\s*|lukket(?:\s+(?:punkt|sag))?\s+[-–]\s+(?=\p{Lu}))/iu;

/** `Titel (Lukket)`, `Titel (Lukket sag)`, `Titel - lukket punkt`, `Titel - Lukket sag` (Rødovre), `Titel - LUKKET SAG` (Vordingborg). */
// (`Køb af ejendom (lukket).`: an old protocol's title ends in its full stop after the marker.)
export const CLOSED_SUFFIX = /\s*(?:\((?:lukket|lukket punkt|lukket sag|closed)\)\.?|[-–]\s*lukket(?:\s+(?:punkt|sag))?)\s*$/iu;

/**
 * Headings that open the closed part of an agenda or its contents (Gribskov's group heading `Lukkede` alone; a
 * typewritten protocol's letter-spaced `L U K K E T   M Ø D E`).
 */
export const CLOSED_SECTION = /^(?:lukkede(?:\s+(?:dagsordens)?punkter)?|lukket\s+(?:referat|dagsorden|del)|lukkede\s+sager|lukket\s+møde|l u k k e t\s+m ø d e)\s*:?$/iu;

/**
 * The headings of the agenda's open and closed parts that are never a page's running head (`LUKKET MØDE`, `Åbne
 * punkter`; not eDoc's `Åbent referat`, which heads every page).
 */
export const ACCESS_PART_HEADING = /^(?:(?:åbent?|lukket)\s+møde|l u k k e t\s+m ø d e|(?:åbne|lukkede)\s+(?:sager|punkter|dagsordenspunkter))\s*:?$/iu;

/** Headings that open the open part (ending a closed section). */
export const OPEN_SECTION = /^(?:åbne(?:\s+(?:dagsordens)?punkter)?|åbent?\s+(?:referat|dagsorden|del)|åbne\s+sager)\s*:?$/iu;

/**
 * A line under the heading that says the item is closed: `Lukket`, `Lukket - <nr>` (SBSYS), Aabenraa's `Lukket sag`, a
 * protocol's `Lukket punkt.`, a Word referat's `Punktet er behandlet for lukkede døre.`
 */
export const CLOSED_ACCESS_LINE = /^(?:lukket(?:\s+(?:sag|punkt))?\s*(?:[-–:]\s*\S.*)?|(?:punktet|sagen)\s+(?:er|blev)\s+behandlet\s+for\s+lukkede\s+døre)\.?$/iu;

/** The sentence alone (`Sagen er behandlet for lukkede døre.`): never a title's line, unlike `Lukket punkt: <titel>`. */
export const CLOSED_DOORS_SENTENCE = /^(?:punktet|sagen)\s+(?:er|blev)\s+behandlet\s+for\s+lukkede\s+døre\.?$/iu;

/** The access word on its own or padded on a line: `Åbent`, `Lukket`. */
export const ACCESS_WORD = /^(?:åbent?|lukket)$/iu;

/** The open item's access after its title (`Titel (Åben sag)`, pre-2007 intranet referater): not the title's. */
export const OPEN_SUFFIX = /\s*\(åben(?:t)?(?:\s+(?:sag|punkt))?\)\s*$/iu;

/**
 * A line that says only whether the item below it is open or closed, above its title (Lyngby-Taarbæk's protocols:
 * `Åbent punkt` / `Lukket punkt` over the page's running head and the title).
 */
export const ACCESS_MARKER_LINE = /^(?:åbent?|lukket)\s+(?:punkt|sag)$/iu;
