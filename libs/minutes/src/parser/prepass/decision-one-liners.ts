import { oneBytePieceOf } from '../one-byte-runs.js';
import { textLine, type SourceLine } from '../source-line.js';
import { CLOSED_PREFIX_ANY_CASE } from '../vocabulary/closed-markers.js';
import { nextLineOverFurniture, pageHeadLines } from './furniture-between-fields.js';
import { indexesToAsk, type LineCensus } from './line-census.js';

/**
 * A decisions summary (`Beslutningsreferat`) that writes every item as one line, its title and its decision joined by a
 * colon: `Pkt. 4 – Skolevejsanalyse (sag 24/09315): Godkendt.`, `Punkt 5 - Eventuelt: Intet.`, or with no label, by a
 * dash: `4. Lokaletilskud (sag 21/3057) – Godkendt.`. As a heading the whole line would be the title and the item would have no decision; here each such line is written as the heading over its
 * decision, `Pkt. 4 – Skolevejsanalyse (sag 24/09315)` / `Beslutning: Godkendt.`, as a decisions-only protocol prints
 * them. Only in a document with ONE_LINERS such lines or more: a lone `Punkt 3: Høring: ...` heading of another layout
 * keeps its line. A closed item's line (`Pkt. 8 – Lukket punkt: Titel.`) has no decision and stays a heading.
 * A narrower column wraps such a line (`... (sag 24/11820): Anbefales over` / `for byrådene i ... Kommuner.`), and a
 * page's counter and head may stand inside it: its lines are read as one up to the line that ends its sentence, the
 * furniture kept after it (the noise pass drops it there). A line opened by its number alone goes on only over indented
 * lines (a word processor's wrapped decision, `4. Titel – Udvalget godkendte et tilskud på` / `   65 procent.`) and
 * lines at the margin that open in lower case (a narrower column's wrap): an unindented line opening with a capital
 * under `4. Titel` is another layout's paragraph.
 * A text without such lines passes as it is, after a first-character test per line.
 *
 * `numberedMaySplit`: false where no line holds an en or em dash (the caller asks the text once): a numbered one-liner
 * is split only at such a dash (`TITLE_DECISION_DASH`), so the lines opened by a digit, most texts' headings and
 * numbered points, cannot make a one-liner that counts, and are not read unless the `Pkt.` lines make the document a
 * summary (then they are read as ever: a closed item's numbered line is rewritten too).
 */
export function readDecisionOneLiners(lines: readonly SourceLine[], numberedMaySplit = true, census?: LineCensus): SourceLine[] {
  const found: OneLiner[] = [];
  let head: ReadonlySet<string> | undefined;
  // (Only the lines that open with `P`/`p` or a digit are asked: the census lists them. A one-liner read goes on over
  // the lines it joined: the lines listed up to its last are passed over.)
  let after = -1;
  for (const index of indexesToAsk(census, lines, (taken) => (numberedMaySplit ? taken.digitOrPOpened : taken.pOpened))) {
    if (index <= after) continue;
    const text = lines[index]!.text;
    if (numberedMaySplit ? !opensOneLiner(text) : !opensLabelledOneLiner(text)) continue;
    head ??= pageHeadLines(lines);
    const oneLiner = oneLinerAt(lines, index, head);
    if (oneLiner) {
      found.push(oneLiner);
      // (Read without the numbered lines, every `Pkt.` line is read, none passed over as another's wrapped tail: a
      // numbered one-liner may have passed over one as page furniture, and then not the lines it goes on over. So no
      // one-liner counted by the full reading goes uncounted by this one.)
      if (numberedMaySplit) after = oneLiner.last;
    }
  }
  // (One of them at least on a line of its own: headings over sections, joined, can read as wrapped one-liners.)
  const split = found.filter((oneLiner) => oneLiner.split !== undefined);
  if (split.length < ONE_LINERS || !split.some((oneLiner) => oneLiner.last === oneLiner.first)) return lines as SourceLine[];
  if (!numberedMaySplit) return readDecisionOneLiners(lines, true, census);
  const out: SourceLine[] = [];
  let next = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const oneLiner = found[next];
    if (index !== oneLiner?.first) {
      out.push(line);
      continue;
    }
    next++;
    const { split } = oneLiner;
    // A closed item's line ends its sentence too (`Pkt. 8 – Lukket punkt: Titel.`): its heading is the title alone.
    if (split === undefined) out.push(textLine(line.no, oneLiner.text.slice(0, -1), line.pageBreak));
    // (The dash that parted them made the line two-byte, and any piece of it so: see `oneBytePieceOf`.)
    // (The decision is copied before the label is put before it: the joined string is flattened only when read, as
    // one byte a character when both its parts are.)
    else out.push(textLine(line.no, oneBytePieceOf(split.heading, oneLiner.text), line.pageBreak), textLine(line.no, `Beslutning: ${oneBytePieceOf(split.decision, oneLiner.text)}`));
    for (const at of oneLiner.furniture) out.push(lines[at]!);
    index = oneLiner.last;
  }
  return out;
}

/** One item's line, read whole (wrapped lines joined, page furniture passed over): its heading and decision, if any. */
interface OneLiner {
  first: number;
  last: number;
  text: string;
  /** Undefined for a closed item's line. */
  split: { heading: string; decision: string } | undefined;
  furniture: number[];
}

/** How many lines a wrapped one-liner goes on over at most (a long decision in a narrow column). */
const WRAPPED_LINES = 5;

/** The one-line item that opens at `first`, its wrapped lines joined, or undefined. */
function oneLinerAt(lines: readonly SourceLine[], first: number, head: ReadonlySet<string>): OneLiner | undefined {
  let text = lines[first]!.text;
  const numbered = isDigit(text.charCodeAt(0));
  if (headOf(text) === null) return undefined;
  let last = first;
  const furniture: number[] = [];
  for (let wrapped = 0; !DECISION_END.test(text) && wrapped < WRAPPED_LINES; wrapped++) {
    const seen = furniture.length;
    const next = nextLineOverFurniture(lines, last + 1, head, furniture);
    const line = next < 0 ? undefined : lines[next];
    if (!line || line.blank || !goesOn(line.text) || (numbered && !isIndentedWords(line) && !goesOnInLowerCase(line.text))) {
      furniture.length = seen;
      break;
    }
    text = `${text} ${line.text}`;
    last = next;
  }
  if (!DECISION_END.test(text)) return undefined;
  const split = splitOneLiner(text);
  if (split === undefined && !isClosedOneLiner(text)) return undefined;
  // Joined, the lines must still read as a title and its decision: a heading over a paragraph (a flipbook's `Punkt 46:
  // Lokalplan ...` over `Resume ... høringssvar. Kompetenceudvalg: Byrådet ...`) puts sentences before the colon.
  if (last > first && split !== undefined && !isOneTitle(split.heading)) return undefined;
  return { first, last, text, split, furniture };
}

/** A title is a phrase: short, no sentence ended inside it (`... høringssvar. Kompetenceudvalg`). */
function isOneTitle(heading: string): boolean {
  return heading.length <= TITLE_LENGTH && !SENTENCE_INSIDE.test(heading);
}

/** The longest heading a wrapped one-liner's title makes (an item's title and its case number). */
const TITLE_LENGTH = 160;
/**
 * A sentence's end inside a title: a word's last letter, a full stop and a capital (not `6. juni`, `nr. 4`). What
 * `/\p{Ll}{2}[.!?] \p{Lu}/u` finds, searched from the stop and its space with the letters before them looked behind:
 * a search that opens with `\p{Ll}` tries every character, which on a two-byte text (one en dash makes the line so)
 * cost about ten times more.
 */
const SENTENCE_INSIDE = /[.!?] (?<=\p{Ll}{2}[.!?] )\p{Lu}/u;

/** A line that may go on a wrapped one-liner: no next item's line, no section label (`Beslutning: ...`, `Beslutning i mødet:`). */
function goesOn(text: string): boolean {
  return !(opensOneLiner(text) && headOf(text) !== null) && !LABEL_OPENING.test(text) && !text.endsWith(':');
}

/** `Beslutning:`, `Sagsnr.:`: a label of one or two words opening a line is another field, no wrapped tail. */
const LABEL_OPENING = /^\p{Lu}[\p{L}.]*(?: [\p{L}.]+)?:/u;

/** `P` / `p` (`Pkt.`, `Punkt`) or a digit (`4. `): the first character of every one-liner's head. */
function opensOneLiner(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 80 || first === 112 || isDigit(first);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** `P` / `p`: the first character of a `Pkt.` / `Punkt` one-liner's head. */
function opensLabelledOneLiner(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 80 || first === 112;
}

/** The one-liner's head: `Pkt. 4 – ` or `4. `, by its first character. */
function headOf(text: string): RegExpExecArray | null {
  const first = text.charCodeAt(0);
  return first === 80 || first === 112 ? ONE_LINER_HEAD.exec(text) : isDigit(first) ? NUMBER_HEAD.exec(text) : null;
}

/** An indented line of words under a wrapped numbered one-liner (not a numbered line of its own); a non-breaking space indents too. */
const isIndentedWords = (line: SourceLine): boolean => {
  const first = line.raw.charCodeAt(0);
  return (first === 32 || first === 9 || first === 160) && !isDigit(line.text.charCodeAt(0));
};

/**
 * A line at the margin that opens in lower case goes on the sentence over it (a narrower column wrapped the one-liner
 * between two words: `4. Titel – Udvalget godkendte et` / `tilskud på 65 procent.`); another layout's paragraph under a
 * `4. Titel` heading opens with a capital.
 */
const goesOnInLowerCase = (text: string): boolean => /^\p{Ll}/u.test(text);

/** `Pkt. 8 – Lukket punkt: Titel.`, `9. Lukket punkt: Titel.`: a closed item's one line (no decision after its title). */
function isClosedOneLiner(text: string): boolean {
  const head = headOf(text);
  return head !== null && CLOSED_PREFIX_ANY_CASE.test(text.slice(head[0].length));
}

/** How many one-line items make a decisions summary (a page of them; one or two may be another layout's headings). */
const ONE_LINERS = 3;

/** `Pkt. 4 – `, `Punkt 12 - `, `Pkt. 3: `: the item's label and number and the separator before its title. */
const ONE_LINER_HEAD = /^(?:pkt\.?|punkt)\s*(?:nr\.\s*)?\d{1,4}\s*[–—:-]\s*(?=\S)/iu;

/** `4. `: an item's number alone before its title; its decision then follows a dash (` – `), not a colon. */
const NUMBER_HEAD = /^\d{1,3}\.\s+(?=\p{Lu})/u;

/** The dash between a numbered one-liner's title and its decision, which opens with a capital letter. */
const TITLE_DECISION_DASH = /\s[–—]\s(?=\p{Lu})/u;

/** A decision ends its sentence: a title does not end in a full stop. */
const DECISION_END = /[.!]$/u;

/**
 * The heading and decision of a one-line item, or undefined. The colon that ends the title is the first after a title
 * of two words or more: a one-word lead (`Høring: Budget 2025: Godkendt.`) is the title's own, as in `Orientering:`.
 */
function splitOneLiner(text: string): { heading: string; decision: string } | undefined {
  if (isDigit(text.charCodeAt(0))) return splitNumberedOneLiner(text);
  const head = ONE_LINER_HEAD.exec(text);
  if (!head || !DECISION_END.test(text)) return undefined;
  const rest = text.slice(head[0].length);
  if (CLOSED_PREFIX_ANY_CASE.test(rest)) return undefined;
  let colon = rest.indexOf(': ');
  if (colon < 0) return undefined;
  if (!/\s/u.test(rest.slice(0, colon).trim())) {
    const next = rest.indexOf(': ', colon + 2);
    if (next > 0) colon = next;
  }
  const title = rest.slice(0, colon).trim();
  const decision = rest.slice(colon + 2).trim();
  if (title.length === 0 || decision.length === 0) return undefined;
  return { heading: `${text.slice(0, head[0].length)}${title}`, decision };
}

/**
 * `4. Lokaletilskud (sag 21/3057) – Godkendt.`: the number alone before the title, the decision after the first dash
 * that a capitalised sentence follows. A title's own dash (`Høring - Budget`) is a hyphen-minus, which is not read.
 */
function splitNumberedOneLiner(text: string): { heading: string; decision: string } | undefined {
  if (!DECISION_END.test(text)) return undefined;
  const head = NUMBER_HEAD.exec(text);
  if (!head) return undefined;
  const rest = text.slice(head[0].length);
  if (CLOSED_PREFIX_ANY_CASE.test(rest)) return undefined;
  const dash = TITLE_DECISION_DASH.exec(rest);
  if (!dash) return undefined;
  const title = rest.slice(0, dash.index).trim();
  const decision = rest.slice(dash.index + dash[0].length).trim();
  if (title.length === 0 || decision.length === 0) return undefined;
  return { heading: `${text.slice(0, head[0].length)}${title}`, decision };
}
