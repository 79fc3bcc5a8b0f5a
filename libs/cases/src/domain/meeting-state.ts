import type { IsoDate } from './calendar.js';
import type { CaseId } from './case-id.js';
import type {
  AgendaItemAddedData,
  MeetingCancelledData,
  MeetingEvent,
  MeetingFacts,
  Participant,
  Stored,
} from './events.js';
import { emptyLog, factsOfType, foldFact, type FactLog } from './fact-log.js';

export type MeetingState = FactLog<MeetingEvent>;

export const initialMeetingState = (): MeetingState => emptyLog<MeetingEvent>();

/** evolve for the meeting stream: pure, never reads the time. */
export const evolveMeeting = (state: MeetingState, event: Stored<MeetingEvent>): MeetingState => foldFact(state, event);

export function foldMeeting(events: readonly Stored<MeetingEvent>[]): MeetingState {
  return events.reduce(evolveMeeting, initialMeetingState());
}

export interface MeetingInfo extends MeetingFacts {
  startTime?: string;
  place?: string;
}

/** The meeting's identity and details, or undefined when the meeting is not recorded. */
export function meetingInfo(state: MeetingState): MeetingInfo | undefined {
  const scheduled = factsOfType(state, 'MeetingScheduled');
  if (scheduled.length === 0) return undefined;
  const first = scheduled[0]!.data;
  const info: MeetingInfo = { meetingId: first.meetingId, body: first.body, meetingDate: first.meetingDate };
  // Later details fill in what an implied record left out.
  for (const { data } of scheduled) {
    if (data.startTime) info.startTime = data.startTime;
    if (data.place) info.place = data.place;
  }
  return info;
}

export function cancellation(state: MeetingState): MeetingCancelledData | undefined {
  return factsOfType(state, 'MeetingCancelled')[0]?.data;
}

/** The agenda: one entry per item (a case may stand on two), in item-number order (unknown numbers last). */
export function agenda(state: MeetingState): AgendaItemAddedData[] {
  const byItem = new Map<string, AgendaItemAddedData>();
  for (const { data } of factsOfType(state, 'AgendaItemAdded')) {
    const key = `${data.caseId}\u0000${data.itemNumber ?? ''}`;
    const known = byItem.get(key);
    byItem.set(key, known ? { ...known, title: known.title ?? data.title } : data);
  }
  return [...byItem.values()].sort((a, b) => (a.itemNumber ?? Infinity) - (b.itemNumber ?? Infinity));
}

export function isOnMeetingAgenda(state: MeetingState, caseId: CaseId): boolean {
  return factsOfType(state, 'AgendaItemAdded').some((f) => f.data.caseId === caseId);
}

/** Whole-meeting attendance, the latest record per participant winning. */
export function participants(state: MeetingState): Participant[] {
  const byName = new Map<string, Participant>();
  for (const { data } of factsOfType(state, 'AttendanceRecorded')) {
    if (data.itemNumber !== undefined) continue;
    for (const p of data.participants) byName.set(p.name, { ...byName.get(p.name), ...p });
  }
  return [...byName.values()];
}

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';

/** `today` is passed in (from the injected clock): a past meeting that was not cancelled was held. */
export function meetingStatus(state: MeetingState, today: IsoDate): MeetingStatus | undefined {
  const info = meetingInfo(state);
  if (!info) return undefined;
  if (cancellation(state)) return 'cancelled';
  const attended = participants(state).some((p) => p.attendance === 'attended');
  return attended || info.meetingDate < today ? 'held' : 'scheduled';
}

/** Attendance for single items (`Afbud` under an item), by item number, the latest record per participant winning. */
export function itemAttendance(state: MeetingState): Map<number, Participant[]> {
  const byItem = new Map<number, Map<string, Participant>>();
  for (const { data } of factsOfType(state, 'AttendanceRecorded')) {
    if (data.itemNumber === undefined) continue;
    const byName = byItem.get(data.itemNumber) ?? new Map<string, Participant>();
    for (const p of data.participants) byName.set(p.name, { ...byName.get(p.name), ...p });
    byItem.set(data.itemNumber, byName);
  }
  return new Map([...byItem].map(([itemNumber, byName]) => [itemNumber, [...byName.values()]]));
}
