/** Danish dates as minutes write them, read into ISO `YYYY-MM-DD`. Invalid calendar dates are not dates. */
import { LONG_DATE_SOURCE, MONTHS, NUMERIC_DATE_SOURCE, YEAR_DIGITS } from './vocabulary/dates.js';

/** `17. januar 2023`, `6 feb. 2024`, `12 September, 2023`: day, month name, year. Case-insensitive. */
export const DANISH_LONG_DATE = new RegExp(LONG_DATE_SOURCE, 'iu');

/** `16-01-2024`, `16.01.2024`, `16/1/2024`. */
export const NUMERIC_DATE = new RegExp(NUMERIC_DATE_SOURCE, 'u');

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
  const candidates: DateMatch[] = [];
  const long = DANISH_LONG_DATE.exec(text);
  if (long) {
    const iso = isoDate(Number(long[3]), MONTHS[long[2]!.toLowerCase()]!, Number(long[1]));
    if (iso) candidates.push({ iso, index: long.index, length: long[0].length });
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const iso = isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (iso) candidates.push({ iso, index: numeric.index, length: numeric[0].length });
  }
  return candidates.sort((a, b) => a.index - b.index)[0];
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
