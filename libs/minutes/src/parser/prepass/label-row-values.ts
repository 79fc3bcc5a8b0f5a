import { LABEL_ROW_KINDS, NAME_PARTICLE, NO_ONE, PLACE_END_WORD, ROW_ROLE_LABEL, type LabelRowKind } from '../vocabulary/page-transcripts.js';
import { PARTY_CLOSED_RUN } from '../vocabulary/attendance.js';
import { OUTCOME_PHRASES } from '../vocabulary/outcome-phrases.js';
import { MONTH_NAMES } from '../vocabulary/dates.js';

/**
 * A PDF head whose labels are a column before their values transcribes as the labels in a row, each cut off by the
 * segmentation, and all values run together after the last one (Varde's docplayer transcripts: `Mødested:` /
 * `Deltagere:` / `Fraværende:` / `Referent: Bytoften, Mødesalen A B, C D, E F G H, I J K L`). The values stand in the
 * labels' order; where they meet, the text has only a space. The run is cut back into one value a label where the
 * labels' kinds (a place, lists of names, one name: `vocabulary/page-transcripts.ts`) allow one cutting only; where
 * they allow several, the one whose values the document prints again elsewhere (an item's `Fraværende: I J, K L`)
 * is taken, if it is one. Otherwise the pieces stay as they are: which value is whose is not guessed.
 *
 * `pieces` are a page's pieces in order; `printedElsewhere(value)` tells whether the document holds the value outside
 * this run too. Returns the pieces with the row's labels given their values, or the same array.
 */
export function withLabelRowValues(pieces: readonly string[], printedElsewhere: (value: string) => boolean): readonly string[] {
  let out: string[] | undefined;
  for (let index = 0; index < pieces.length; index++) {
    const row = labelRowAt(pieces, index);
    if (!row) continue;
    const values = cutRun(row.run, row.kinds, printedElsewhere);
    if (values) {
      out ??= pieces.slice();
      out.splice(index, row.labels.length, ...row.labels.map((label, at) => `${label} ${values[at]}`));
      // (The spliced pieces are as many as the labels: the indices after them stand.)
    }
    index += row.labels.length - 1;
  }
  return out ?? pieces;
}

interface LabelRow {
  labels: string[];
  kinds: LabelRowKind[];
  run: string;
}

/** Bare labels (two at least) followed by a label with the run as its text, all of known kinds. */
function labelRowAt(pieces: readonly string[], start: number): LabelRow | undefined {
  const labels: string[] = [];
  const kinds: LabelRowKind[] = [];
  for (let index = start; index < pieces.length; index++) {
    const piece = pieces[index]!;
    const colon = piece.indexOf(':');
    if (colon < 0) return undefined;
    const kind = kindOf(piece.slice(0, colon));
    if (!kind) return undefined;
    labels.push(piece.slice(0, colon + 1));
    kinds.push(kind);
    // (A role's label before the first member's name, `Formand: Anne Holm (A) ...`, is the table's row label: no label
    // of the row, and no value.)
    const rest = piece.slice(colon + 1).trim().replace(ROW_ROLE_LABEL, '');
    if (rest) return labels.length >= 2 ? { labels, kinds, run: rest } : undefined;
  }
  return undefined;
}

function kindOf(label: string): LabelRowKind | undefined {
  for (const [kind, pattern] of LABEL_ROW_KINDS) if (pattern.test(label)) return kind;
  return undefined;
}

/** Cuttings tried at most: a head's run has a few dozen words, and each kind rules most cuts out. */
const MAX_CUTTINGS = 64;

/**
 * The run cut into the labels' values. A place ends at a word that ends places (`PLACE_END_WORD`); where no cutting
 * does (`Mødelokale 2, Bytoften A B, C D`: a town's name last), at any word, if that leaves one cutting (or one the
 * document's other prints tell): the lists of names after it rule most cuts out.
 */
function cutRun(run: string, kinds: readonly LabelRowKind[], printedElsewhere: (value: string) => boolean): string[] | undefined {
  return cutRunWith(run, kinds, printedElsewhere, false) ?? (kinds.includes('place') ? cutRunWith(run, kinds, printedElsewhere, true) : undefined);
}

function cutRunWith(run: string, kinds: readonly LabelRowKind[], printedElsewhere: (value: string) => boolean, anyPlaceEnd: boolean): string[] | undefined {
  const words = run.split(' ');
  const cuttings: string[][] = [];
  const walk = (from: number, at: number, taken: string[]): void => {
    if (cuttings.length > MAX_CUTTINGS) return;
    const kind = kinds[at]!;
    if (at === kinds.length - 1) {
      const value = words.slice(from).join(' ');
      if (from < words.length && fits(kind, value, true)) cuttings.push([...taken, value]);
      return;
    }
    for (let end = from + 1; end < words.length; end++) {
      // (Values meet at a space, never after a comma: a comma goes on inside a value.)
      if (words[end - 1]!.endsWith(',')) continue;
      const value = words.slice(from, end).join(' ');
      if (fits(kind, value, anyPlaceEnd)) walk(end, at + 1, [...taken, value]);
    }
  };
  walk(0, 0, []);
  if (cuttings.length === 1) return cuttings[0];
  if (cuttings.length === 0 || cuttings.length > MAX_CUTTINGS) return undefined;
  const evidence = cuttings.map((values) => values.filter((value, at) => kinds[at] !== 'place' && value !== NO_ONE && printedElsewhere(value)).length + absentAmongMembers(values, kinds));
  const best = Math.max(...evidence);
  return best > 0 && evidence.filter((count) => count === best).length === 1 ? cuttings[evidence.indexOf(best)] : undefined;
}

/**
 * 1 where the row's last list names only people of a list before it: the absent are members (Vordingborg's `Medlemmer`
 * lists every member, `Fraværende` after it those away), so a cutting that leaves a whole member's name there is told
 * from one that cuts a name in two (`... Birgitte Steen Jørgensen Martin Leider Olsen`).
 */
function absentAmongMembers(values: readonly string[], kinds: readonly LabelRowKind[]): number {
  const last = values.length - 1;
  if (last < 1 || kinds[last] !== 'names' || values[last] === NO_ONE) return 0;
  const members = new Set(values.slice(0, last).flatMap((value, at) => (kinds[at] === 'names' ? value.split(', ') : [])));
  return values[last]!.split(', ').every((name) => members.has(name)) ? 1 : 0;
}

/** Whether the value is one of the kind; `anyEnd`: a place may end at any word (the last value, or a second try). */
function fits(kind: LabelRowKind, value: string, anyEnd: boolean): boolean {
  switch (kind) {
    case 'place':
      return anyEnd || PLACE_END_WORD.test(value.slice(value.lastIndexOf(' ') + 1));
    case 'names':
      // (Or the members closed each by a party letter, no comma between them: `Anne Holm (A) Bo Lund (V)`.)
      return value === NO_ONE || value.split(', ').every(isName) || (value.endsWith(')') && PARTY_CLOSED_RUN.test(value));
    case 'name':
      return isName(value);
  }
}

/**
 * Two to four words, the first and last capitalised, particles between; a party's letter or a note in brackets may follow
 * (`Bo Lund (V)`, `Bo Lund (i stedet for Anne Holm)`).
 */
function isName(value: string): boolean {
  const words = (value.endsWith(')') ? value.replace(NOTE_AFTER_NAME, '') : value).split(' ');
  if (words.length < 2 || words.length > 4) return false;
  return words.every((word, at) => word !== NO_ONE && (CAPITALISED.test(word) || (at > 0 && at < words.length - 1 && NAME_PARTICLE.test(word))));
}

const CAPITALISED = /^\p{Lu}[\p{L}'.-]*$/u;
const NOTE_AFTER_NAME = / \([^()]+\)$/u;

/** A long date after a list's last name (a letter before it): the page's running date. */
const DATE_AFTER_NAMES = new RegExp(String.raw`(?<=\p{L})\s+\d{1,2}\.\s*(?:${MONTH_NAMES})\s+\d{4}$`, 'iu');

/** An absence label with its list, as the transcripts cut a decision block (`Fraværende: A B, C D Godkendt.`). */
const ABSENCE_LIST_PIECE = /^(?:Fraværende|Afbud|Ikke\s+til\s+stede):\s+/u;

/**
 * A decision block's absence list with the verdict run on after it (`Fraværende: Anne Holm, Bo Lund Godkendt.`,
 * `Fraværende: Ingen Taget til efterretning`): cut in two before the verdict, where the words before it are a list of
 * names and the words from it read as an outcome (`vocabulary/outcome-phrases.ts`). Otherwise the piece as it is.
 */
export function verdictOffAbsenceList(piece: string): string[] {
  const label = ABSENCE_LIST_PIECE.exec(piece);
  if (!label) return [piece];
  // (The page's running date after the last name, `Fraværende: A, B 25. april 2031`: a piece of its own.)
  const dated = DATE_AFTER_NAMES.exec(piece);
  if (dated) return [piece.slice(0, dated.index), dated[0].trim()];
  const rest = piece.slice(label[0].length);
  for (let space = rest.indexOf(' '); space >= 0; space = rest.indexOf(' ', space + 1)) {
    const verdict = rest.slice(space + 1);
    if (!/^\p{Lu}/u.test(verdict) || !fits('names', rest.slice(0, space), false)) continue;
    const spoken = verdict.toLowerCase();
    if (OUTCOME_PHRASES.some(([pattern]) => pattern.test(spoken))) return [piece.slice(0, label[0].length + space), verdict];
  }
  return [piece];
}
