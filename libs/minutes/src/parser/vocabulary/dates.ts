/** Month names (Danish, with abbreviations, and English for CMS exports) and the date shapes minutes use. */
export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1, january: 1,
  februar: 2, feb: 2, february: 2,
  marts: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  maj: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

export const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** `17. januar 2023`, `6 feb. 2024`, `12 September, 2023`, `15-maj-2002` (old PDF heads): day, month name, year. */
export const LONG_DATE_SOURCE = String.raw`(\d{1,2})(?:\.?\s*|-)(${MONTH_NAMES})(?:\.?,?\s+|-)(\d{4})`;
/**
 * `16-01-2024`, `16.01.2024`, `16/1/2024`, and day/month with the year after a space (`den 10/3 2025`, as Danish hands
 * and many templates write it): the space only after a slash-written day and month, so `1.2 2024` stays no date.
 */
export const NUMERIC_DATE_SOURCE = String.raw`(\d{1,2})[-./](\d{1,2})(?:[-./]|(?<=\/\d{1,2})[ \u00a0])(\d{4})`;
/**
 * Every shape ends in a four-digit year: a text without four digits in a row holds no date. A cheap test before
 * the date patterns (most lines hold no date; the patterns, unanchored and case-insensitive, try every position).
 */
/**
 * A date and time as a web page renders them in the US culture (Vesthimmerland's agenda pages, `Mødedato: 9/11/2019
 * 3:00:00 PM`): the month before the day, a twelve-hour clock with `AM`/`PM`. Only with that clock after it is a slashed
 * date read month first. Groups: month, day, year.
 */
export const US_DATE_BEFORE_CLOCK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ \u00a0]+\d{1,2}:\d{2}(?::\d{2})?[ \u00a0]*[AP]M(?![\p{L}])/u;

/** The twelve-hour clock's `AM`/`PM` after a time (`3:00:00 PM`): `PM` adds twelve hours, `12:30 AM` is `00:30`. */
export const TWELVE_HOUR_MARK = /^(?::\d{2})?[ \u00a0]*([AP]M)(?![\p{L}])/u;

export const YEAR_DIGITS = /\d{4}/;
/**
 * A line that ends in a day and a month without the year (`... den 14. november`), where a wrap (or a word hyphenated
 * across the line end) left the year on the next line: `YEAR_STARTS_LINE` there.
 */
export const DATE_CUT_BEFORE_YEAR = new RegExp(String.raw`(?<!\d)\d{1,2}\.?\s*(?:${MONTH_NAMES})\.?,?$`, 'iu');
export const YEAR_STARTS_LINE = /^(?:19|20)\d{2}(?!\d)/u;
/**
 * A date cut after its day, the day left alone as a list number would be (`Dato:` / `20.` / `juni 2019`: a rendering
 * that sets each numbered block on its own line): `DAY_ALONE` over `MONTH_AND_YEAR_START`.
 */
export const DAY_ALONE = /^\d{1,2}\.$/u;
export const MONTH_AND_YEAR_START = new RegExp(String.raw`^(?:${MONTH_NAMES})\.?\s+(?:19|20)\d{2}(?!\d)`, 'iu');

/** Either shape, without capture groups of its own (for embedding). */
export const DATE_SOURCE = String.raw`(?:\d{1,2}(?:\.?\s*|-)(?:${MONTH_NAMES})(?:\.?,?\s+|-)\d{4}|\d{1,2}[-./]\d{1,2}(?:[-./]|(?<=\/\d{1,2})[ \u00a0])\d{4})`;

/**
 * A date with a two-digit year where a treatment is dated (old protocols): after `den`/`d.` (`den 20.02.96, pkt. 9`) or
 * ending a block heading before its colon (`Havneudvalget 27.02.96:`); day, month and year captured, what stands before
 * it asked apart (`BEFORE_TWO_DIGIT_YEAR_DATE`). Not after a digit or a dot; a KLE number (`20.11.00-Ø54`, `00.01.00A00`)
 * is followed by neither a colon nor `, pkt`.
 */
export const TWO_DIGIT_YEAR_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?=\s*:\s*$|,\s*(?:pkt|punkt)|\s+(?:og|hvor)\s)/gmu;
/** What stands before such a date: `den`/`d.`, or a word (a body's name) and one space. */
export const BEFORE_TWO_DIGIT_YEAR_DATE = /(?:(?<![\p{L}])(?:den|d\.)\s+|\p{L}\s)$/u;

/**
 * A date after its weekday (`Onsdag den 15-maj-2002`): the meeting's own date wherever the head puts it. The word
 * start is `(?<!\w)`, as `\b` before a letter, without V8's slow `\b` in an `iu` pattern.
 */
export const WEEKDAY_DATE = new RegExp(String.raw`(?<!\w)(?:man|tirs|ons|tors|fre|lør|søn)dag\s+(?:den\s+|d\.\s*)?(?=\d)`, 'iu');

/** Clock times: `kl. 16.30`, `Kl. 8:00`, `16:00:00` after a date, `- 16:00`. */
export const CLOCK_AFTER_KL = /\bkl\.?\s*(\d{1,2})[.:](\d{2})\b/iu;
export const CLOCK_BARE = /(?:^|[\s,-])(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/u;

// Head date forms read only where a head names no date of the shapes above (`unusual-head-dates.ts`): rarer, and some
// too like other numbers to be looked for everywhere.

/** ISO `2025-03-11`, as exports and file names write it (not inside a longer run of digits or hyphens). */
export const ISO_DATE = /(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])/u;

/**
 * A two-digit year, `d. 11.3.25`, `den 11-03-25`, `Dato: 11/3-25`: only after `d.`, `den`, a weekday or a label's colon,
 * or opening the line (a KLE number, `15.00.05`, stands in no such place).
 */
export const HEAD_TWO_DIGIT_YEAR_DATE = /(?:^|(?<![\p{L}])(?:d\.|den|dag)\s*|:\s*)(\d{1,2})[-./](\d{1,2})[-./](\d{2})(?![\d./-])/iu;

/** The weekdays in `Date.getUTCDay()` order, as the stem a day's name starts with. */
export const WEEKDAY_STEMS = ['søn', 'man', 'tirs', 'ons', 'tors', 'fre', 'lør'] as const;

/** A weekday and a day and month without the year: `tirsdag den 11/3`, `Tirsdag d. 11. marts` (the year told by the weekday). */
export const YEARLESS_WEEKDAY_DATE = new RegExp(
  String.raw`(?<![\p{L}])(søn|man|tirs|ons|tors|fre|lør)dag\s+(?:den\s+|d\.\s*)?(\d{1,2})(?:\s*/\s*(\d{1,2})|\.?\s*(${MONTH_NAMES})\.?)(?![\d\p{L}/])`,
  'iu',
);

/** A year a text names: the candidates for a date printed without its own. */
export const NAMED_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/**
 * A head's date field whose date a PDF transcript lost, its weekday kept (`Mødedato: Mandag den`: the value was printed
 * apart and dropped). Its weekday picks the year of a date stated elsewhere without one.
 */
export const WEEKDAY_OF_LOST_DATE = /(?<![\p{L}])(?:Mødedato|Dato)\s*:\s*(søn|man|tirs|ons|tors|fre|lør)dag\s+den\s*$/iu;
/**
 * The agenda-approval item's title that dates the meeting it opens: `Godkendelse af dagsorden for mødet den 9. september`
 * (the year may be printed, `den 19. maj 2020`). Looked for only in a text that holds `AGENDA_FOR_MEETING_KEY`.
 */
export const AGENDA_FOR_MEETING_ON = new RegExp(String.raw`(?<![\p{L}])dagsorden(?:en)?\s+for\s+mødet\s+den\s+(\d{1,2})\.?\s*(${MONTH_NAMES})(?:\.?\s+(\d{4}))?(?![\d\p{L}])`, 'iu');
export const AGENDA_FOR_MEETING_KEY = 'for mødet den';

/** A word that a reflow kept its hyphen in, on one line (`nove- mber`): its two parts. */
export const KEPT_REFLOW_HYPHEN = /(\p{L}{2,})- (\p{Ll}{2,})/gu;
