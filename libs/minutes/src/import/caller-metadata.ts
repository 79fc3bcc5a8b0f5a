import { findMunicipality, municipalityNamedIn, municipalityOfAddress, parseIsoDate, parseMunicipality, slugOfBody } from '#cases';
import type { ParsedMinutes } from '../parser/parsed-minutes.types.js';

/**
 * What the caller says a document is: for documents that do not say it themselves (one item page,
 * an extract without its head), or to put minutes in a municipality. Every field is optional.
 */
export interface ImportOptions {
  /** Slug, code or name; else the one the document names (its text or source address), else the default. */
  municipality?: string;
  /** The committee (udvalg). */
  body?: string;
  /** YYYY-MM-DD */
  date?: string;
  /**
   * The http(s) address the text was fetched from: read as the text's own `Source URL:` line (the municipality of its
   * host, a headless page's committee and date from its last segment) when the text prints none.
   */
  sourceUrl?: string;
  /** The caller's values win over the document's instead of being refused when they differ. */
  override?: boolean;
  /** The municipalities the caller may write in (a scoped token); absent: every one. */
  allowedMunicipalities?: readonly string[];
}

/** The document belongs to a municipality the caller may not write in. */
export class MunicipalityNotAllowed extends Error {
  override readonly name = 'MunicipalityNotAllowed';
  constructor(readonly municipality: string, readonly allowed: readonly string[]) {
    super(`this token may write in ${allowed.join(', ')} only; the document is ${municipality}'s`);
  }
}

/** A caller value the document contradicts: refused unless `override`. */
export class CallerContradictsDocument extends Error {
  override readonly name = 'CallerContradictsDocument';
  constructor(
    readonly field: 'municipality' | 'body' | 'date',
    readonly given: string,
    readonly stated: string,
  ) {
    super(`the caller's ${field} "${given}" contradicts the document's "${stated}"; send override=true to record it as the caller's`);
  }
}

/** A caller value that is not one (an unknown municipality, a date that is none): a bad request. */
export class InvalidImportOption extends Error {
  override readonly name = 'InvalidImportOption';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export interface ResolvedDocument {
  parsed: ParsedMinutes;
  /** Slug of the municipality the facts are recorded in. */
  municipality: string;
  /** Where it came from, for the report. */
  municipalitySource: 'caller' | 'document' | 'default';
}

function check<T extends string>(field: 'municipality' | 'body' | 'date', given: T | undefined, stated: T | undefined, same: (a: T, b: T) => boolean, override: boolean): T | undefined {
  if (given === undefined) return stated;
  if (stated !== undefined && !same(given, stated) && !override) throw new CallerContradictsDocument(field, given, stated);
  return given;
}

/**
 * Fills what the document does not state with the caller's values and refuses a caller value the
 * document contradicts (unless `override`). Pure: nothing is read or written.
 */
export function resolveDocument(parsed: ParsedMinutes, text: string, options: ImportOptions, defaultMunicipality: string): ResolvedDocument {
  const given = {
    municipality: options.municipality?.trim() ? safe(() => parseMunicipality(options.municipality!, 'municipality').slug, 'municipality') : undefined,
    body: options.body?.trim() || undefined,
    date: options.date?.trim() ? safe(() => parseIsoDate(options.date!.trim(), 'date'), 'date') : undefined,
  };
  const override = options.override === true;
  // Else the parser's reading: a head in capitals (`GENTOFTE KOMMUNE`), or a municipality before 2007 (`Broby Kommune`),
  // which is its successor's (the parser's warning keeps the old name).
  const stated =
    (parsed.document.sourceUrl ? municipalityOfAddress(parsed.document.sourceUrl) : undefined) ??
    municipalityNamedIn(text) ??
    (parsed.municipality ? findMunicipality(parsed.municipality.slug) : undefined);
  const municipality = check('municipality', given.municipality, stated?.slug, (a, b) => a === b, override);
  const body = check('body', given.body, parsed.meeting.body, (a, b) => slugOfBody(a) === slugOfBody(b), override);
  const date = check('date', given.date, parsed.meeting.date, (a, b) => a === b, override);
  const resolved = municipality ?? defaultMunicipality;
  if (options.allowedMunicipalities && !options.allowedMunicipalities.includes(resolved)) throw new MunicipalityNotAllowed(resolved, options.allowedMunicipalities);
  return {
    parsed: { ...parsed, meeting: { ...parsed.meeting, ...(body ? { body } : {}), ...(date ? { date } : {}) } },
    municipality: municipality ?? defaultMunicipality,
    municipalitySource: given.municipality ? 'caller' : stated ? 'document' : 'default',
  };
}

/** The caller's source address, checked: an absolute http(s) URL, else a bad request naming `sourceUrl`. */
export function givenSourceUrl(options: ImportOptions): string | undefined {
  const raw = options.sourceUrl?.trim();
  if (!raw) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new InvalidImportOption('sourceUrl', `"${raw}" is not an http(s) address; give the page the text was fetched from, e.g. https://aarhus.dk/dagsorden/byraadet-01-10-2025`);
  return raw;
}

function safe<T>(parse: () => T, field: string): T {
  try {
    return parse();
  } catch (error) {
    throw new InvalidImportOption(field, error instanceof Error ? error.message.replace(/^[^:]+: /, '') : String(error));
  }
}
