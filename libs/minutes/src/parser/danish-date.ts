/** Danish dates as minutes write them, read into ISO `YYYY-MM-DD`. Invalid calendar dates are not dates. */
import { LONG_DATE_SOURCE, MONTHS, NUMERIC_DATE_SOURCE, US_DATE_BEFORE_CLOCK, YEAR_DIGITS } from './vocabulary/dates.js';

/** `17. januar 2023`, `6 feb. 2024`, `12 September, 2023`: day, month name, year. Case-insensitive. */
export const DANISH_LONG_DATE = new RegExp(LONG_DATE_SOURCE, 'iu');

/** `16-01-2024`, `16.01.2024`, `16/1/2024`. */
export const NUMERIC_DATE = new RegExp(NUMERIC_DATE_SOURCE, 'u');

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The month's days, as `new Date(Date.UTC(year, month, 0)).getUTCDate()` counts them (without building a date:
 * this runs for every date read), years 0-99 read as 1900-1999 as `Date.UTC` reads them.
 */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  const full = year >= 0 && year <= 99 ? 1900 + year : year;
  return (full % 4 === 0 && full % 100 !== 0) || full % 400 === 0 ? 29 : 28;
}

export interface DateMatch {
  iso: string;
  /** Index of the match in the searched text, and its length, so callers can read what surrounds it. */
  index: number;
  length: number;
}

/** The first long (`17. januar 2023`) or numeric (`17-01-2023`) date in the text, whichever comes first. */
export function findDanishDate(text: string): DateMatch | undefined {
  if (!YEAR_DIGITS.test(text)) return undefined;
  let first: DateMatch | undefined;
  const long = DANISH_LONG_DATE.exec(text);
  if (long) {
    const iso = isoDate(Number(long[3]), MONTHS[long[2]!.toLowerCase()]!, Number(long[1]));
    if (iso) first = { iso, index: long.index, length: long[0].length };
  }
  // A long date at the start comes first whatever follows; at the same index the long date is kept.
  if (first?.index === 0) return first;
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric && (!first || numeric.index < first.index)) {
    // (A US-culture page's `9/11/2019 3:00:00 PM`: the month first.)
    const us = US_DATE_BEFORE_CLOCK.exec(text.slice(numeric.index));
    const iso = us ? isoDate(Number(us[3]), Number(us[1]), Number(us[2])) : isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (iso) first = { iso, index: numeric.index, length: numeric[0].length };
  }
  return first;
}

/** `08:00`, `kl. 8.30` -> `HH:MM`; undefined when there is no valid time after `kl.`. */
export function findClockTime(text: string): string | undefined {
  const match = /\bkl\.?\s*(\d{1,2})[.:](\d{2})\b/i.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
