import type { AgendaItemInput, CommandMeta, MeetingRef } from '../command.js';
import type { VoteLinesInput } from '../vote-lines.js';

/** Vote lines and reservations (`VoteLinesInput`): a body may vote to postpone, and a member reserve on it. */
export interface PostponeItemInput extends VoteLinesInput {
  caseId: string;
  meeting: MeetingRef;
  /** e.g. `Udsættes.`; defaults to the meeting's cancellation reason when it was cancelled. */
  reason?: string;
  /** Brings the agenda entry along when the case is not yet known on that meeting's agenda. */
  agendaItem?: AgendaItemInput;
  /** Which of the case's items at the meeting, when it stands on several (default: its open one). */
  itemNumber?: number;
}

export class PostponeItem {
  static readonly type = 'PostponeItem';
  constructor(
    readonly input: PostponeItemInput,
    readonly meta: CommandMeta,
  ) {}
}
