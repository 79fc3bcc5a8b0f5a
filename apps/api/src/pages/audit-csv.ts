import type { AuditEntryView } from '#projections';

const HEADER = ['sagsnummer', 'udvalg', 'møde', 'mødedato', 'punkt', 'art', 'udfald', 'registreret', 'registreret_af', 'kilde', 'position', 'hændelse'];

/**
 * One RFC 4180 field. A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe: the rows carry text from minutes and callers.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: unknown[]): string => `${values.map(csvField).join(',')}\r\n`;

export const auditCsvHeader = (): string => `\uFEFF${csvLine(HEADER)}`;

export const auditCsvRow = (r: AuditEntryView): string =>
  csvLine([r.caseNumber, r.body, r.meetingId, r.meetingDate, r.itemNumber, r.kind, r.outcome, r.recordedAt, r.actor, r.source, r.position, r.eventId]);
