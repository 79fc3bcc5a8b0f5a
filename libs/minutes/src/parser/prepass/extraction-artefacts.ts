import { holdsBeyondLatin1 } from '../one-byte-runs.js';
import { LIGATURES, OCR_MARGIN_BAR, OTHER_BULLETS, OTHER_SPACED_DASH, WORDS_AFTER_SUSPENDED_HYPHEN } from '../vocabulary/extraction-artefacts.js';

/**
 * A character a clean text does not hold: combining marks (decomposed letters), ligatures, zero-width characters,
 * a byte-order mark, soft hyphens, other bullet glyphs, other dashes. One class over the text (a pattern that also looked for a
 * hyphen at a line end cost three times as much: that is two native searches for `-` and a line break instead).
 */
const ARTEFACT_CHARACTER = /[\u0300-\u036f\ufb00-\ufb06\u200b-\u200d\u2060\ufeff\u00ad\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0a7\uf0b7\u2012\u2014\u2015\u2212]/;
/**
 * Where an artefact character may stand: a soft hyphen or any character from U+0300 up (a superset of
 * `ARTEFACT_CHARACTER`). Two ranges are one cheap test per character; the artefact class's many ranges cost about four
 * times as much over a text that holds a character past Latin-1 (a two-byte string: `–`, `’`), each candidate is then
 * asked of the class (a Danish text holds a few dozen, mostly dashes and quotes).
 */
const ARTEFACT_CANDIDATE = /[^\x00-\xac\xae-\u02ff]/g;

/**
 * Whether `text` holds an artefact character: `ARTEFACT_CHARACTER.test(text)`, asked of its candidates only. A text
 * within Latin-1 can hold only the soft hyphen, found by one native character search.
 */
export function holdsArtefactCharacter(text: string): boolean {
  if (!holdsBeyondLatin1(text)) return text.includes('\u00ad');
  ARTEFACT_CANDIDATE.lastIndex = 0;
  for (let candidate = ARTEFACT_CANDIDATE.exec(text); candidate; candidate = ARTEFACT_CANDIDATE.exec(text)) {
    if (ARTEFACT_CHARACTER.test(candidate[0])) return true;
  }
  return false;
}

/**
 * A word hyphenated at a line end: a letter, a lower-case letter and `-` (`Ud-` / `dannelsesudvalgets`; or any letter
 * and a soft hyphen) end the line, and the next line starts with the word's lower-case rest (a closing bracket after
 * it goes up with it: `(2. forelæg-` / `gelse)`); trailing spaces after the hyphen and a form feed before the rest (a page
 * break) are passed over, and so is an indentation a no-break space stands in (an extraction's spacing: `Frede-` /
 * `<NBSP>   rikshavnsvej`, the title's continuation at its column). A case number (`…-A00-1-13`) or a list marker never
 * ends in two lower-case letters and a hyphen.
 */
// The hyphen first, its letters looked behind after it: a lookbehind first was tried at every character of the text
// (2-3 ms per 50 KB); the same matches. (The soft hyphen's break too passes over trailing spaces and a form feed, as a
// grown or paginated copy of pdfminer's text has them: `cykel<U+00AD>  ` / `\fsti`.)
const HYPHENATED_LINE_END = /-(?<=\p{L}\p{Ll}-)[ \t\u00a0]*(\r\n|\n|\r)([ \t\f\u00a0]*)(\p{Ll}+)([.,;:)]?)[ \t]*|\u00ad(?<=\p{L}\u00ad)[ \t\u00a0]*(\r\n|\n|\r)([ \t\f\u00a0]*)(\p{L}+)([.,;:]?)[ \t]*/gu;
/** A hyphen at a line end behind trailing spaces (`dag-  ` / `tilbud`), asked only where none stands right at one. */
const HYPHEN_BEFORE_TRAILING_SPACE = /-[ \t\u00a0]+[\r\n]/;

/**
 * What this pass needs in a text before it rewrites anything: a hyphen at a line end (behind spaces or not), an
 * artefact character (`holdsArtefactCharacter`, apart: its class in the union cost more than all the other marks
 * together over a two-byte text), a margin bar before a number (`OCR_MARGIN_BAR` anywhere). A text that holds none is
 * passed unchanged (`written-text.ts` asks all passes' marks in one scan).
 */
export const ARTEFACT_MARKS: readonly RegExp[] = [/-[ \t\u00a0]*[\r\n]/u];
/**
 * The marks that open with a character most texts do not hold (the margin bar's `|`, an inline tag's `<`), with that
 * character: asked only where a native search finds it (next to nothing), not in the union, where every character of a
 * clean text was tried against them too (the union 207 -> 187 µs per bench document without them; the `<` mark alone,
 * scanned, 274 µs).
 */
export const ARTEFACT_MARKS_AFTER_CHARACTER: ReadonlyArray<{ character: string; mark: RegExp }> = [
  { character: '|', mark: /\|[ \t\u00a0]+\d{1,3}\.[ \t\u00a0]/u },
  { character: '<', mark: /<\/?(?:[Ss][Tt][Rr][Oo][Nn][Gg]|[Bb]|[Ee][Mm]|[Ii])>|<[Bb][Rr]\s*\/?>[ \t]*[\r\n]/u },
];
/**
 * An ePaper viewer's text keeps the page's inline HTML (`<strong>ØKONOMIUDVALGET</strong><br />`): the line's words are
 * the author's, the tags not. Only emphasis' tags and a line break's at a line's end, which carry no text of their own
 * (a Markdown table's `<br>` inside a cell breaks the cell's lines: `markdown-export.ts` reads it).
 */
const INLINE_TAG = /<\/?(?:strong|b|em|i)>|<br\s*\/?>(?=[ \t]*(?:[\r\n]|$))/giu;
const SUSPENDED = new Set<string>(WORDS_AFTER_SUSPENDED_HYPHEN);
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const LIGATURE = /[\ufb00-\ufb06]/gu;

/**
 * The text as its author wrote it, without what a PDF or HTML extraction adds: a word hyphenated across a line end
 * is joined on the first line (the next line keeps the rest, so line numbers stay those of the source), zero-width
 * characters, byte-order marks and soft hyphens are dropped, decomposed letters composed (NFC: `a` + U+030A is
 * `å`), ligatures expanded, other bullet glyphs read as `•` and other spaced dashes as `–`. Applied to the whole text before lines are split,
 * so `raw` holds the author's words too: none of these is something the author wrote. A scanner's margin bar before a
 * numbered heading is dropped too, and inline HTML tags (`<br />`, `<strong>`) a viewer kept.
 */
export function withoutExtractionArtefacts(input: string): string {
  // A margin bar before a numbered heading (OCR): one native search for the bar first, as most texts hold none.
  const barless = input.includes('|') ? input.replace(OCR_MARGIN_BAR, '$1') : input;
  const text = barless.includes('<') ? barless.replace(INLINE_TAG, '') : barless;
  const hyphenAtLineEnd = text.includes('-\n') || text.includes('-\r') || HYPHEN_BEFORE_TRAILING_SPACE.test(text);
  if (!hyphenAtLineEnd && !holdsArtefactCharacter(text)) return text;
  // Zero-width characters go before the words are joined: one inside a hyphenated word's rest (`læg<ZWSP>ningen`)
  // would end the rest the join moves up. (Soft hyphens stay: the join reads them.)
  const unhidden = hyphenAtLineEnd && ANY_ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH, '') : text;
  const joined = unhidden.replace(HYPHENATED_LINE_END, (whole, hardBreak?: string, hardIndent?: string, hardRest?: string, hardStop?: string, softBreak?: string, softIndent?: string, softRest?: string, softStop?: string) => {
    if (hardRest !== undefined) return SUSPENDED.has(hardRest) ? whole : `${hardRest}${hardStop}${hardBreak}${hardIndent}`;
    return `${softRest}${softStop}${softBreak}${softIndent}`;
  });
  // Each rewrite only where its characters stand (a text that comes here holds one kind or two): a search for a class
  // is one native scan, and the rewrites' own patterns cost more per character (the dash's looks behind at each).
  const visible = ANY_INVISIBLE.test(joined) ? joined.replace(INVISIBLE, '') : joined;
  const composed = visible.normalize('NFC');
  const expanded = ANY_LIGATURE.test(composed) ? composed.replace(LIGATURE, (ligature) => LIGATURES[ligature] ?? ligature) : composed;
  const bulleted = ANY_OTHER_BULLET.test(expanded) ? expanded.replace(OTHER_BULLETS, '$1•') : expanded;
  return ANY_OTHER_DASH.test(bulleted) ? bulleted.replace(OTHER_SPACED_DASH, '\u2013') : bulleted;
}

const ANY_INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;
const ANY_ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;
const ANY_LIGATURE = /[\ufb00-\ufb06]/u;
/** The glyphs of `OTHER_BULLETS` and the dashes of `OTHER_SPACED_DASH`, anywhere. */
const ANY_OTHER_BULLET = /[\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0a7\uf0b7]/u;
const ANY_OTHER_DASH = /[\u2012\u2014\u2015\u2212]/u;
