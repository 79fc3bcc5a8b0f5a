import { BEFORE_TWO_DIGIT_YEAR_DATE, TWO_DIGIT_YEAR_DATE } from '../vocabulary/dates.js';

/** A date with its full year anywhere in the text (the meeting's own, in the head): the century the short years share. */
const FULL_YEAR = /(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)/u;

/**
 * An old protocol's dates with two-digit years where a treatment is dated (`Havneudvalget 27.02.96:`, `behandlet i
 * Teknisk Udvalg den 20.02.96, pkt. 9`) written with the full year, so the date readers, which want four digits, read
 * them. The century is the one of the text's first full year that puts the short year at most a year after it
 * (`96` in a 1996 protocol is 1996; in a 2001 protocol, 1996 as well). A text without such a date is returned as it is.
 */
export function withFourDigitYears(text: string): string {
  TWO_DIGIT_YEAR_DATE.lastIndex = 0;
  if (!TWO_DIGIT_YEAR_DATE.test(text)) return text;
  const full = FULL_YEAR.exec(text);
  if (!full) return text;
  const year = Number(full[1]);
  return text.replace(TWO_DIGIT_YEAR_DATE, (date: string, day: string, month: string, short: string, offset: number) => {
    if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return date;
    if (!BEFORE_TWO_DIGIT_YEAR_DATE.test(text.slice(Math.max(0, offset - 4), offset))) return date;
    let expanded = Math.floor(year / 100) * 100 + Number(short);
    if (expanded > year + 1) expanded -= 100;
    return `${day}.${month}.${expanded}`;
  });
}
