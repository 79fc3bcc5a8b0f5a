import { isProvisionalCaseId } from '../case-id.js';
import { CaseNumber } from '../case-number.js';
import { hasHistory, linkedTo, type CaseState } from '../case-state.js';
import { streams, writes } from '../command.js';
import { CaseNotFound, InvalidInput, ProvisionalCaseAlreadyLinked } from '../errors.js';
import { event, type ProvisionalCaseLinked, type StreamEvents } from '../events.js';
import type { LinkProvisionalCase } from './link-provisional-case.command.js';

/**
 * Links a provisional case to its real journal number. The link is written to both streams: the
 * real case then reads the provisional history as its own, and commands naming the provisional id
 * are redirected to the real case. A provisional case links once; linking again is a no-op.
 */
export function decideLinkProvisionalCase(
  command: LinkProvisionalCase,
  state: { provisional: CaseState },
): StreamEvents[] {
  const provisionalId = String(command.input.provisionalId ?? '').trim();
  if (!isProvisionalCaseId(provisionalId)) throw new InvalidInput('provisionalId', `"${command.input.provisionalId}" is not a provisional case id (P-<meetingId>-<itemNumber>)`);
  const caseId = CaseNumber.parse(command.input.caseNumber, 'caseNumber').value;
  if (!hasHistory(state.provisional)) throw new CaseNotFound(provisionalId);
  const existing = linkedTo(state.provisional, provisionalId);
  if (existing === caseId) return [];
  if (existing) throw new ProvisionalCaseAlreadyLinked(provisionalId, existing);
  const linked = event<ProvisionalCaseLinked>('ProvisionalCaseLinked', { provisionalId, caseId });
  return writes([streams.case(caseId), [linked]], [streams.case(provisionalId), [linked]]);
}
