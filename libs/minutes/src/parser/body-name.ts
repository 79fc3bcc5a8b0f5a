import { withoutMarkers } from './source-line.js';
import { BODY_ABBREVIATIONS } from './vocabulary/bodies.js';

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

/** The body a printed abbreviation (`KB`, `ØU`, `BY`) stands for, among the bodies the document names. */
export function expandAbbreviation(abbreviation: string, named: readonly string[]): string | undefined {
  const key = abbreviation.trim().replace(/\.$/u, '');
  const entry = BODY_ABBREVIATIONS.find(([pattern]) => pattern.test(key));
  if (!entry) return undefined;
  return named.find((name) => entry[1].test(name.trim()));
}
