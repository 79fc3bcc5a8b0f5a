import { CaseNumber } from './case-number.js';
import { InvalidInput } from './errors.js';
import { LIMITS } from './limits.js';
import type { MeetingId } from './meeting-id.js';

/**
 * A case id is the normalised journal number, or, for items in old minutes that carry none, a
 * provisional id `P-<meetingId>-<itemNumber>`: stable, so re-importing the same minutes finds the
 * same case, and later linkable to the real number (LinkProvisionalCase).
 */
export type CaseId = string;

const PROVISIONAL = /^P-[a-z0-9][a-z0-9-]*-\d+$/;

export function provisionalCaseId(meetingId: MeetingId, itemNumber: number): CaseId {
  return `P-${meetingId}-${itemNumber}`;
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
