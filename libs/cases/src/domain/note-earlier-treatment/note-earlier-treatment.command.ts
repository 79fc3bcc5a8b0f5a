import type { CommandMeta } from '../command.js';
import type { EarlierTreatmentSource } from '../events.js';

export interface NoteEarlierTreatmentInput {
  caseId: string;
  /** The body named in the reference, as written. */
  body: string;
  /** YYYY-MM-DD */
  date: string;
  itemNumber?: number;
  foundIn: EarlierTreatmentSource;
  /** The meeting whose minutes carry the reference. */
  notedAt?: string;
  /** That meeting's outcome, when the reference shows its decision (one of OUTCOME_CODES). */
  outcome?: string;
  /** The item was postponed at that meeting. */
  postponed?: boolean;
}

export class NoteEarlierTreatment {
  static readonly type = 'NoteEarlierTreatment';
  constructor(
    readonly input: NoteEarlierTreatmentInput,
    readonly meta: CommandMeta,
  ) {}
}
