/** How minutes mark a closed item (lukket punkt): in front of the title, after it, or on the access line. */

/**
 * `Lukket: LUKKET Titel`, `Lukket punkt: Titel`, `Lukket sag: Titel`, `LUKKET Titel`, `LUKKET PUNKT: TITEL`, `LUKKET PUNKT - Titel`
 * (Region Syddanmark), `LUKKET SAG Titel`, `Closed: Titel`;
 * a protocol's `(L) Titel` / `[Lukket] Titel`, a web page's `(Lukket) Titel` (its open items `(Åben) Titel`), and `Fortroligt: Titel` / `Ikke offentligt - Titel` of systems that do not
 * say `lukket` (only with their colon or dash: `Fortroligt` alone may open a title's sentence).
 */
export const CLOSED_PREFIX = /^(?:(?:lukket(?:\s+(?:punkt|sag))?|closed)\s*:\s*(?:LUKKET\b\s*[:–-]?\s*)?|LUKKET\s+(?:PUNKT|SAG)(?:\s*:\s*|\s+[-–]\s+|\s+(?=\p{Lu}))|LUKKET\b\s*[:–-]?\s*|(?:\(L\)|\[[Ll]ukket\]|\([Ll]ukket(?:\s+(?:punkt|sag))?\))\s*[:–-]?\s*|(?:[Ff]ortroligt|[Ii]kke\s+offentligt?)\s*(?::|[–-](?=\s))\s*)/u;
/**
 * Also `Lukket - Titel` (Helsingør, Fredericia) and a word processor's `Lukket sag – Titel`: a dash and a capital, not
 * an SBSYS access line's case number.
 */
export const CLOSED_PREFIX_ANY_CASE = /^(?:(?:lukket(?:\s+(?:punkt|sag))?|closed)\s*:\s*|lukket(?:\s+(?:punkt|sag))?\s+[-–]\s+(?=\p{Lu}))/iu;

/** Any closed marker a title may hold, in front or after (a cheap gate before the patterns: most titles hold none). */
export const MAY_HOLD_CLOSED_MARKER = /lukket|closed|fortrolig|offentlig|\(L\)/iu;

/**
 * A closed marker in front of an item's number (`(L) 5. Titel`, `Lukket 5. Titel`, `[Lukket] Punkt 5: Titel`,
 * `Fortroligt 5. Titel`): a protocol's margin mark, extracted before the number.
 */
export const CLOSED_BEFORE_NUMBER = /^(?:\(L\)|\[lukket\]|lukket|fortroligt|ikke\s+offentligt?)\s*[:–-]?\s*(?=(?:punkt|pkt\.?)?\s*\d)/iu;

/**
 * `Titel (Lukket)`, `Titel (Lukket sag)`, `Titel - lukket punkt`, `Titel - Lukket sag` (Rødovre), `Titel - LUKKET SAG`
 * (Vordingborg); `Titel (FOR LUKKEDE DØRE)` (Glostrup); `Titel [Lukket]`, `Titel (Fortroligt)`, `Titel - Ikke offentligt`, `Titel - Lukket møde`, and a
 * protocol's `Titel (L)` (an item's title, not a member's line: `(L)` is read here only after a heading's title, and
 * not after another party letter: `Poul Dam (A), Bente Strand (L)`).
 */
// (`Køb af ejendom (lukket).`: an old protocol's title ends in its full stop after the marker.)
export const CLOSED_SUFFIX = /\s*(?:[([](?:lukket|lukket punkt|lukket sag|closed|fortroligt|ikke offentligt?|for lukkede døre)[)\]]\.?|(?<!\([A-ZÆØÅ]{1,2}\).*)\(L\)|[-–]\s*(?:lukket(?:\s+(?:punkt|sag|møde))?|fortroligt|ikke\s+offentligt?))\s*$/iu;

/**
 * Headings that open the closed part of an agenda or its contents (Gribskov's group heading `Lukkede` alone, Egebjerg's
 * `Til behandling - for lukkede døre`; a typewritten protocol's letter-spaced `L U K K E T   M Ø D E` and its `LUKKET DEL AF
 * MØDET`).
 */
export const CLOSED_SECTION = /^(?:lukkede(?:\s+(?:dagsordens)?punkter)?|lukket\s+(?:referat|dagsorden|del(?:\s+af\s+mødet)?)|lukkede\s+sager|lukket\s+møde|l u k k e t\s+m ø d e|til\s+(?:behandling|efterretning)\s*[-–]?\s*for\s+lukkede\s+døre|for\s+lukkede\s+døre)\s*:?$/iu;

/**
 * The headings of the agenda's open and closed parts that are never a page's running head (`LUKKET MØDE`, `Åbne
 * punkter`; not eDoc's `Åbent referat`, which heads every page).
 */
export const ACCESS_PART_HEADING = /^(?:(?:åbent?|lukket)\s+(?:møde|del\s+af\s+mødet)|l u k k e t\s+m ø d e|(?:åbne|lukkede)\s+(?:sager|punkter|dagsordenspunkter))\s*:?$/iu;

/** Headings that open the open part (ending a closed section; Egebjerg's `Til efterretning - for åbne døre`). */
export const OPEN_SECTION = /^(?:åbne(?:\s+(?:dagsordens)?punkter)?|åbent?\s+(?:referat|dagsorden|del(?:\s+af\s+mødet)?)|åbne\s+sager|til\s+(?:behandling|efterretning)\s*[-–]?\s*for\s+åbne\s+døre|for\s+åbne\s+døre)\s*:?$/iu;

/**
 * What a web export prints in place of a closed item's body: `Punktet er behandlet for lukkede døre`, `Sagen behandles
 * for lukkede døre`, `Beslutningen er ikke offentlig`, `Punktet er ikke offentligt`.
 */
const CLOSED_DOORS = String.raw`(?:punktet|sagen)\s+(?:(?:er|blev)\s+behandlet|behandles)\s+for\s+lukkede\s+døre|(?:punktet|sagen|beslutningen)\s+er\s+ikke\s+offentligt?`;

/**
 * A municipal company's board (a forsyning, an affaldsselskab) marks the items it treats in confidence `Tavshedspligt ikke
 * fraveget` (the duty of confidentiality not lifted): a closed item.
 */
const SECRECY_KEPT = String.raw`tavshedspligt(?:en)?\s+(?:er\s+)?ikke\s+fraveget`;

/**
 * A line under the heading that says the item is closed: `Lukket`, `Lukket - <nr>` (SBSYS), Aabenraa's `Lukket sag`, a
 * protocol's `Lukket punkt.`, a Word referat's `Punktet er behandlet for lukkede døre.`; `Punktet er lukket.`, `[Lukket]`,
 * `Fortroligt`, `Ikke offentligt` of systems that print the mark under the heading.
 */
export const CLOSED_ACCESS_LINE = new RegExp(String.raw`^(?:lukket(?:\s+(?:sag|punkt))?\s*(?:[-–:]\s*\S.*)?|${CLOSED_DOORS}|(?:punktet|sagen)\s+er\s+lukket|\[lukket\]|\(lukket\)|fortroligt|ikke\s+offentligt?|${SECRECY_KEPT})\.?$`, 'iu');

/**
 * A line alone over a closed item's heading (a word processor's margin line): `Lukket punkt`, `Lukket sag`, `Ikke
 * offentligt`, `Fortroligt`, `[Lukket]`. Not a bare `Lukket` (an SBSYS item's access line under the item before), nor
 * `Lukket møde` (the closed part's heading).
 */
export const CLOSED_MARKER_OVER = /^(?:lukket\s+(?:sag|punkt)|\[lukket\]|\(lukket\)|fortroligt|ikke\s+offentligt?)\.?$/iu;

/** The mark alone on a line under the heading (`Lukket sag`, `Punktet er lukket.`, `Fortroligt`): never a title's tail. */
export const CLOSED_MARKER_LINE = new RegExp(String.raw`^(?:lukket(?:\s+(?:sag|punkt))?|(?:punktet|sagen)\s+er\s+lukket|\[lukket\]|\(lukket\)|fortroligt|ikke\s+offentligt?|${SECRECY_KEPT})\.?$`, 'iu');

/** The sentence alone (`Sagen er behandlet for lukkede døre.`): never a title's line, unlike `Lukket punkt: <titel>`. */
export const CLOSED_DOORS_SENTENCE = new RegExp(String.raw`^(?:${CLOSED_DOORS})\.?$`, 'iu');

/** The access word on its own or padded on a line: `Åbent`, `Lukket`. */
export const ACCESS_WORD = /^(?:åbent?|lukket)$/iu;

/** The open item's access in brackets before its title (`(Åben) Titel`, a municipal web page beside `(Lukket) Titel`). */
export const OPEN_PREFIX = /^\(åben(?:t)?(?:\s+(?:sag|punkt))?\)\s*/iu;

/** The open item's access after its title (`Titel (Åben sag)`, pre-2007 intranet referater): not the title's. */
export const OPEN_SUFFIX = /\s*\(åben(?:t)?(?:\s+(?:sag|punkt))?\)\s*$/iu;

/**
 * A line that says only whether the item below it is open or closed, above its title (Lyngby-Taarbæk's protocols:
 * `Åbent punkt` / `Lukket punkt` over the page's running head and the title).
 */
export const ACCESS_MARKER_LINE = /^(?:åbent?|lukket)\s+(?:punkt|sag)$/iu;
