import { findDanishDate, isoDate } from './danish-date.js';
import { readBackMisreadWord } from './prepass/ocr-confusions.js';
import type { ParsedMeeting } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import { AGENDA_FOR_MEETING_KEY, AGENDA_FOR_MEETING_ON, ISO_DATE, KEPT_REFLOW_HYPHEN, MONTHS, NAMED_YEAR, HEAD_TWO_DIGIT_YEAR_DATE, WEEKDAY_OF_LOST_DATE, WEEKDAY_STEMS, YEARLESS_WEEKDAY_DATE } from './vocabulary/dates.js';
import { PUBLISHED_LINE } from './vocabulary/head-labels.js';

/**
 * The meeting's date from a head that prints it in a form the head readers do not look for (they read the usual
 * `11. marts 2025`, `11-03-2025`, `11.03.2025`, `11/3 2025` everywhere): ISO `2025-03-11`; a two-digit year
 * `d. 11.3.25`; a month a reflow left hyphenated on one line, `nove- mber 2017` (OCR's misread letters read back:
 * `novc- mber`); a weekday with a day and month but no year, `tirsdag den 11/3`, whose year is the one year the
 * text names on which that day is that weekday. Asked only where no other reading dated the meeting; the first head
 * line (a publication line passed over) that holds one dates it.
 */
export function readUnusualHeadDate(meeting: ParsedMeeting, head: readonly SourceLine[], text: string): void {
  for (const line of head) {
    if (line.blank || PUBLISHED_LINE.test(line.text)) continue;
    const iso = unusualDate(line.text, text);
    if (!iso) continue;
    meeting.date = iso;
    if (meeting.source === 'none') {
      meeting.source = 'head';
      meeting.line = line.no;
    }
    return;
  }
}

/** The date a line prints in one of the unusual forms, as ISO; `text` (the whole document) names the candidate years. */
export function unusualDate(line: string, text: string): string | undefined {
  const iso = ISO_DATE.exec(line);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return date;
  }
  const short = HEAD_TWO_DIGIT_YEAR_DATE.exec(line);
  if (short) {
    const date = isoDate(fullYear(Number(short[3])), Number(short[2]), Number(short[1]));
    if (date) return date;
  }
  if (line.includes('- ')) {
    const rejoined = line.replace(KEPT_REFLOW_HYPHEN, (whole, head: string, tail: string) => (monthName(head + tail) ? monthName(head + tail)! : whole));
    const date = rejoined !== line ? findDanishDate(rejoined) : undefined;
    if (date) return date.iso;
  }
  return yearlessWeekdayDate(line, text);
}

/** A two-digit year in a referat: this century up to the years to come, else the last. */
const fullYear = (year: number) => (year <= 50 ? 2000 + year : 1900 + year);

/** The month a word names, as printed or as OCR misread it; undefined for any other word. */
function monthName(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (MONTHS[lower] !== undefined) return lower;
  const read = readBackMisreadWord(lower);
  return read !== undefined && MONTHS[read] !== undefined ? read : undefined;
}

function yearlessWeekdayDate(line: string, text: string): string | undefined {
  const match = YEARLESS_WEEKDAY_DATE.exec(line);
  if (!match) return undefined;
  const weekday = WEEKDAY_STEMS.indexOf(match[1]!.toLowerCase() as (typeof WEEKDAY_STEMS)[number]);
  const day = Number(match[2]);
  const month = match[3] ? Number(match[3]) : MONTHS[match[4]!.toLowerCase()]!;
  const years = new Set([...text.matchAll(NAMED_YEAR)].map((year) => Number(year[0])));
  const fits = [...years].filter((year) => isoDate(year, month, day) && new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday);
  return fits.length === 1 ? isoDate(fits[0]!, month, day) : undefined;
}

/**
 * A head whose date field a transcript emptied, its weekday left (`Mødedato: Mandag den`), dated by the agenda-approval
 * item's title (`Godkendelse af dagsorden for mødet den 9. september`): its day and month, with the year it prints or
 * else the one year the text names (`Møde nr.: 10/2019`) on which that day is the head's weekday. Asked only where no
 * other reading dated the meeting.
 */
export function readLostHeadDateFromAgendaTitle(meeting: ParsedMeeting, head: readonly SourceLine[], text: string): void {
  if (!text.includes(AGENDA_FOR_MEETING_KEY)) return;
  const field = head.find((line) => line.text.includes('den') && WEEKDAY_OF_LOST_DATE.test(line.text));
  const lost = field ? WEEKDAY_OF_LOST_DATE.exec(field.text) : null;
  const title = lost ? AGENDA_FOR_MEETING_ON.exec(text) : null;
  if (!field || !lost || !title) return;
  const weekday = WEEKDAY_STEMS.indexOf(lost[1]!.toLowerCase() as (typeof WEEKDAY_STEMS)[number]);
  const day = Number(title[1]);
  const month = MONTHS[title[2]!.toLowerCase()]!;
  const years = title[3] ? [Number(title[3])] : [...new Set([...text.matchAll(NAMED_YEAR)].map((year) => Number(year[0])))];
  const fits = years.filter((year) => isoDate(year, month, day) && new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday);
  if (fits.length !== 1) return;
  meeting.date = isoDate(fits[0]!, month, day);
  if (meeting.source === 'none') {
    meeting.source = 'head';
    meeting.line = field.no;
  }
}
