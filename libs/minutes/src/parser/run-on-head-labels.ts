import type { HeadLine } from './head-forms.js';
import type { HeadField } from './vocabulary/head-labels.js';
import { CONTENTS_LIST_HEADING } from './vocabulary/contents-lists.js';
import { MEMBER_ROLE_LABEL } from './vocabulary/head-labels.js';

/** A capitalised label of up to three words and its colon, after a space, inside a line (`... 2018, kl Sted: `). */
const INNER_LABEL = /(?<=\s)(\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2})\s*:\s/gu;
/** The label that opens a line: `Forum: ...`. */
const OPENING_LABEL = /^(\p{L}[\p{L} ]{1,30}?)\s*:\s/u;

/**
 * A transcript or a copied web page runs a head's labelled fields into one line (`Forum: Handicaprådet Tid: 14. marts
 * 2018, kl Sted: Mødelokale 9 Deltagere: A, B Afbud: Referent: C`): read as one label, the first field's value holds
 * all the others. Such a line is cut before each later capitalised word (or two or three words, the longest) that the
 * head's label table knows, so each field is read with its own label. Only lines that open with a known label are cut,
 * and only where a second colon stands: most head lines hold one label or none.
 */
export function splitRunOnLabels(lines: readonly HeadLine[], fieldOf: (label: string) => HeadField | undefined): readonly HeadLine[] {
  let out: HeadLine[] | undefined;
  lines.forEach((entry, index) => {
    const pieces = runOnPieces(entry.text, fieldOf);
    if (pieces && !out) out = lines.slice(0, index);
    if (out) out.push(...(pieces ? pieces.map((text) => ({ line: entry.line, text })) : [entry]));
  });
  return out ?? lines;
}

/**
 * A transcript's head that prints its attendance labels without colons, run on after the place (`... Lokale 1
 * Fraværende A Til stede B, C`): cut before each such label, capitalised, with a name (two capitalised words) after it.
 */
const COLONLESS_ATTENDANCE_CUT = /\s(?=(?:Fraværende|Til stede|Tilstede|Afbud|Deltagere|Mødedeltagere)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/gu;
/** Two such labels at least: one capitalised word in a line may be prose's. */
const COLONLESS_CUTS = 2;

/** The pieces of a colon-less head line holding two attendance labels or more, else undefined. */
function colonlessAttendancePieces(text: string): string[] | undefined {
  // (Cheap gate: most lines hold none of the labels' words.)
  if (!text.includes('ravære') && !text.includes(' stede ') && !text.includes('Afbud') && !text.includes('eltagere')) return undefined;
  const cuts = [...text.matchAll(COLONLESS_ATTENDANCE_CUT)].map((match) => match.index!);
  if (cuts.length < COLONLESS_CUTS) return undefined;
  return piecesAt(text, cuts).filter((piece) => piece.length > 0);
}

function runOnPieces(text: string, fieldOf: (label: string) => HeadField | undefined): string[] | undefined {
  const first = text.indexOf(':');
  if (first < 0) return colonlessAttendancePieces(text);
  if (text.indexOf(':', first + 1) < 0) return undefined;
  const opening = OPENING_LABEL.exec(text);
  if (!opening || !fieldOf(opening[1]!)) return undefined;
  const cuts: number[] = [];
  let field = fieldOf(opening[1]!);
  for (const match of text.slice(opening[0].length).matchAll(INNER_LABEL)) {
    const words = match[1]!.split(/\s+/u);
    // The longest run of the label's last words that the table knows (`Afbud fra`, not `fra`; `Sted`, not `kl Sted`).
    for (let take = words.length; take >= 1; take--) {
      const label = words.slice(words.length - take).join(' ');
      if (!/^\p{Lu}/u.test(label) || !fieldOf(label)) continue;
      // (A member list's roles, `Medlemmer: Formand: A (A) Næstformand: B (O) C (V)`: the list's, no field of their own.)
      if (field === 'members' && MEMBER_ROLE_LABEL.test(label)) break;
      const cut = opening[0].length + match.index! + match[1]!.length - label.length;
      // (Not after a full stop: `Afbud: A (V). Stedfortræder: B (V).` is a sentence pair the head's readers pair up.)
      if (!text.slice(0, cut).trimEnd().endsWith('.')) {
        cuts.push(cut);
        field = fieldOf(label);
      }
      break;
    }
  }
  if (cuts.length === 0) return undefined;
  // (A transcript runs the head on into its contents list, `... Fraværende: Lise Holm Sagsoversigt 01. Godkendelse ...`:
  // the list's heading ends the last field.)
  const contents = CONTENTS_LIST_HEADING.exec(text);
  if (contents && contents.index > cuts[cuts.length - 1]!) cuts.push(contents.index);
  return piecesAt(text, cuts);
}

/** The text cut at each position, each piece trimmed. */
function piecesAt(text: string, cuts: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(from, cut).trim());
    from = cut;
  }
  pieces.push(text.slice(from).trim());
  return pieces;
}
