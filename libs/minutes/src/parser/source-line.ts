import { holdsBeyondLatin1, pieceCutter } from './one-byte-runs.js';

/**
 * One line of the source, in three forms:
 * - `raw`: as written (line break removed), used where text must be kept exactly;
 * - `text`: spacing normalised (non-breaking/odd spaces to plain spaces, zero-width characters removed),
 *   trimmed, used for reading;
 * - `plain`: `text` without markdown heading markers and surrounding bold markers, used to recognise headings.
 */
export interface SourceLine {
  /** 1-based line number in the source. */
  no: number;
  raw: string;
  text: string;
  plain: string;
  /** Number of leading `#` (0 when none). */
  headingLevel: number;
  /** The whole line was wrapped in `**`/`__`. */
  bold: boolean;
  blank: boolean;
  /** A page break (form feed) stood on or just before this line, or page furniture was dropped before it. */
  pageBreak: boolean;
  /**
   * `plain` without any bold markers, trimmed: the form most recognisers read. Computed once here, since
   * every line goes through several of them (a field of every line, so that all lines share one shape).
   */
  unmarked: string;
  /**
   * What recognisers read from this line, kept so that a line asked again is not read again (`undefined`: not
   * asked yet, `null`: nothing). Each slot is typed and owned by its recogniser (`section-heading.ts`,
   * `item-heading.parser.ts`, `case-number.ts`); kept on the line, not in WeakMaps keyed by it, whose lookups cost
   * about as much as the readings they spared. Every new line (a copy too) starts with all empty.
   */
  sectionReading: unknown;
  headingReading: unknown;
  caseReading: unknown;
  /**
   * `raw` with its spacing normalised and nothing trimmed (`normaliseSpacing(raw)`), kept from the split, which has it
   * at no cost: the column readers (`prepass/column-view.ts`) measure every line of a text with odd spaces so, and
   * normalising each line again cost 10% of such a parse. `undefined` on a line made from text (`textLine`).
   */
  spaced: string | undefined;
}

/**
 * Every line is made by this constructor, not by object literals. V8 pretenures a literal's allocation site whose
 * objects survive the young generation's collections (every line lives until its parse ends), and allocating the
 * blank line's literal in the old generation cost 4-6% of the parse in CPU profiles of the bench documents (the
 * time vanished with `--no-allocation-site-pretenuring`). A constructor call has no such site; the fields are
 * assigned in one order, so every line keeps one shape.
 */
class Line implements SourceLine {
  declare no: number;
  declare raw: string;
  declare text: string;
  declare plain: string;
  declare headingLevel: number;
  declare bold: boolean;
  declare blank: boolean;
  declare pageBreak: boolean;
  declare unmarked: string;
  declare sectionReading: unknown;
  declare headingReading: unknown;
  declare caseReading: unknown;
  declare spaced: string | undefined;

  constructor(no: number, raw: string, text: string, plain: string, headingLevel: number, bold: boolean, blank: boolean, pageBreak: boolean, unmarked: string, spaced: string | undefined) {
    this.no = no;
    this.raw = raw;
    this.text = text;
    this.plain = plain;
    this.headingLevel = headingLevel;
    this.bold = bold;
    this.blank = blank;
    this.pageBreak = pageBreak;
    this.unmarked = unmarked;
    this.sectionReading = undefined;
    this.headingReading = undefined;
    this.caseReading = undefined;
    this.spaced = spaced;
  }
}

// NBSP, narrow NBSP, figure space, en/em/thin spaces etc. appear in PDF and HTML exports.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters and soft hyphens (U+00AD, left by PDF hyphenation) are not text.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const FORM_FEED = /\f/g;

/** Most lines hold neither odd spaces nor zero-width characters: one test spares two replacements. */
const ODD_OR_ZERO_WIDTH = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad]/;
/** `ZERO_WIDTH` without its flag, for a test (a text with non-breaking spaces seldom holds any). */
const ANY_ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

export function normaliseSpacing(text: string): string {
  if (!ODD_OR_ZERO_WIDTH.test(text)) return text;
  return text.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
}

/**
 * Splits on CRLF, LF and lone CR, so line numbers match what an editor shows for any of those endings.
 * A form feed (page break) is removed from the text and remembered on its line.
 */
export function splitSourceLines(source: string, traits: TextTraits = traitsOf(source)): SourceLine[] {
  // Odd spaces are replaced in the whole text at once (one native pass; exported texts hold them on most lines).
  // Each becomes one space, so the spaced text's lines stand at the same offsets as the source's, and one walk over
  // the line ends cuts both: splitting each text apart (and the spaced one again for CRs) cost a third of this
  // function on texts with CRLF and non-breaking spaces. Zero-width characters change the length: a text holding
  // them (rare) has each line normalised on its own.
  const spaced = traits.oddSpaces && !traits.zeroWidth ? withPlainSpaces(source) : source;
  const perLine = traits.zeroWidth;
  const loneCr = source.includes('\r') && hasLoneCr(source);
  const lines: SourceLine[] = [];
  // (Lines of a two-byte text are cut from one-byte copies where they can be: see `pieceCutter`.)
  const cut = pieceCutter(source);
  const cutSpaced = spaced === source ? cut : pieceCutter(spaced);
  // The next form feed, found by searching ahead once per page rather than testing every line.
  let formFeed = traits.formFeed ? source.indexOf('\f') : -1;
  for (let start = 0; ; ) {
    const lineBreak = loneCr ? nextCrOrLf(source, start) : source.indexOf('\n', start);
    const breakAt = lineBreak < 0 ? source.length : lineBreak;
    // Without a lone CR, a CR before the LF is part of a CRLF.
    const end = !loneCr && breakAt > start && source.charCodeAt(breakAt - 1) === 0x0d ? breakAt - 1 : breakAt;
    const raw = cut(start, end);
    const text = perLine ? normaliseSpacing(raw) : spaced === source ? raw : cutSpaced(start, end);
    const no = lines.length + 1;
    if (formFeed >= 0 && formFeed < end) {
      lines.push(readSourceLine(raw.replace(FORM_FEED, ''), text.replace(FORM_FEED, ''), no, true, traits));
      formFeed = source.indexOf('\f', end);
    } else lines.push(readSourceLine(raw, text, no, false, traits));
    if (lineBreak < 0) return lines;
    start = lineBreak + (source.charCodeAt(lineBreak) === 0x0d && source.charCodeAt(lineBreak + 1) === 0x0a ? 2 : 1);
  }
}

/**
 * The text with every odd space as a plain space. Exported texts hold non-breaking spaces and seldom any other: they are
 * replaced by a search for the one character (a native string search, a third of the class pattern's cost over the
 * bench texts), and the class pattern runs only where one of the others is left.
 */
function withPlainSpaces(text: string): string {
  const withoutNbsp = text.replaceAll('\u00a0', ' ');
  return OTHER_ODD_SPACE.test(withoutNbsp) ? withoutNbsp.replace(ODD_SPACES, ' ') : withoutNbsp;
}

/** `ODD_SPACES` but the non-breaking space. */
const OTHER_ODD_SPACE = /[\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** The next LF or CR from `from` (-1 when none): a text holding a lone CR ends its lines with either. */
function nextCrOrLf(source: string, from: number): number {
  for (let at = from; at < source.length; at++) {
    const code = source.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return at;
  }
  return -1;
}

/** A CR that does not end a CRLF, found without a pattern (a look-ahead over the whole text costs a scan per CR). */
function hasLoneCr(source: string): boolean {
  for (let at = source.indexOf('\r'); at >= 0; at = source.indexOf('\r', at + 1)) if (source.charCodeAt(at + 1) !== 0x0a) return true;
  return false;
}

/**
 * What a text holds anywhere, asked once of the whole text: a line of a text that holds no form feed, odd space,
 * tab or bold marker is not tested for them (most texts hold few of these, many none).
 */
export interface TextTraits {
  formFeed: boolean;
  /** Odd spaces or zero-width characters. */
  oddSpaces: boolean;
  /** Zero-width characters (or soft hyphens) among them: the whole text is searched for them only then. */
  zeroWidth: boolean;
  tab: boolean;
  markers: boolean;
}

/** Traits of a text not asked: every line is tested for everything. */
const ANY_TEXT: TextTraits = { formFeed: true, oddSpaces: true, zeroWidth: true, tab: true, markers: true };

/**
 * `zeroWidthRemoved`: the text is known to hold no zero-width characters (`withoutExtractionArtefacts` removes them),
 * so a text with odd spaces is not searched through once more for them.
 */
export function traitsOf(text: string, zeroWidthRemoved = false): TextTraits {
  const formFeed = text.includes('\f');
  const oddSpaces = holdsOddOrZeroWidth(text);
  const zeroWidth = oddSpaces && !zeroWidthRemoved && ANY_ZERO_WIDTH.test(text);
  // A marker can also appear where a form feed or a zero-width character between its halves is removed (removing
  // them never parts one, and makes none in a text without `*` or `_`).
  const markers = hasMarkers(text) || ((formFeed || zeroWidth) && (text.includes('*') || text.includes('_')) && hasMarkers(withoutBreaksAndZeroWidth(text, formFeed, zeroWidth)));
  return { formFeed, oddSpaces, zeroWidth, tab: text.includes('\t'), markers };
}

/**
 * `ODD_OR_ZERO_WIDTH.test(text)` over a whole text. The class is tried at every character (0.5-0.6% of a parse, 66 µs
 * on a one-byte text of 50 KB); of its characters only the no-break space and the soft hyphen are within Latin-1, so a
 * text without any character past Latin-1 (four in five; told at next to no cost, see `holdsBeyondLatin1`) holds one
 * only where a native search finds one of those two (2-4 µs). A two-byte text is scanned by the class as before.
 */
function holdsOddOrZeroWidth(text: string): boolean {
  return holdsBeyondLatin1(text) ? ODD_OR_ZERO_WIDTH.test(text) : text.includes('\u00a0') || text.includes('\u00ad');
}

/** The text as its lines read it, without the form feeds and zero-width characters its traits say it holds (lines drop them). */
export function visibleText(text: string, traits: TextTraits): string {
  return traits.formFeed || traits.zeroWidth ? withoutBreaksAndZeroWidth(text, traits.formFeed, traits.zeroWidth) : text;
}

function withoutBreaksAndZeroWidth(text: string, formFeed: boolean, zeroWidth: boolean): string {
  const visible = zeroWidth ? text.replace(ZERO_WIDTH, '') : text;
  return formFeed ? visible.replace(FORM_FEED, '') : visible;
}

function hasMarkers(text: string): boolean {
  return text.includes('**') || text.includes('__');
}

export function toSourceLine(raw: string, no: number, traits: TextTraits = ANY_TEXT): SourceLine {
  const pageBreak = traits.formFeed && raw.includes('\f');
  const written = pageBreak ? raw.replace(FORM_FEED, '') : raw;
  return readSourceLine(written, traits.oddSpaces ? normaliseSpacing(written) : written, no, pageBreak, traits);
}

/** A line made from text that is already normalised (a piece of a split line, a joined heading). */
export function textLine(no: number, text: string, pageBreak = false): SourceLine {
  return new Line(no, text, text, text, 0, false, text.length === 0, pageBreak, withoutMarkers(text).trim(), undefined);
}

/** The same line, marked as standing after a page break (a copy: lines are shared between passes). */
export function withPageBreak(line: SourceLine): SourceLine {
  return new Line(line.no, line.raw, line.text, line.plain, line.headingLevel, line.bold, line.blank, true, line.unmarked, line.spaced);
}

/** `spaced` is `raw` with its spacing normalised (`normaliseSpacing`). */
function readSourceLine(raw: string, spaced: string, no: number, pageBreak: boolean, traits: TextTraits): SourceLine {
  // A tab reads as a space (`raw` keeps it: contents lists put their page numbers after one).
  // `trim` removes what `\s` matches; tabs inside the line read as one space.
  const text = (traits.tab && spaced.includes('\t') ? spaced.replace(/\t+/g, ' ') : spaced).trim();
  if (text.length === 0) return new Line(no, raw, text, text, 0, false, true, pageBreak, text, spaced);
  let rest = text;
  let headingLevel = 0;
  const heading = text.charCodeAt(0) === 35 /* # */ ? /^(#{1,6})\s*/.exec(rest) : null;
  if (heading) {
    headingLevel = heading[1]!.length;
    rest = rest.slice(heading[0].length);
  }
  let bold = false;
  // Cheap test first: most lines have no bold markers at all.
  if (!traits.markers || (!rest.includes('**') && !rest.includes('__'))) {
    const plain = headingLevel > 0 ? rest.trim() : rest;
    return new Line(no, raw, text, plain, headingLevel, bold, false, pageBreak, plain, spaced);
  }
  const wrapped = /^(\*\*|__)(.*?)(\*\*|__)\s*([:.]?)$/.exec(rest);
  if (wrapped && wrapped[2]!.length > 0 && !/\*\*|__/.test(wrapped[2]!)) {
    bold = true;
    rest = wrapped[2]!.trim() + wrapped[4]!;
  } else if ((rest.match(/\*\*|__/g) ?? []).length === 1) {
    // A bold heading can wrap: `**Punkt 3: long` ... `title**`; drop the lone opening or closing marker.
    rest = rest.replace(/^(\*\*|__)(?=\S)/, '').replace(/(?<=\S)(\*\*|__)$/, '');
  }
  const plain = rest.trim();
  return new Line(no, raw, text, plain, headingLevel, bold, text.length === 0, pageBreak, withoutMarkers(plain).trim(), spaced);
}

/** Runs of spaces (and any other white space) as one space; most lines have none, so nothing is copied then. */
export function collapseSpaces(text: string): string {
  return /\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/gu, ' ') : text;
}

/** Text without bold markers (`**`, `__`); most lines have none, so the pattern runs only where one stands. */
export function withoutMarkers(text: string): string {
  return text.includes('**') || text.includes('__') ? text.replace(/\*\*|__/g, '') : text;
}

/**
 * Joins the raw lines of a block, dropping leading and trailing blank lines: text kept exactly as written. `from`: the
 * block's first line in `lines` (a block that runs to the end, read without copying it out).
 */
export function blockText(lines: readonly SourceLine[], from = 0): string {
  let start = from;
  let end = lines.length;
  while (start < end && lines[start]!.blank) start++;
  while (end > start && lines[end - 1]!.blank) end--;
  if (start === end) return '';
  // A line that is not blank holds more than white space: the block's own white space at its start is the first
  // line's (`trim` and `trimEnd` remove exactly what `\s` matches).
  if (end - start === 1) return lines[start]!.raw.trim();
  const parts: string[] = new Array(end - start);
  parts[0] = lines[start]!.raw.trim();
  for (let index = start + 1; index < end; index++) parts[index - start] = lines[index]!.raw.trimEnd();
  return parts.join('\n');
}

/** Non-blank lines of a block. */
export function contentLines(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((line) => !line.blank);
}
