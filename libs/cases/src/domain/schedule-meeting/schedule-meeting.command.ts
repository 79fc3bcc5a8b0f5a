import type { CommandMeta } from '../command.js';

export interface ScheduleMeetingInput {
  /** Optional: derived from body and date when absent. */
  meetingId?: string;
  /** The body's name as written, e.g. `Erhvervs-, Beskæftigelses- og Uddannelsesudvalget`. */
  body: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  startTime?: string;
  place?: string;
}

export class ScheduleMeeting {
  static readonly type = 'ScheduleMeeting';
  constructor(
    readonly input: ScheduleMeetingInput,
    readonly meta: CommandMeta,
  ) {}
}
