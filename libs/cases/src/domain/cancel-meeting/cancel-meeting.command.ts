import type { CommandMeta, MeetingRef } from '../command.js';

export interface CancelMeetingInput {
  meeting: MeetingRef;
  /** e.g. `Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.` */
  reason: string;
}

export class CancelMeeting {
  static readonly type = 'CancelMeeting';
  constructor(
    readonly input: CancelMeetingInput,
    readonly meta: CommandMeta,
  ) {}
}
