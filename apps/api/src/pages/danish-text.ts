import { OUTCOMES, type Outcome } from '#cases';

/** The Danish words the pages use for the API's codes: one table, so every page says the same. */
export const STATUS_LABELS: Record<string, string> = {
  presented: 'Forelagt',
  postponed: 'Udsat',
  decided: 'Afgjort',
  recommended: 'Indstillet videre',
  withdrawn: 'Trukket tilbage',
};

export const MEETING_STATE_LABELS: Record<string, string> = {
  scheduled: 'Planlagt',
  held: 'Afholdt',
  cancelled: 'Aflyst',
};

export const ATTENDANCE_LABELS: Record<string, string> = {
  attended: 'Deltog',
  apologies: 'Afbud',
  absent: 'Fraværende',
};

export const AUDIT_KIND_LABELS: Record<string, string> = {
  postponed: 'Udsættelse',
  decided: 'Beslutning',
  corrected: 'Rettelse',
};

export const CORRECTION_LABELS: Record<string, string> = {
  retracted: 'Trukket tilbage (rettelse)',
  corrected: 'Rettet',
};

export const outcomeLabel = (outcome: string | null | undefined): string =>
  outcome ? (OUTCOMES[outcome as Outcome] ?? CORRECTION_LABELS[outcome] ?? outcome) : '';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const SHORT_MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

/** `2024-02-06` -> `6. februar 2024`. */
export function danishLongDate(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return '';
  return `${Number(match[3])}. ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** `2024-02` -> `feb. 2024`. */
export function danishMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${SHORT_MONTHS[Number(month) - 1]} ${year}`;
}

const DANISH_TIME = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' });

/** An instant as Danish local time, e.g. `01.06.2024 12.00`. */
export const danishInstant = (iso: string): string => DANISH_TIME.format(new Date(iso));

export const countText = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
