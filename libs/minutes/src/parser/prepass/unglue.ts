import { COLUMN_LABELS, GLUED_LABELS } from '../vocabulary/section-labels.js';
import { ANY_SCHEME } from '../vocabulary/case-numbers.js';
import { NUMBERED_HEADING_START } from '../vocabulary/numbering.js';
import { mayStartLike } from '../line-prefilter.js';
import { FOLD_OUT_LINK, PAGE_COUNTER } from '../vocabulary/noise.js';
import { isWhiteSpaceCode } from '../white-space.js';
import { toSourceLine, visibleText, withPageBreak, type SourceLine, type TextTraits } from '../source-line.js';

/** Lines longer than this that hold several labels are run-together text (flipbook exports), split at the labels. */
const RUN_TOGETHER_LENGTH = 100;

// Where a run-together line is cut: before a section label, a dated decision block or a KLE number.
const RUN_TOGETHER_CUT =
  /\s(?=(?:Resum[eé]|RESUM[EÉ]|Sagsfremstilling|SAGSFREMSTILLING|INDSTILLING|Indstilling|Kompetenceudvalg:|Kompetence:|Beslutningskompetence:|Økonomi(?:ske konsekvenser)?\s|Bilag:|Sagsnr\.?:|Tidligere behandling|BESLUTNING|Beslutning\s+\p{Lu}[^.]{0,80}?,?\s+(?:den\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-)(?![\p{Ll}]))/u;
/** A cheap test before the costly cut: a run-together line names at least one label somewhere. */
const LABELS_PRESENT = /Resum|RESUM|Sagsfremstilling|SAGSFREMSTILLING|INDSTILLING|Indstilling|Kompetence|Beslutning|BESLUTNING|Sagsnr/u;
const LABEL_THEN_TEXT = /^(Resum[eé]|RESUM[EÉ]|Sagsfremstilling|SAGSFREMSTILLING|INDSTILLING|Indstilling|BESLUTNING)\s+(?=\S)/u;
const DATED_BLOCK_THEN_TEXT = /^(Beslutning\s+\p{Lu}[^.]{0,80}?,?\s+(?:den\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{4})\s+(?=\S)/u;
const CASE_NUMBER_THEN_TEXT = /^(\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2})\s+(?=\S)/u;
/**
 * A short item run together as a flipbook of First Agenda's PDF prints it: the KLE number and the dated decision block
 * on one line (`00.22.00-P35-11-21 Beslutning Byrådet 10.01.2023 Godkendt.`): too short to be told by its length, or
 * long with too few labels to be cut as run-together text.
 */
const CASE_NUMBER_THEN_BLOCK = /^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}\s+Beslutning\s+\p{Lu}[^.]{0,80}?,?\s+(?:den\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{4}\s+\S/u;

// `Forslaget blev ikke vedtaget.For stemte: Ø og F.Imod stemte: ...`: vote lines run into the sentence before.
const GLUED_VOTE = /(?<=[.!])(?=(?:For stemte|Imod stemte|Undlod at stemme)\s*:)/u;
/**
 * What `GLUED_VOTE` needs (a sentence's end right before a vote's label), searched without look-arounds: a line that
 * only names a vote (`For stemte: A, B`, `... stemte for`, 40 lines a long referat) is not cut into pieces and
 * split by the look-around pattern to come out whole.
 */
const MAY_GLUE_VOTE = /[.!](?:For stemte|Imod stemte|Undlod at stemme)/;

// `...om vandløb301. Beslutning om ...`, `...den 14. oktober 2016143. Godkendelse ...`: the last contents
// entry (ending in a word or a year) glued to the first item heading.
const GLUED_HEADING = /(?<=\p{Ll}|\s(?:19|20)\d{2})(?=\d{1,3}\.\s+\p{Lu})/u;

/**
 * What glued forms a whole text can hold, asked once of it (two searches of the text): most texts hold no fold-out
 * link and no vote, and their lines are then not searched for them one by one (a search per line cost a third of
 * this pass).
 */
export interface GlueTraits {
  /** `Klik` stands somewhere: a fold-out link may be glued to a heading. */
  foldOutLinks: boolean;
  /** `stemte` or `stemme` stands somewhere: vote lines may run into the sentence before. */
  votes: boolean;
  /** Two spaces stand somewhere: a case number may stand beside a heading on its line. */
  wideGaps: boolean;
}

/** Traits of a text not asked: every line is searched for everything. */
const ANY_GLUE: GlueTraits = { foldOutLinks: true, votes: true, wideGaps: true };

/** The traits of the text the lines are split from (`traits`: its own, as `splitSourceLines` read it). */
export function glueTraitsOf(text: string, traits: TextTraits): GlueTraits {
  // A line's text is the source's without its form feeds (and zero-width characters): a word they part reads whole there.
  const visible = visibleText(text, traits);
  return { foldOutLinks: visible.includes('Klik'), votes: visible.includes('stemte') || visible.includes('stemme'), wideGaps: visible.includes('  ') };
}

/**
 * Splits lines that hold what other exports put on several lines: a label glued to its value
 * (`BeslutningGodkendt.`), a heading glued to the text before it, and whole items run together on one line.
 * The pieces keep the line number of the line they came from.
 */
export function unglueLines(lines: readonly SourceLine[], traits: GlueTraits = ANY_GLUE): readonly SourceLine[] {
  // Copied from the first line that is split on; a text with nothing glued is passed on as it came.
  let out: SourceLine[] | undefined;
  const list = new ListStart();
  const votes = traits.votes;
  const wideGaps = traits.wideGaps;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const folded = line.blank || !traits.foldOutLinks || !line.plain.includes('Klik') ? undefined : foldOutLink(lines, at);
    if (folded) {
      out ??= lines.slice(0, at);
      const heading = toSourceLine(folded.heading, line.no);
      out.push(line.pageBreak ? withPageBreak(heading) : heading);
      at += folded.lines - 1;
      continue;
    }
    const first = line.blank ? undefined : list.next(line.plain);
    const pieces = line.blank ? undefined : first ? splitAtFirstEntry(line.plain, first, lines[at + 1]) ?? splitPieces(line.plain, votes, wideGaps) : splitPieces(line.plain, votes, wideGaps);
    if (pieces === undefined || pieces.length === 1) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, at);
    for (const [index, piece] of pieces.entries()) {
      const sub = toSourceLine(piece, line.no);
      out.push(index === 0 && line.pageBreak ? withPageBreak(sub) : sub);
    }
  }
  return out ?? lines;
}

/** How many lines a fold-out link may be wrapped over. */
const FOLD_OUT_LINES = 4;

/**
 * A fold-out link glued to the heading it opens (`1. TitelKlik her for at folde ud og læse mere om Titel`, Hedensted):
 * the heading without it, and how many lines the link takes (a re-wrapped text spreads it over several). The link
 * ends in the heading's title: only then is it one.
 */
function foldOutLink(lines: readonly SourceLine[], at: number): { heading: string; lines: number } | undefined {
  const text = lines[at]!.plain;
  const link = FOLD_OUT_LINK.exec(text);
  if (!link || link.index === 0) return undefined;
  const heading = text.slice(0, link.index).trim();
  const title = spaced(heading.replace(/^\d{1,4}\s*[.)]?\s*/u, ''));
  if (title.length === 0) return undefined;
  let linkText = spaced(text.slice(link.index));
  // Blank lines and a page counter that a page break left inside the wrapped link are passed over (and dropped with it).
  for (let count = 1, read = 0; read <= FOLD_OUT_LINES && at + count <= lines.length; count++) {
    if (linkText.endsWith(title) || namesHeading(linkText, spaced(heading))) return { heading, lines: count };
    const next = lines[at + count];
    if (!next) return undefined;
    if (next.blank || PAGE_COUNTER.test(next.plain)) continue;
    linkText = `${linkText} ${spaced(next.plain)}`;
    read++;
  }
  return undefined;
}

/** The link's `... om <titel>` ends the heading: a heading numbered in a form of its own (`Sag 3 – Titel`) too. */
function namesHeading(linkText: string, heading: string): boolean {
  const about = linkText.indexOf(' om ');
  return about >= 0 && about + 4 < linkText.length && heading.endsWith(` ${linkText.slice(about + 4)}`);
}

function spaced(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** A numbered list entry: `87. Godkendelse af dagsorden`. */
const LIST_ENTRY = /^(\d{1,3})\.\s+(\p{Lu}[\p{L}-]*)/u;

/**
 * The first entry of the numbered list the current line belongs to (Holbæk's `PUNKTER`): entries numbered one
 * after the other, whatever lines (wrapped titles) stand between them. Its last entry can end in digits glued to
 * the first item's heading (`... lokalplan 3.8487. Godkendelse ...`): the heading repeats the first entry.
 */
class ListStart {
  private first: { number: string; word: string } | undefined;
  private last = -1;

  /** The list's first entry when this line is a later entry of it. */
  next(text: string): { number: string; word: string } | undefined {
    if (!isDigit(text.charCodeAt(0))) return undefined;
    const entry = LIST_ENTRY.exec(text);
    if (!entry) return undefined;
    const number = Number(entry[1]);
    const continues = this.first !== undefined && number === this.last + 1;
    this.last = number;
    if (continues) return this.first;
    this.first = { number: entry[1]!, word: entry[2]! };
    return undefined;
  }
}

/**
 * `94. ... lokalplan 3.8487. Godkendelse ...` cut before `87. Godkendelse ...` when 87 is the list's first entry and
 * its first word follows (on this line, or on the next where the line was wrapped after the number; not `... 2021.`).
 * Looked for after the line's own number: `11. Titel` in a list that starts `1. Titel` is the eleventh entry, not a
 * `1` glued to the first (an agenda of more than ten entries whose titles open with the same word).
 */
function splitAtFirstEntry(text: string, first: { number: string; word: string }, next: SourceLine | undefined): string[] | undefined {
  const glued = `${first.number}.`;
  // (Searched past the line's own number: `11. KB - ...` in a list whose first entry is `1. KB - ...` is entry 11, not
  // a `1` glued to the first entry's heading; the text before a cut must be an entry of its own.)
  const ownNumberEnd = text.indexOf('.') + 1;
  for (let at = text.indexOf(glued, ownNumberEnd); at > 0; at = text.indexOf(glued, at + 1)) {
    if (!isDigit(text.charCodeAt(at - 1))) continue;
    const after = text.slice(at + glued.length).trimStart();
    const titleFollows = after.length === 0 ? !!next && !next.blank && startsWithWord(next.plain, first.word) : startsWithWord(after, first.word);
    if (titleFollows) return [text.slice(0, at).trim(), text.slice(at).trim()];
  }
  return undefined;
}

function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && (text.length === word.length || text.charCodeAt(word.length) === 0x20);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const LOWER_THEN_DIGIT = /\p{Ll}\d|\s(?:19|20)\d{3}/u;
/**
 * What `LOWER_THEN_DIGIT` matches and more (any character past Latin-1 before a digit, a surrogate of a letter outside
 * the BMP too), without `\p{Ll}` or the `u` flag: a one-byte text is searched with byte classes, several times faster
 * (the digit test it replaces let 646 lines a text through to `\p{Ll}`, a digit in a date or an amount).
 */
const MAY_BE_LOWER_THEN_DIGIT = /[a-zµß-öø-ÿ\u0100-\uffff]\d|\s(?:19|20)\d{3}/;
/**
 * What `GLUED_HEADING` cuts before, a number ending in a dot and white space (`3. `), looked for at each dot with a
 * native search: `lowerThenDigit` only leads to that cut, and a line without such a number (most of a referat's lines
 * end a sentence in a word, or hold no dot) is spared the byte-class search over every character (0.6% of a parse).
 */
function mayHoldNumberedStart(text: string): boolean {
  for (let dot = text.indexOf('.', 1); dot > 0; dot = text.indexOf('.', dot + 1)) {
    if (isDigit(text.charCodeAt(dot - 1)) && isWhiteSpaceCode(text.charCodeAt(dot + 1))) return true;
  }
  return false;
}
/** How a glued label or a label column's label can start: one test of a line's first characters for both patterns. */
const mayStartWithLabel = mayStartLike([GLUED_LABELS, COLUMN_LABELS]);
/** A glued label (`BeslutningGodkendt.`) or a label column's label (`Beslutning Godkendt.`) opens the line. */
const opensWithLabel = (text: string) => mayStartWithLabel(text) && (GLUED_LABELS.test(text) || COLUMN_LABELS.test(text));

// Pre-2007 intranet referater run an item into the next: `... til mødet.Vedtagelse:` (the decision's label after the
// sentence before it), `... var fraværende.22/2. Titel (Åben sag)` (the next heading after the last sentence), and the
// head's last line `7790 ThyholmIndholdsfortegnelse`; a region's member list's last entry or the contents' last page
// number glued to the next part's heading (`Egon Holm (I)Indholdsfortegnelse åbent møde`, `53Indholdsfortegnelse lukket møde`).
// An eDoc meeting page's item heading glued to its tab's label: `1. Meddelelse fra formandenReferat` (read as the
// decision's label, `Referat:`).
const TRAILING_GLUED_LABEL = /(?<=[.!?)\d]|\p{Ll})(?:Vedtagelse|Beslutning|Indstilling|Sagsfremstilling|Referat|Indholdsfortegnelse(?:\s(?:åbent|lukket)\smøde)?):?$/u;
const GLUED_RUNNING_HEADING = /(?<=\p{Ll}[.!?])(?=\d{1,4} ?\/ ?\d{1,3}\.\s+\p{Lu})/u;

/** What `GLUED_RUNNING_HEADING` needs, searched with byte classes: a sentence's end right before `NN/N`. */
const MAY_BE_RUNNING_HEADING = /[.!?]\d{1,4} ?\/ ?\d/;
const TRAILING_LABEL_WORDS = ['Vedtagelse', 'Beslutning', 'Indstilling', 'Sagsfremstilling', 'Referat', 'Indholdsfortegnelse', 'Indholdsfortegnelse åbent møde', 'Indholdsfortegnelse lukket møde'];

/** Whether the text ends in one of `TRAILING_GLUED_LABEL`'s words: the lookbehind pattern only for those lines. */
function endsInGluedLabelWord(text: string): boolean {
  return TRAILING_LABEL_WORDS.some((word) => text.endsWith(word));
}

/** A label or a `NN/N.` heading glued to the sentence before it: the two pieces; asked only of lines that may hold one. */
function splitAfterSentence(text: string): string[] | undefined {
  const last = text.charCodeAt(text.length - 1);
  const colon = last === 0x3a; /* : */
  // (Told by the last character first: most lines end in none of `:`, `e` and `t`, and are not searched for the words.)
  const trailing = colon || (last === 0x65 /* e */ && (text.endsWith('Indholdsfortegnelse') || text.endsWith(' møde'))) || (last === 0x74 /* t */ && text.endsWith('Referat'));
  const at = trailing
    ? endsInGluedLabelWord(colon ? text.slice(0, -1) : text) ? TRAILING_GLUED_LABEL.exec(text)?.index : undefined
    : text.includes('/') && MAY_BE_RUNNING_HEADING.test(text) ? GLUED_RUNNING_HEADING.exec(text)?.index : undefined;
  if (at === undefined || at === 0) return undefined;
  // (Only after a numbered heading: `... 2026Referat` on a page's running head is the document's kind.)
  if (text.endsWith('Referat')) return /^\d{1,3}\.\s/u.test(text) ? [text.slice(0, at).trim(), 'Referat:'] : undefined;
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

/**
 * A heading printed after its case number (Høje-Taastrup's PDF: `19/00412    1. Godkendelse af dagsorden`), or its case
 * number printed after it (`1. Godkendelse af dagsorden    EMN-2025-000418`), in any scheme: the case number on a line
 * of its own over the heading (as Mariagerfjord prints it) or under it (as most layouts do). A wide gap must part them,
 * and the heading must be numbered (`1. Titel`, `Sag 1 – Titel`, `§ 1 Titel`, `(1) Titel`).
 */
const WHOLE_CASE_NUMBER = new RegExp(String.raw`^(?:${ANY_SCHEME})$`, 'u');
const HEADING_START = new RegExp(String.raw`^${NUMBERED_HEADING_START}`, 'u');
// The shortest case number of any scheme (`25/102`).
const SHORTEST_CASE_NUMBER = 5;

/** `[caseNumber, heading]` of a line that opens with a case number of any scheme parted from a numbered heading by a wide gap. */
function splitCaseNumberBefore(text: string): string[] | undefined {
  const first = text.charCodeAt(0);
  if (!(isDigit(first) || first === 0x45) /* E */) return undefined;
  const gap = text.indexOf('  ');
  if (gap < SHORTEST_CASE_NUMBER) return undefined;
  const caseNumber = text.slice(0, gap);
  const heading = text.slice(gap).trimStart();
  return WHOLE_CASE_NUMBER.test(caseNumber) && HEADING_START.test(heading) ? [caseNumber, heading] : undefined;
}

/** `[heading, caseNumber]` of a numbered heading that ends in a case number of any scheme after a wide gap. */
function splitCaseNumberAfter(text: string): string[] | undefined {
  if (!isDigit(text.charCodeAt(text.length - 1))) return undefined;
  const gap = text.lastIndexOf('  ');
  if (gap < 0) return undefined;
  const caseNumber = text.slice(gap).trim();
  if (caseNumber.length < SHORTEST_CASE_NUMBER || caseNumber.includes(' ') || !WHOLE_CASE_NUMBER.test(caseNumber)) return undefined;
  return HEADING_START.test(text) ? [text.slice(0, gap).trimEnd(), caseNumber] : undefined;
}


/** The pieces of a line that holds something glued; undefined for a line that holds nothing glued (most lines). */
function splitPieces(text: string, votesInText: boolean, wideGaps: boolean): string[] | undefined {
  const besideCaseNumber = wideGaps ? (splitCaseNumberBefore(text) ?? splitCaseNumberAfter(text)) : undefined;
  if (besideCaseNumber) return besideCaseNumber;
  const afterSentence = splitAfterSentence(text);
  if (afterSentence) return afterSentence.flatMap((piece) => splitPieces(piece, votesInText, wideGaps) ?? [piece]);
  const runTogether = text.length > RUN_TOGETHER_LENGTH && LABELS_PRESENT.test(text);
  // (The pattern starts with the KLE number's digits: a line starting otherwise is not searched for the word.)
  const caseThenBlock = isDigit(text.charCodeAt(0)) && text.includes('Beslutning') && CASE_NUMBER_THEN_BLOCK.test(text);
  const lowerThenDigit = mayHoldNumberedStart(text) && MAY_BE_LOWER_THEN_DIGIT.test(text) && LOWER_THEN_DIGIT.test(text);
  // Most lines hold nothing glued: a few cheap tests spare the splitting below.
  const votes = votesInText && text.includes('stem') && MAY_GLUE_VOTE.test(text);
  if (!runTogether && !caseThenBlock && !votes && !text.startsWith('Beslutning ') && !opensWithLabel(text)) {
    if (!lowerThenDigit) return undefined;
    // A number after a lower-case letter or a year: only a heading glued to the text before it can be cut.
    const glued = atGluedHeadings(text);
    return glued ? trimmedPieces(glued) : undefined;
  }
  let pieces = caseThenBlock ? splitOnce(text, CASE_NUMBER_THEN_TEXT) ?? [text] : [text];
  if (runTogether) {
    const cuts = text.split(RUN_TOGETHER_CUT);
    if (cuts.length >= 3) {
      pieces = cuts.flatMap((cut) => splitOnce(cut, LABEL_THEN_TEXT) ?? splitOnce(cut, DATED_BLOCK_THEN_TEXT) ?? splitOnce(cut, CASE_NUMBER_THEN_TEXT) ?? [cut]);
    }
  }
  // Cheap tests first: most lines hold none of these.
  // (A label column's label on its value's first line, `Beslutninger Godkendt.`, after the dated block it is not.)
  const gluedLabel = (piece: string) =>
    splitOnce(piece, GLUED_LABELS) ?? (piece.startsWith('Beslutning ') ? splitOnce(piece, DATED_BLOCK_THEN_TEXT) : undefined) ?? splitOnce(piece, COLUMN_LABELS);
  pieces = pieces.length === 1 ? gluedLabel(text) ?? pieces : pieces.flatMap((piece) => gluedLabel(piece) ?? [piece]);
  if (votes) pieces = pieces.flatMap((piece) => piece.split(GLUED_VOTE));
  if (!lowerThenDigit) return trimmedPieces(pieces);
  pieces = pieces.flatMap((piece) => atGluedHeadings(piece) ?? [piece]);
  return trimmedPieces(pieces);
}

/**
 * The text cut before every heading glued to the text before it: the contents' last entries may be glued to each other
 * too (`15. Meddelelser16. Eventuelt9. Godkendelse af dagsorden`). Undefined where nothing is glued.
 */
function atGluedHeadings(text: string): string[] | undefined {
  let at = GLUED_HEADING.exec(text);
  if (!at || at.index === 0) return undefined;
  const pieces: string[] = [];
  let rest = text;
  while (at && at.index > 0) {
    pieces.push(rest.slice(0, at.index));
    rest = rest.slice(at.index);
    at = GLUED_HEADING.exec(rest);
  }
  pieces.push(rest);
  return pieces;
}

function trimmedPieces(pieces: string[]): string[] {
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

function splitOnce(text: string, pattern: RegExp): string[] | undefined {
  const match = pattern.exec(text);
  if (!match || match[0].length === 0 || match[0].length >= text.length) return undefined;
  return [match[1] ?? match[0], text.slice(match[0].length)];
}
