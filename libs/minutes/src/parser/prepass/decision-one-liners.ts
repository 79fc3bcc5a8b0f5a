import { textLine, type SourceLine } from '../source-line.js';
import { CLOSED_PREFIX_ANY_CASE } from '../vocabulary/closed-markers.js';

/**
 * A decisions summary (`Beslutningsreferat`) that writes every item as one line, its title and its decision joined by a
 * colon: `Pkt. 4 – Skolevejsanalyse (sag 24/09315): Godkendt.`, `Punkt 5 - Eventuelt: Intet.`, or with no label, by a
 * dash: `4. Lokaletilskud (sag 21/3057) – Godkendt.`. As a heading the whole line would be the title and the item would
 * have no decision; here each such line is written as the heading over its decision, `Pkt. 4 – Skolevejsanalyse (sag
 * 24/09315)` / `Beslutning: Godkendt.`, as a decisions-only protocol prints them. Only in a document with ONE_LINERS
 * such lines or more: a lone `Punkt 3: Høring: ...` heading of another layout keeps its line. A closed item's line
 * (`Pkt. 8 – Lukket punkt: Titel.`) has no decision and stays a heading. A long decision a word processor wrapped onto
 * indented lines (`4. Titel – Udvalget godkendte et tilskud på` / `   65 procent.`) is joined first.
 * A text without such lines passes as it is, after a first-character test per line.
 */
export function readDecisionOneLiners(lines: readonly SourceLine[]): SourceLine[] {
  let count = 0;
  for (let index = 0; index < lines.length && count < ONE_LINERS; index++) {
    if (splitOneLiner(lines[index]!.text) !== undefined) count++;
    else if (wrappedOneLiner(lines, index) !== undefined) count++;
  }
  if (count < ONE_LINERS) return lines as SourceLine[];
  const out: SourceLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let split = splitOneLiner(line.text);
    if (split === undefined) {
      const wrapped = wrappedOneLiner(lines, index);
      if (wrapped !== undefined) {
        split = wrapped.split;
        index = wrapped.last;
      }
    }
    if (split === undefined) {
      // A closed item's line ends its sentence too (`Pkt. 8 – Lukket punkt: Titel.`): its heading is the title alone.
      out.push(isClosedOneLiner(line.text) ? textLine(line.no, line.text.slice(0, -1), line.pageBreak) : line);
      continue;
    }
    out.push(textLine(line.no, split.heading, line.pageBreak), textLine(line.no, `Beslutning: ${split.decision}`));
  }
  return out;
}

/**
 * A one-line item whose decision a word processor wrapped onto indented lines under it: the item's line (which does not
 * end its sentence) and its continuations joined, read as one line; `last` is the index of its last line.
 */
function wrappedOneLiner(lines: readonly SourceLine[], index: number): { split: { heading: string; decision: string }; last: number } | undefined {
  const text = lines[index]!.text;
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57 || DECISION_END.test(text)) return undefined;
  let joined = text;
  let last = index;
  while (last + 1 < lines.length && isContinuation(lines[last + 1]!)) joined = `${joined} ${lines[++last]!.text}`;
  if (last === index) return undefined;
  const split = splitOneLiner(joined);
  return split === undefined ? undefined : { split, last };
}

/** An indented line of words under a wrapped one-line item (not a numbered line of its own). */
const isContinuation = (line: SourceLine): boolean => !line.blank && (line.raw.charCodeAt(0) === 32 || line.raw.charCodeAt(0) === 9) && !/^\d/u.test(line.text);

/** `Pkt. 8 – Lukket punkt: Titel.`, `9. Lukket punkt: Titel.`: a closed item's one line (no decision after its title). */
function isClosedOneLiner(text: string): boolean {
  if (!text.endsWith('.')) return false;
  const first = text.charCodeAt(0);
  const head = first === 80 || first === 112 ? ONE_LINER_HEAD.exec(text) : first >= 48 && first <= 57 ? NUMBER_HEAD.exec(text) : null;
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
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return splitNumberedOneLiner(text);
  // Most lines open with another letter: `P` / `p` alone lets the pattern look.
  if (first !== 80 && first !== 112) return undefined;
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
