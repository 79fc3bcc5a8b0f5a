import type pg from 'pg';
import type { RecordedEvent } from '#event-store';
import type { Projection, TableName } from './projection.js';

export interface EventFailure {
  event: RecordedEvent;
  error: unknown;
}

export interface GuardedOutcome {
  /** How many of the events (in order) are applied. */
  applied: number;
  /** The first event the projection could not apply; nothing from it is written. */
  failure?: EventFailure;
}

/**
 * Applies a batch inside the caller's transaction; if the batch fails, applies its events one by
 * one (each behind a savepoint) to find the first that fails, keeping those before it. A lost
 * connection is not an event's fault: the savepoint's rollback then fails too, and that error is thrown.
 */
export async function applyGuarded(client: pg.ClientBase, projection: Projection, events: RecordedEvent[], table: TableName): Promise<GuardedOutcome> {
  if (events.length === 0) return { applied: 0 };
  await client.query('SAVEPOINT projection_batch');
  try {
    await projection.apply(events, client, table);
    await client.query('RELEASE SAVEPOINT projection_batch');
    return { applied: events.length };
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT projection_batch');
  }
  for (const [index, event] of events.entries()) {
    await client.query('SAVEPOINT projection_event');
    try {
      await projection.apply([event], client, table);
      await client.query('RELEASE SAVEPOINT projection_event');
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT projection_event');
      return { applied: index, failure: { event, error } };
    }
  }
  return { applied: events.length };
}

const MAX_MESSAGE = 2000;

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

/** A projection could not apply an event: names both, so an admin can park it. */
export class ProjectionEventFailed extends Error {
  constructor(
    readonly projection: string,
    readonly event: RecordedEvent,
    override readonly cause: unknown,
  ) {
    super(`projection ${projection} cannot apply event ${event.globalPosition} (${event.type}, ${event.eventId}): ${errorMessage(cause)}`);
    this.name = 'ProjectionEventFailed';
  }
}
