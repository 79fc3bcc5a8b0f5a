import type { CommandMeta } from '../command.js';

export interface CorrectFactInput {
  /** The stream's subject: exactly one of caseId and meetingId. */
  caseId?: string;
  meetingId?: string;
  /** The event that recorded the fact. */
  targetEventId: string;
  action: 'retract' | 'correct';
  /** Why: shown in the audit trail. */
  reason: string;
  /** For `correct`: the data fields that replace the target's. */
  changes?: Record<string, unknown>;
}

/** An administrator's correction or retraction of a recorded fact, by a new event that says why. */
export class CorrectFact {
  static readonly type = 'CorrectFact';
  constructor(
    readonly input: CorrectFactInput,
    readonly meta: CommandMeta,
  ) {}
}
