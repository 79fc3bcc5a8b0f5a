import { optionalItemNumber, requireText } from '../calendar.js';
import { streams, writes } from '../command.js';
import { EventNotFound, FactNotCorrectable, InvalidInput } from '../errors.js';
import { event, type CorrectableType, type DomainEvent, type FactCorrected, type FactCorrectedData, type StreamEvents } from '../events.js';
import type { FactLog } from '../fact-log.js';
import { OUTCOME_CODES } from '../outcome.js';
import type { CorrectFact } from './correct-fact.command.js';

/** Identity fields place a fact in the history; changing them is a retraction plus a new fact. */
const IDENTITY = new Set(['caseId', 'meetingId', 'body', 'meetingDate', 'provisional', 'closed']);

export type CorrectionSubject = { kind: 'case'; caseId: string } | { kind: 'meeting'; meetingId: string };

/**
 * Corrects or retracts a recorded fact. The target stays in the store; the new FactCorrected
 * event names it and says why, and evolve applies it. A fact is retracted once; corrections and
 * links are final.
 */
export function decideCorrectFact(command: CorrectFact, state: { subject: CorrectionSubject; log: FactLog<DomainEvent> }): StreamEvents[] {
  const { input } = command;
  const reason = requireText(input.reason, 'reason');
  if (input.action !== 'retract' && input.action !== 'correct') throw new InvalidInput('action', `"${input.action}" is not one of retract, correct`);
  const targetEventId = requireText(input.targetEventId, 'targetEventId', 100);
  const streamId = state.subject.kind === 'case' ? streams.case(state.subject.caseId) : streams.meeting(state.subject.meetingId);

  const targetType = state.log.seen.get(targetEventId);
  if (!targetType) throw new EventNotFound(targetEventId, streamId);
  if (targetType === 'FactCorrected' || targetType === 'ProvisionalCaseLinked') throw new FactNotCorrectable(targetEventId, `a ${targetType} is final`);
  if (state.log.retracted.has(targetEventId)) throw new FactNotCorrectable(targetEventId, 'it is already retracted');

  const changes = input.action === 'correct' ? validChanges(input.changes) : undefined;
  const data: FactCorrectedData = {
    subject: state.subject.kind === 'case' ? { caseId: state.subject.caseId } : { meetingId: state.subject.meetingId },
    targetEventId,
    targetType: targetType as CorrectableType,
    action: input.action === 'retract' ? 'retracted' : 'corrected',
    reason,
    ...(changes ? { changes } : {}),
  };
  return writes([streamId, [event<FactCorrected>('FactCorrected', data)]]);
}

function validChanges(changes: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!changes || typeof changes !== 'object' || Object.keys(changes).length === 0) throw new InvalidInput('changes', 'a correction must say what changes');
  for (const [key, value] of Object.entries(changes)) {
    if (IDENTITY.has(key)) throw new InvalidInput(`changes.${key}`, 'identifies the fact and cannot be corrected; retract it and record the fact anew');
    if (key === 'outcome' && !(OUTCOME_CODES as unknown[]).includes(value)) throw new InvalidInput('changes.outcome', `"${String(value)}" is not one of ${OUTCOME_CODES.join(', ')}`);
    if (key === 'itemNumber') optionalItemNumber(value as number, 'changes.itemNumber');
  }
  return { ...changes };
}
