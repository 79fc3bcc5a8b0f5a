import type { AgendaItemInput, CommandMeta, MeetingRef } from '../command.js';
import type { Outcome } from '../outcome.js';
import type { VoteLinesInput } from '../vote-lines.js';

export interface PointOutcomeInput {
  point: number;
  outcome: Outcome;
  text: string;
}

/** Vote lines and reservations (`VoteLinesInput`) are kept with the decision. */
export interface RecordDecisionInput extends VoteLinesInput {
  caseId: string;
  meeting: MeetingRef;
  outcome: Outcome;
  /** The Beslutning text exactly as written; kept verbatim. */
  decisionText: string;
  /** e.g. the text after `Taget til efterretning med disse bemærkninger:`. */
  remarks?: string;
  /** One outcome per recommendation point, when the minutes give them. */
  pointOutcomes?: PointOutcomeInput[];
  /** The body a `recommended` case goes on to; defaults to the item's `Beslutningen træffes af`. */
  decidingBody?: string;
  /**
   * The source recommends the case on without naming the body (`Anbefales.`, no `Beslutningen træffes af`):
   * the decision is recorded and the referral waits for a fact that names the body. Without it, a
   * recommendation to no known body is refused, so that a caller who can name the body does.
   */
  recipientUnstated?: boolean;
  /** Brings the agenda entry along when the case is not yet known on that meeting's agenda. */
  agendaItem?: AgendaItemInput;
  /** Which of the case's items at the meeting, when it stands on several (default: its open one). */
  itemNumber?: number;
}

export class RecordDecision {
  static readonly type = 'RecordDecision';
  constructor(
    readonly input: RecordDecisionInput,
    readonly meta: CommandMeta,
  ) {}
}
