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
 * Applies the events behind a savepoint; if that fails, rolls them back and answers the error. A
 * lost connection is not an event's fault: the rollback then fails too, and that error is thrown.
 */
async function attempt(client: pg.ClientBase, projection: Projection, events: RecordedEvent[], table: TableName): Promise<{ error: unknown } | undefined> {
  await client.query('SAVEPOINT projection_apply');
  try {
    await projection.apply(events, client, table);
    await client.query('RELEASE SAVEPOINT projection_apply');
    return undefined;
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT projection_apply');
    await client.query('RELEASE SAVEPOINT projection_apply');
    return { error };
  }
}

/**
 * Applies a batch inside the caller's transaction; if the batch fails, finds the first event that
 * fails by halves, keeping the events before it: a first half that applies stays applied and the
 * search goes on in the second, a first half that fails is halved again. A batch of n events costs
 * about log2(n) tries instead of n. An event that applies alone although the events around it
 * failed together is kept, and the rest of the batch is tried again after it.
 */
export async function applyGuarded(client: pg.ClientBase, projection: Projection, events: RecordedEvent[], table: TableName): Promise<GuardedOutcome> {
  let applied = 0;
  while (applied < events.length) {
    let candidate = events.slice(applied);
    const whole = await attempt(client, projection, candidate, table);
    if (whole === undefined) return { applied: events.length };
    let alone = candidate.length === 1 ? whole : undefined;
    while (candidate.length > 1) {
      const first = candidate.slice(0, candidate.length >> 1);
      const failed = await attempt(client, projection, first, table);
      if (failed === undefined) {
        applied += first.length;
        candidate = candidate.slice(first.length);
        alone = undefined;
      } else {
        candidate = first;
        alone = first.length === 1 ? failed : undefined;
      }
    }
    const event = candidate[0]!;
    alone ??= await attempt(client, projection, [event], table);
    if (alone !== undefined) return { applied, failure: { event, error: alone.error } };
    applied += 1;
  }
  return { applied };
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
