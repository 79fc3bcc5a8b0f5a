import type pg from 'pg';
import { VersionConflict } from './errors.js';
import {
  type AppendRequest,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type GlobalCheckpoint,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
} from './event-store.port.js';
import { UpcasterRegistry } from './upcaster.registry.js';

type Queryable = Pick<pg.PoolClient, 'query'>;

const UNIQUE_VIOLATION = '23505';

// Text casts keep 64-bit numbers exact; they get their own names so ORDER BY still sorts the numbers.
const COLUMNS = `global_position::text AS global_position_text, transaction_id::text AS transaction_id_text, stream_id, stream_position, event_id, event_type,
  schema_version, data, metadata, recorded_at`;

function describe(expected: ExpectedVersion): string {
  return expected.kind === 'exact' ? `version ${expected.version}` : expected.kind.replace('_', ' ');
}

function modeAndVersion(expected: ExpectedVersion): [string, number] {
  return expected.kind === 'exact' ? ['exact', expected.version] : [expected.kind, -1];
}

export interface PostgresEventStoreOptions {
  /** When an event is recorded; injected so tests control time. */
  now?: () => Date;
  upcasters?: UpcasterRegistry;
}

export class PostgresEventStore implements EventStore {
  private readonly now: () => Date;
  private readonly upcasters: UpcasterRegistry;

  constructor(
    private readonly pool: pg.Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
  }

  async appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion?: ExpectedVersion } = {}): Promise<AppendResult> {
    return this.withDuplicateRetry(() => this.append(this.pool, { streamId, events, expectedVersion: options.expectedVersion }));
  }

  async appendToStreams(requests: AppendRequest[]): Promise<AppendResult[]> {
    return this.withDuplicateRetry(async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const results: AppendResult[] = [];
        for (const request of requests) results.push(await this.append(client, request));
        await client.query('COMMIT');
        return results;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    });
  }

  /** Appends inside a transaction the caller owns (e.g. together with its own writes). */
  async appendWithin(client: Queryable, request: AppendRequest): Promise<AppendResult> {
    return this.append(client, request);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const limit = options.maxCount ?? null;
    const { rows } = backwards
      ? await this.pool.query(
          `SELECT ${COLUMNS} FROM es_events WHERE stream_id = $1 AND ($2::bigint IS NULL OR stream_position <= $2)
            ORDER BY stream_position DESC LIMIT $3`,
          [streamId, options.from ?? null, limit],
        )
      : await this.pool.query(
          `SELECT ${COLUMNS} FROM es_events WHERE stream_id = $1 AND stream_position >= $2
            ORDER BY stream_position ASC LIMIT $3`,
          [streamId, options.from ?? 1, limit],
        );
    return rows.map((row) => this.toRecorded(row));
  }

  async streamVersion(streamId: string): Promise<number> {
    const { rows } = await this.pool.query('SELECT version FROM es_streams WHERE stream_id = $1', [streamId]);
    return rows.length ? Number(rows[0].version) : 0;
  }

  async readAll(after: GlobalCheckpoint, limit = 1000, client: Queryable = this.pool): Promise<RecordedEvent[]> {
    // Only transactions below the snapshot's xmin are finished, so anything that commits later has a
    // higher transaction id and sorts after every event returned here: no event can be skipped.
    const { rows } = await client.query(
      `SELECT ${COLUMNS} FROM es_events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id, global_position
        LIMIT $3`,
      [after.transactionId.toString(), after.globalPosition.toString(), limit],
    );
    return rows.map((row) => this.toRecorded(row));
  }

  /** The (transaction id, position) of an event's global position, to compare with a checkpoint. */
  async checkpointOf(globalPosition: bigint): Promise<GlobalCheckpoint | undefined> {
    const { rows } = await this.pool.query(
      'SELECT transaction_id::text FROM es_events WHERE global_position = $1',
      [globalPosition.toString()],
    );
    return rows.length ? { transactionId: BigInt(rows[0].transaction_id), globalPosition } : undefined;
  }

  private async append(client: Queryable, request: AppendRequest): Promise<AppendResult> {
    const expected = request.expectedVersion ?? { kind: 'any' };
    if (request.events.length === 0) throw new Error(`Nothing to append to ${request.streamId}`);
    const [mode, version] = modeAndVersion(expected);
    const payload = request.events.map((event) => ({
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata ?? {},
    }));
    try {
      const { rows } = await client.query(
        'SELECT outcome, stream_version, last_global_position::text AS last FROM es_append($1, $2, $3, $4, $5)',
        [request.streamId, mode, version, JSON.stringify(payload), this.now()],
      );
      const row = rows[0];
      if (row.outcome === 'conflict') throw new VersionConflict(request.streamId, describe(expected), Number(row.stream_version));
      return {
        outcome: row.outcome,
        nextExpectedVersion: Number(row.stream_version),
        lastGlobalPosition: row.last === null ? undefined : BigInt(row.last),
      };
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      if (pgError.code === UNIQUE_VIOLATION && pgError.constraint === 'es_events_stream_position_key') {
        throw new VersionConflict(request.streamId, describe(expected), await this.streamVersion(request.streamId));
      }
      throw error;
    }
  }

  /**
   * Two writers racing with the same event id: the loser hits the unique key. Retrying once lets it
   * see the winner's row and report a duplicate, as a sequential retry would.
   */
  private async withDuplicateRetry<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      if (pgError.code === UNIQUE_VIOLATION && pgError.constraint === 'es_events_stream_event_id_key') return operation();
      throw error;
    }
  }

  private toRecorded(row: any): RecordedEvent {
    const { schemaVersion, data } = this.upcasters.upcast(row.event_type, row.schema_version, row.data);
    return {
      eventId: row.event_id,
      type: row.event_type,
      schemaVersion,
      data,
      metadata: row.metadata,
      streamId: row.stream_id,
      streamPosition: Number(row.stream_position),
      globalPosition: BigInt(row.global_position_text),
      transactionId: BigInt(row.transaction_id_text),
      recordedAt: row.recorded_at,
    };
  }
}
