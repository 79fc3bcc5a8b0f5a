import { MONTH_NAMES } from './dates.js';

/** A body's name: capitalised words, a shared-tail enumeration's `Klima- og` within it (`Børne- og Skoleudvalget`). */
const BODY = String.raw`\p{Lu}[\p{L}-]*(?:,?[^\S\n]+(?:og[^\S\n]+)?\p{Lu}[\p{L}-]*){0,5}`;
const DAY_MONTH = String.raw`\d{1,2}\.?\s*(?:${MONTH_NAMES})`;
const DATE_WITH_YEAR = String.raw`${DAY_MONTH}\.?,?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4}`;

/**
 * `På møde i Teknisk Udvalg den 3. marts 2031, punkt 6, ...`: the body, the date and the item of an earlier meeting that
 * treated the case. Only with its item: without one the form tells what was said or shown at a meeting about the field
 * (Ballerup's `På møde i <organ> den <dato> spurgte udvalget til reglerne ...`, `På mødet i <organ> den <dato> blev et
 * samlet overblik præsenteret`), not this case's treatment.
 */
export const AT_MEETING_IN = new RegExp(String.raw`(?<![\p{L}])[Pp]å\s+(?:sit\s+|et\s+)?møde\s+i\s+(?<body>${BODY})\s+(?:den\s+|d\.\s*)?(?<date>${DATE_WITH_YEAR}),?\s+(?:pkt\.?|punkt)\s*(?<item>\d{1,3})`, 'gu');

/**
 * `Følgende byrådsbeslutning af 28. februar 2031 ...`, `Kommunalbestyrelsens beslutning af ...`: the decision of the
 * council (or the committee the compound names) on that date; `kind` is the compound's first part.
 */
export const DECISION_OF_DATE = new RegExp(String.raw`(?<![\p{L}])(?<kind>[Bb]yråds|[Kk]ommunalbestyrelses|[Rr]egionsråds|[Øø]konomiudvalgs)\s*beslutning(?:en)?\s+af\s+(?:den\s+)?(?<date>${DATE_WITH_YEAR})`, 'gu');

/** The body a `<kind>beslutning` is the decision of. */
export const DECISION_KIND_BODY: Readonly<Record<string, string>> = {
  byråds: 'Byrådet',
  kommunalbestyrelses: 'Kommunalbestyrelsen',
  regionsråds: 'Regionsrådet',
  økonomiudvalgs: 'Økonomiudvalget',
};

/**
 * `Foreningsrådet behandlede på deres møde 23. april ansøgningerne ...`: a body's meeting told without its year (the
 * meeting's year, or the year before where that day comes after the meeting's).
 */
export const TREATED_AT_OWN_MEETING = new RegExp(String.raw`(?<![\p{L}])(?<body>${BODY})\s+(?:behandlede|drøftede|godkendte)\s+(?:[\p{L}]+\s+)?på\s+(?:deres|sit|dets|sin)\s+møde\s+(?:den\s+|d\.\s*)?(?<day>\d{1,2})\.?\s*(?<month>${MONTH_NAMES})(?!\.?,?\s+\d{4})`, 'gu');

/** The words `TREATED_AT_OWN_MEETING` needs: a text without any of them is not searched for it. */
export const MAY_TELL_OWN_MEETING: readonly string[] = ['på deres møde ', 'på sit møde ', 'på dets møde ', 'på sin møde '];
