import type { CommandMeta, MeetingRef } from '../command.js';
import type { Attendance } from '../events.js';

export interface ParticipantInput {
  name: string;
  attendance: Attendance;
  party?: string;
  role?: string;
  /** Present for part of the meeting only, as written (`forlod mødet kl. 16.30`). */
  partialPresence?: string;
}

export interface RecordAttendanceInput {
  meeting: MeetingRef;
  participants: ParticipantInput[];
  /** For attendance of one item only (per-item `Afbud` lines). */
  itemNumber?: number;
}

export class RecordAttendance {
  static readonly type = 'RecordAttendance';
  constructor(
    readonly input: RecordAttendanceInput,
    readonly meta: CommandMeta,
  ) {}
}
