import { textLine, type SourceLine } from '../source-line.js';
import { CLOSED_PREFIX_ANY_CASE } from '../vocabulary/closed-markers.js';

/**
 * A decisions summary (`Beslutningsreferat`) that writes every item as one line, its title and its decision joined by a
 * colon: `Pkt. 4 – Skolevejsanalyse (sag 24/09315): Godkendt.`, `Punkt 5 - Eventuelt: Intet.`. As a heading the whole
 * line would be the title and the item would have no decision; here each such line is written as the heading over its
 * decision, `Pkt. 4 – Skolevejsanalyse (sag 24/09315)` / `Beslutning: Godkendt.`, as a decisions-only protocol prints
 * them. Only in a document with ONE_LINERS such lines or more: a lone `Punkt 3: Høring: ...` heading of another layout
 * keeps its line. A closed item's line (`Pkt. 8 – Lukket punkt: Titel.`) has no decision and stays a heading.
 * A text without such lines passes as it is, after a first-character test per line.
 */
export function readDecisionOneLiners(lines: readonly SourceLine[]): SourceLine[] {
  let count = 0;
  for (const line of lines) if (splitOneLiner(line.text) !== undefined && ++count >= ONE_LINERS) break;
  if (count < ONE_LINERS) return lines as SourceLine[];
  const out: SourceLine[] = [];
  for (const line of lines) {
    const split = splitOneLiner(line.text);
    if (split === undefined) {
      // A closed item's line ends its sentence too (`Pkt. 8 – Lukket punkt: Titel.`): its heading is the title alone.
      out.push(isClosedOneLiner(line.text) ? textLine(line.no, line.text.slice(0, -1), line.pageBreak) : line);
      continue;
    }
    out.push(textLine(line.no, split.heading, line.pageBreak), textLine(line.no, `Beslutning: ${split.decision}`));
  }
  return out;
}

/** `Pkt. 8 – Lukket punkt: Titel.`: a closed item's one line (no decision after its title). */
function isClosedOneLiner(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first !== 80 && first !== 112) || !text.endsWith('.')) return false;
  const head = ONE_LINER_HEAD.exec(text);
  return head !== null && CLOSED_PREFIX_ANY_CASE.test(text.slice(head[0].length));
}

/** How many one-line items make a decisions summary (a page of them; one or two may be another layout's headings). */
const ONE_LINERS = 3;

/** `Pkt. 4 – `, `Punkt 12 - `, `Pkt. 3: `: the item's label and number and the separator before its title. */
const ONE_LINER_HEAD = /^(?:pkt\.?|punkt)\s*(?:nr\.\s*)?\d{1,4}\s*[–—:-]\s*(?=\S)/iu;

/** A decision ends its sentence: a title does not end in a full stop. */
const DECISION_END = /[.!]$/u;

/**
 * The heading and decision of a one-line item, or undefined. The colon that ends the title is the first after a title
 * of two words or more: a one-word lead (`Høring: Budget 2025: Godkendt.`) is the title's own, as in `Orientering:`.
 */
function splitOneLiner(text: string): { heading: string; decision: string } | undefined {
  const first = text.charCodeAt(0);
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
