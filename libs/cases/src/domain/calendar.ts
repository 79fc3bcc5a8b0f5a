import { InvalidInput } from './errors.js';
import { LIMITS } from './limits.js';

/** A calendar date as `YYYY-MM-DD`; strings of this form sort in date order. */
export type IsoDate = string;

export function parseIsoDate(raw: string, field: string): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(raw ?? '').trim());
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return match[0]!;
  }
  throw new InvalidInput(field, `"${raw}" is not a date; expected YYYY-MM-DD, e.g. 2024-02-06`);
}

/** A time of day as `HH:MM`. */
export function parseTimeOfDay(raw: string, field: string): string {
  const match = /^([01]\d|2[0-3])[:.]([0-5]\d)$/.exec(String(raw ?? '').trim());
  if (!match) throw new InvalidInput(field, `"${raw}" is not a time of day; expected HH:MM, e.g. 08:00`);
  return `${match[1]}:${match[2]}`;
}

// Building a formatter costs far more than formatting; every decision asks for today's date.
const DANISH_CALENDAR = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Today's date in Danish local time: a meeting's date is a Danish calendar date. */
export function danishDate(instant: Date): IsoDate {
  return DANISH_CALENDAR.format(instant);
}

export function requireText(raw: string | undefined, field: string, max: number = LIMITS.text): string {
  const text = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  if (!text) throw new InvalidInput(field, 'must not be empty');
  return bounded(text, field, max);
}

export function optionalText(raw: string | undefined, field = 'text', max: number = LIMITS.text): string | undefined {
  const text = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  return text ? bounded(text, field, max) : undefined;
}

// NUL, or a surrogate that is not half of a pair (in a `u` regex a proper pair is one code point).
const UNSAFE = /[\u0000\p{Cs}]/u;

/** Text PostgreSQL can store and index: no NUL, no unpaired surrogate. */
export const isSafeText = (text: string): boolean => !UNSAFE.test(text);

/** Defensive for every caller (the importer too): no NUL, no lone surrogate, no unbounded length. */
function bounded(text: string, field: string, max: number): string {
  if (text.length > max) throw new InvalidInput(field, `must be at most ${max} characters (it has ${text.length})`);
  if (!isSafeText(text)) throw new InvalidInput(field, 'must not contain NUL or unpaired surrogate characters');
  return text;
}

export function optionalItemNumber(raw: number | undefined, field: string): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Number.isInteger(raw) || raw < 0 || raw > 999) throw new InvalidInput(field, `"${raw}" is not an item number (a whole number from 0)`);
  return raw;
}

/** A text kept exactly as written (a decision's wording): typed and bounded, not trimmed. */
export function verbatimText(raw: unknown, field: string, max: number = LIMITS.text): string {
  if (typeof raw !== 'string') throw new InvalidInput(field, 'must be a text');
  return raw === '' ? raw : bounded(raw, field, max);
}

/** A list the command may carry: absent is empty; not a list, too long or with a missing entry is refused. */
export function listOf<T, R>(raw: readonly T[] | undefined, field: string, map: (entry: T, index: number) => R, max: number = LIMITS.list): R[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new InvalidInput(field, 'must be a list');
  if (raw.length > max) throw new InvalidInput(field, `must have at most ${max} entries (it has ${raw.length})`);
  return raw.map((entry, index) => {
    if (entry === null || typeof entry !== 'object') throw new InvalidInput(`${field}[${index}]`, 'must be an object');
    return map(entry, index);
  });
}
