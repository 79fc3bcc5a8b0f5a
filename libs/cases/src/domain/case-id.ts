import { CaseNumber } from './case-number.js';
import { InvalidInput } from './errors.js';
import { LIMITS } from './limits.js';
import type { MeetingId } from './meeting-id.js';

/**
 * A case id is the normalised journal number, or, for items in old minutes that carry none, a
 * provisional id `P-<meetingId>-<itemNumber>` (`P-<meetingId>-pos-<place>` for an item without a number): stable, so re-importing the same minutes finds the
 * same case, and later linkable to the real number (LinkProvisionalCase).
 */
export type CaseId = string;

const PROVISIONAL = /^P-[a-z0-9][a-z0-9-]*-\d+$/;

export function provisionalCaseId(meetingId: MeetingId, itemNumber: number): CaseId {
  return `P-${meetingId}-${itemNumber}`;
}

/**
 * The provisional id of an item printed with neither a number nor a journal number (a title-only
 * agenda): `P-<meetingId>-pos-<place>`, by its place on the agenda. No meeting id ends in `-pos`
 * (they end in a date), so it cannot be read as another meeting's numbered item.
 */
export function provisionalCaseIdAt(meetingId: MeetingId, agendaPosition: number): CaseId {
  return `P-${meetingId}-pos-${agendaPosition}`;
}

export function isProvisionalCaseId(id: string): boolean {
  return id.length <= LIMITS.caseId && PROVISIONAL.test(id);
}

/** Accepts a journal number (normalised) or a provisional id; anything else is rejected. */
export function parseCaseId(raw: string, field = 'caseId'): CaseId {
  const text = String(raw ?? '').trim();
  if (text.startsWith('P-')) {
    if (!isProvisionalCaseId(text)) throw new InvalidInput(field, `"${text.slice(0, 100)}" is not a provisional case id; expected P-<meetingId>-<itemNumber>`);
    return text;
  }
  return CaseNumber.parse(text, field).value;
}

export const caseStreamId = (caseId: CaseId): string => `case-${caseId}`;
