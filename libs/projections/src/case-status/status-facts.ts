/**
 * The data fields of a case's facts that its status is computed from: what caseStatus, the fold's
 * corrections, the links, the printed journal number and the bodies read. A fact is kept with these
 * only, so a case's facts stay small however long the minutes' texts (summaries, recommendations,
 * decision texts) are. A status that comes to read another field must add it here (and rebuild).
 */
export const CASE_STATUS_FIELDS = [
  'caseId',
  'printedCaseNumber',
  'provisionalId',
  'meetingId',
  'body',
  'meetingDate',
  'itemNumber',
  'title',
  'closed',
  'decidingBody',
  'outcome',
  'toBody',
  'targetEventId',
  'targetType',
  'action',
  'changes',
] as const;

/** The fields of an event's data that case status reads. */
export function statusFields(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null) return {};
  const source = data as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const field of CASE_STATUS_FIELDS) if (source[field] !== undefined) kept[field] = source[field];
  return kept;
}
