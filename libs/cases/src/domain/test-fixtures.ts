import type { CaseState } from './case-state.js';
import { foldCase } from './case-state.js';
import type { CommandMeta } from './command.js';
import type { CaseEvent, MeetingEvent, Stored, StreamEvents } from './events.js';
import { foldMeeting, type MeetingState } from './meeting-state.js';

/** Shared given/when/then fixtures for the domain's unit tests (pure, no Nest, no database). */

export const EBU = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
export const KB = 'Kommunalbestyrelsen';
export const NYTTE = '15.00.05-A00-1-19';

export const meta = (idempotencyKey = 'key-1'): CommandMeta => ({ idempotencyKey, actor: 'test' });

/** The events a decision writes to one stream. */
export function eventsIn(decision: StreamEvents[], streamId: string) {
  return decision.find((w) => w.streamId === streamId)?.events ?? [];
}

/**
 * The streams of a scenario, held in memory: `then` folds a decision's events into them so the
 * next `when` decides over the new state. Pure: no store, no Nest.
 */
export class Scenario {
  readonly streams = new Map<string, Stored[]>();
  private next = 0;

  caseState(caseId: string): CaseState {
    return foldCase((this.streams.get(`case-${caseId}`) ?? []) as Stored<CaseEvent>[]);
  }

  meetingState(meetingId: string): MeetingState {
    return foldMeeting((this.streams.get(`meeting-${meetingId}`) ?? []) as Stored<MeetingEvent>[]);
  }

  /** Records a decision's events; returns the ids given to them, in order. */
  then(decision: StreamEvents[]): string[] {
    const ids: string[] = [];
    for (const { streamId, events } of decision) {
      const stream = this.streams.get(streamId) ?? [];
      for (const e of events) {
        const eventId = `e-${++this.next}`;
        ids.push(eventId);
        stream.push({ ...e, eventId } as Stored);
      }
      this.streams.set(streamId, stream);
    }
    return ids;
  }

  types(streamId: string): string[] {
    return (this.streams.get(streamId) ?? []).map((e) => e.type);
  }
}
