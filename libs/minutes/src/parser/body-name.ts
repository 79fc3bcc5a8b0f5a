import { withoutMarkers } from './source-line.js';
import { BODY_ABBREVIATION_NAMES, BODY_ABBREVIATIONS, BODY_FOR_FIELD, BODY_NAMED_FOR_PLACE, ENDS_WITH_BODY_WORD, JOINT_BODY } from './vocabulary/bodies.js';

/** Comparing names of bodies (udvalg) that are spelled with varying punctuation, case and Danish letters. */

/** Letters and digits only, lowercase: `Erhvervs-, Beskæftigelses-, og Uddannelsesudvalget` equals the usual spelling. */
export function bodyKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9æøåäöü]/g, '');
}

/** As a URL slug spells it: æ -> ae, ø -> oe, å -> aa, and nothing but letters and digits. */
export function bodySlugKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]/g, '');
}

export function sameBody(a: string, b: string): boolean {
  // A body is mostly compared with its own name as printed again (every item's dated block names the meeting's
  // body): equal texts have equal keys, and keying both costs a lower-casing and a replace each.
  return a === b || bodyKey(a) === bodyKey(b);
}

/** A deciding body as written, without the trailing full stop some layouts add. */
export function cleanBodyName(text: string): string {
  return withoutMarkers(text).replace(/\s+/g, ' ').replace(/[.:;,\s]+$/, '').trim();
}

/**
 * The body a printed abbreviation (`KB`, `ØU`, `BY`) stands for, among the bodies the document names; else a body
 * whose initials it is (`ØEU` for `Økonomi- og Erhvervsudvalget`, `TMU` for `Teknik- og Miljøudvalget`).
 */
export function expandAbbreviation(abbreviation: string, named: readonly string[], byInitials = true): string | undefined {
  const key = abbreviation.trim().replace(/\.$/u, '');
  const entry = BODY_ABBREVIATIONS.find(([pattern]) => pattern.test(key));
  const listed = entry ? named.find((name) => entry[1].test(name.trim())) : undefined;
  if (listed || !byInitials || !isAbbreviation(key)) return listed;
  const upper = key.toUpperCase();
  return named.find((name) => !isAbbreviation(name) && bodyInitials(name) === upper);
}

/** The one body an abbreviation always stands for (`KB`: `Kommunalbestyrelsen`), else the text as written. */
export function spelledOutBody(name: string): string {
  return BODY_ABBREVIATION_NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? name;
}

/** Two to five capitals and nothing else (`ØEU`, `TMU`, `KB`): a body's abbreviation. */
export function isAbbreviation(text: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(text.trim());
}

const NAME_CONNECTOR = /^(?:og|for|i|samt|af|med|til)$/u;

/**
 * The initials of a body's name: each word's first letter (`og`, `for` ... passed over) and, where a word is a compound
 * ending in a body word, that word's too: `Økonomi- og Erhvervsudvalget` is `ØEU`, `Kommunalbestyrelsen` `KB`.
 */
export function bodyInitials(name: string): string {
  let initials = '';
  for (const raw of name.trim().split(/\s+/u)) {
    const word = raw.replace(/[-–,.]+$/u, '');
    if (word.length === 0 || NAME_CONNECTOR.test(word)) continue;
    initials += word.charAt(0);
    const tail = ENDS_WITH_BODY_WORD.exec(word);
    if (tail && tail.index > 0) initials += word.charAt(tail.index);
  }
  return initials.toUpperCase();
}

/**
 * `ENDS_WITH_BODY_WORD.test(text)`, asked of many short lines (is this a page's running head?): every body word
 * ends in a letter, so a line that ends otherwise (`Godkendt.`, a date) is told by its last character, not by the
 * pattern tried at every position.
 */
export function endsWithBodyWord(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last < 0x80 && !((last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a))) return false;
  return ENDS_WITH_BODY_WORD.test(text);
}

/** A body named in lower case in running text (`økonomi- og erhvervsudvalget`) as its name is spelled. */
export function asBodyName(text: string): string {
  const name = text.replace(/\s+/gu, ' ').trim();
  if (!/^\p{Ll}/u.test(name)) return name;
  return name.replace(/(^|\s)(\p{Ll})(\p{L}*)/gu, (whole, space: string, first: string, rest: string) =>
    /^(?:og|for|i|af|med|til|samt)$/u.test(first + rest) ? whole : `${space}${first.toUpperCase()}${rest}`,
  );
}

/**
 * A phrase that names a body by itself, wherever a head prints it (a label's value, a title, a running header): it
 * ends in a body word (`Teknik- og Miljøudvalget`, `Repræsentantskabet`), or is named for its field or place.
 */
export function namesBody(name: string): boolean {
  return endsWithBodyWord(name) || namedForFieldOrPlace(name);
}

/**
 * A body named for its field or its place after its body word: `Udvalget for Teknik og Miljø`, `Fælles
 * Vandløbsudvalg for Varde Å`, `Fælles Beredskabskommission for Frederikssund og Halsnæs Kommuner`.
 */
export function namedForFieldOrPlace(name: string): boolean {
  // Every such name holds ` for `: a name without it is told by the literal, not by three patterns.
  return name.includes(' for ') && (BODY_FOR_FIELD.test(name) || JOINT_BODY.test(name) || BODY_NAMED_FOR_PLACE.test(name));
}
