import { InvalidInput } from './errors.js';

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

export function requireText(raw: string | undefined, field: string): string {
  const text = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  if (!text) throw new InvalidInput(field, 'must not be empty');
  return text;
}

export function optionalText(raw: string | undefined): string | undefined {
  const text = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  return text || undefined;
}

export function optionalItemNumber(raw: number | undefined, field: string): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Number.isInteger(raw) || raw < 0 || raw > 999) throw new InvalidInput(field, `"${raw}" is not an item number (a whole number from 0)`);
  return raw;
}
