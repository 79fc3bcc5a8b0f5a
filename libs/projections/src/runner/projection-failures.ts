import type pg from 'pg';
import { type RecordedEvent, splitStreamId } from '#event-store';
import { errorMessage } from './guarded-apply.js';

type Queryable = Pick<pg.ClientBase, 'query'>;

/** An event a projection could not apply: it stops there and retries with backoff until fixed or parked. */
export interface ProjectionFailure {
  projection: string;
  position: string;
  eventId: string;
  eventType: string;
  municipality: string;
  /** Within its municipality, as the API names streams: `case-<caseNumber>`, `meeting-<meetingId>`. */
  streamId: string;
  error: string;
  attempts: number;
  firstSeen: string;
  lastSeen: string;
}

export interface ParkedEvent {
  projection: string;
  position: string;
  eventId: string;
  eventType: string;
  error: string | null;
  parkedBy: string;
  reason: string;
  parkedAt: string;
  replayedBy: string | null;
  replayedAt: string | null;
}

/** Which events of a batch are parked (skipped) and which have a failure on record. */
export async function batchMarks(db: Queryable, projection: string, events: RecordedEvent[]): Promise<{ parked: Set<string>; failed: Set<string> }> {
  const positions = events.map((e) => e.globalPosition.toString());
  const { rows } = await db.query(
    `SELECT global_position::text AS position, 'parked' AS mark FROM proj_parked_events
      WHERE projection = $1 AND replayed_at IS NULL AND global_position = ANY($2::bigint[])
     UNION ALL
     SELECT global_position::text, 'failed' FROM proj_projection_failures WHERE projection = $1 AND global_position = ANY($2::bigint[])`,
    [projection, positions],
  );
  const marks = { parked: new Set<string>(), failed: new Set<string>() };
  for (const row of rows) marks[row.mark as 'parked' | 'failed'].add(row.position);
  return marks;
}

/** Positions of the projection's parked events that are not replayed. */
export async function parkedPositions(db: Queryable, projection: string): Promise<Set<string>> {
  const { rows } = await db.query(`SELECT global_position::text AS position FROM proj_parked_events WHERE projection = $1 AND replayed_at IS NULL`, [projection]);
  return new Set(rows.map((r) => r.position as string));
}

/** Records (or counts again) a failure; answers how many attempts have failed on that event. */
export async function recordFailure(db: Queryable, projection: string, event: RecordedEvent, error: unknown): Promise<number> {
  const { rows } = await db.query(
    `INSERT INTO proj_projection_failures (projection, global_position, event_id, event_type, stream_id, error)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (projection, global_position) DO UPDATE SET error = excluded.error,
       attempts = proj_projection_failures.attempts + 1, last_seen = now()
     RETURNING attempts`,
    [projection, event.globalPosition.toString(), event.eventId, event.type, event.streamId, errorMessage(error)],
  );
  return rows[0].attempts as number;
}

export async function clearFailures(db: Queryable, projection: string, positions?: Iterable<string>): Promise<void> {
  if (positions === undefined) await db.query(`DELETE FROM proj_projection_failures WHERE projection = $1`, [projection]);
  else await db.query(`DELETE FROM proj_projection_failures WHERE projection = $1 AND global_position = ANY($2::bigint[])`, [projection, [...positions]]);
}

export async function openFailures(db: Queryable): Promise<ProjectionFailure[]> {
  const { rows } = await db.query(
    `SELECT projection, global_position::text AS position, event_id, event_type, stream_id, error, attempts, first_seen, last_seen
       FROM proj_projection_failures ORDER BY projection, global_position`,
  );
  return rows.map((r) => ({
    projection: r.projection,
    position: r.position,
    eventId: r.event_id,
    eventType: r.event_type,
    municipality: splitStreamId(r.stream_id).municipality,
    streamId: splitStreamId(r.stream_id).stream,
    error: r.error,
    attempts: r.attempts,
    firstSeen: (r.first_seen as Date).toISOString(),
    lastSeen: (r.last_seen as Date).toISOString(),
  }));
}

const PARKED_COLUMNS = `projection, global_position::text AS position, event_id, event_type, error, parked_by, reason, parked_at, replayed_by, replayed_at`;

function toParked(r: any): ParkedEvent {
  return {
    projection: r.projection,
    position: r.position,
    eventId: r.event_id,
    eventType: r.event_type,
    error: r.error,
    parkedBy: r.parked_by,
    reason: r.reason,
    parkedAt: (r.parked_at as Date).toISOString(),
    replayedBy: r.replayed_by,
    replayedAt: r.replayed_at ? (r.replayed_at as Date).toISOString() : null,
  };
}

export async function listParked(db: Queryable, projection?: string): Promise<ParkedEvent[]> {
  const { rows } = await db.query(
    `SELECT ${PARKED_COLUMNS} FROM proj_parked_events WHERE ($1::text IS NULL OR projection = $1) ORDER BY parked_at, id`,
    [projection ?? null],
  );
  return rows.map(toParked);
}

/** Only an event the projection is failing on can be parked: one it has applied cannot be unapplied. */
export class NotFailing extends Error {
  constructor(
    readonly projection: string,
    readonly position: string | undefined,
  ) {
    super(
      position === undefined
        ? `projection ${projection} is not failing on any event`
        : `projection ${projection} is not failing on event ${position}; only the event it is stuck at can be parked`,
    );
    this.name = 'NotFailing';
  }
}

/**
 * Parks the event the projection is failing on (the one at `position`, or its only failure): the
 * projection skips it from now on, the failure is closed, and who did it and why are kept.
 */
export async function parkEvent(db: Queryable, park: { projection: string; position?: string; by: string; reason: string }): Promise<ParkedEvent> {
  const { rows } = await db.query(
    `WITH failure AS (
       DELETE FROM proj_projection_failures
        WHERE projection = $1
          AND CASE WHEN $2::bigint IS NULL THEN (SELECT count(*) FROM proj_projection_failures WHERE projection = $1) = 1
                   ELSE global_position = $2::bigint END
       RETURNING *)
     INSERT INTO proj_parked_events (projection, global_position, event_id, event_type, error, parked_by, reason)
     SELECT projection, global_position, event_id, event_type, error, $3, $4 FROM failure
     ON CONFLICT (projection, global_position) WHERE replayed_at IS NULL DO NOTHING
     RETURNING ${PARKED_COLUMNS}`,
    [park.projection, park.position ?? null, park.by, park.reason],
  );
  if (!rows[0]) throw new NotFailing(park.projection, park.position);
  return toParked(rows[0]);
}

/** Marks the named parked events replayed (inside the rebuild that applied them). */
export async function markReplayed(db: Queryable, projection: string, positions: Iterable<string>, by: string): Promise<ParkedEvent[]> {
  const { rows } = await db.query(
    `UPDATE proj_parked_events SET replayed_by = $3, replayed_at = now()
      WHERE projection = $1 AND replayed_at IS NULL AND global_position = ANY($2::bigint[])
     RETURNING ${PARKED_COLUMNS}`,
    [projection, [...positions], by],
  );
  return rows.map(toParked);
}
