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
  START,
} from './event-store.port.js';
import { AppendNotifier } from './append-notifier.js';
import { UpcasterRegistry } from './upcaster.registry.js';
import { joinStreamId, splitStreamId } from './stream-key.js';
import { appendStatement, lastPosition, pushSingleEvent, streamsAppend } from './append-statements.js';
import { type EventReads, narrowedColumns, narrowedEvent } from './narrowed-read.js';

type Queryable = Pick<pg.PoolClient, 'query'>;

const UNIQUE_VIOLATION = '23505';
const POSITION_KEY = 'es_events_stream_position_key';
const MAX_ATTEMPTS = 10;
const ExpectedVersionAny: ExpectedVersion = { kind: 'any' };

function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as { code?: string; constraint?: string };
  return pgError?.code === UNIQUE_VIOLATION && (constraint === undefined || pgError.constraint === constraint);
}

/** The version an exact or no-stream expectation names. */
function expectedNumber(expected: ExpectedVersion): number {
  return expected.kind === 'exact' ? expected.version : 0;
}

/** Whether a stream at `actual` meets the expectation; a taken position that still meets it was a race. */
function holds(expected: ExpectedVersion, actual: number): boolean {
  return expected.kind === 'any' || (expected.kind === 'stream_exists' ? actual > 0 : actual === expectedNumber(expected));
}

/** Exact versions on distinct streams with events each: checkable in one statement. */
function fitsOneStatement(requests: AppendRequest[]): boolean {
  const streams = new Set(requests.map((r) => r.streamId));
  return (
    streams.size === requests.length &&
    requests.every((r) => r.events.length > 0 && (r.expectedVersion?.kind === 'exact' || r.expectedVersion?.kind === 'no_stream'))
  );
}

function maxOf(positions: Map<string, bigint>): bigint | undefined {
  let max: bigint | undefined;
  for (const p of positions.values()) if (max === undefined || p > max) max = p;
  return max;
}

// Text casts keep 64-bit numbers exact; they get their own names so ORDER BY still sorts the numbers.
const BASE_COLUMNS = `global_position::text AS global_position_text, transaction_id::text AS transaction_id_text, municipality, stream_id, stream_position, event_id, event_type,
  schema_version`;
const COLUMNS = `${BASE_COLUMNS}, data, metadata, recorded_at`;

export interface PostgresEventStoreOptions {
  /** When an event is recorded; injected so tests control time. */
  now?: () => Date;
  upcasters?: UpcasterRegistry;
}

export class PostgresEventStore implements EventStore {
  private readonly now: () => Date;
  private readonly upcasters: UpcasterRegistry;
  private readonly notifier: AppendNotifier;

  constructor(
    private readonly pool: pg.Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.notifier = new AppendNotifier(pool);
  }

  async appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion?: ExpectedVersion } = {}): Promise<AppendResult> {
    const [result] = await this.appendInAttempts([{ streamId, events, expectedVersion: options.expectedVersion }]);
    return result!;
  }

  async appendToStreams(requests: AppendRequest[]): Promise<AppendResult[]> {
    return this.appendInAttempts(requests);
  }

  /**
   * Appends inside a transaction the caller owns. A unique violation aborts that transaction, so
   * the caller sees a VersionConflict (or the raw error for a duplicate event id) and must retry.
   */
  async appendWithin(client: Queryable, request: AppendRequest): Promise<AppendResult> {
    try {
      return await this.insert(client, request);
    } catch (error) {
      if (isUniqueViolation(error, POSITION_KEY)) throw await this.conflict(request);
      throw error;
    } finally {
      this.notifier.appended();
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const limit = options.maxCount ?? null;
    const key = splitStreamId(streamId);
    // Named: every command reads its streams, so each connection plans these once.
    const { rows } = backwards
      ? await this.pool.query({
          name: 'es_read_stream_backwards',
          text: `SELECT ${COLUMNS} FROM es_events WHERE municipality = $4 AND stream_id = $1 AND ($2::bigint IS NULL OR stream_position <= $2)
                  ORDER BY stream_position DESC LIMIT $3`,
          values: [key.stream, options.from ?? null, limit, key.municipality],
        })
      : await this.pool.query({
          name: 'es_read_stream',
          text: `SELECT ${COLUMNS} FROM es_events WHERE municipality = $4 AND stream_id = $1 AND stream_position >= $2
                  ORDER BY stream_position ASC LIMIT $3`,
          values: [key.stream, options.from ?? 1, limit, key.municipality],
        });
    return rows.map((row) => this.toRecorded(row));
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((id) => [id, []]));
    if (streamIds.length === 0) return streams;
    const keys = [...streams.keys()].map(splitStreamId);
    const { rows } = await this.pool.query({
      name: 'es_read_streams',
      text: `SELECT ${COLUMNS} FROM es_events
              WHERE (municipality, stream_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
              ORDER BY municipality, stream_id, stream_position`,
      values: [keys.map((k) => k.municipality), keys.map((k) => k.stream)],
    });
    for (const row of rows) {
      const event = this.toRecorded(row);
      streams.get(event.streamId)!.push(event);
    }
    return streams;
  }

  async streamVersion(streamId: string): Promise<number> {
    const key = splitStreamId(streamId);
    const { rows } = await this.pool.query(`SELECT coalesce(${lastPosition('$2', '$1')}, 0) AS version`, [key.stream, key.municipality]);
    return Number(rows[0].version);
  }

  /** `reads`: only what a reader reads of each event (see EventReads); the whole event otherwise. */
  async readAll(after: GlobalCheckpoint, limit = 1000, client: Queryable = this.pool, reads?: EventReads): Promise<RecordedEvent[]> {
    // Only transactions below the snapshot's xmin are finished, so anything that commits later has a
    // higher transaction id and sorts after every event returned here: no event can be skipped.
    const { rows } = await client.query(
      `SELECT ${this.columns(reads)} FROM es_events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id, global_position
        LIMIT $3`,
      [after.transactionId.toString(), after.globalPosition.toString(), limit],
    );
    return this.recorded(rows, reads);
  }

  /** The oldest transaction still running: everything below it is finished and will not change. */
  async snapshotXmin(client: Queryable = this.pool): Promise<bigint> {
    const { rows } = await client.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin');
    return BigInt(rows[0].xmin);
  }

  /**
   * Events of transactions below `belowTransaction`, stream by stream (for bulk rebuilds whose
   * result does not depend on the order across streams). Page with the last event's stream and
   * position.
   */
  async readAllByStream(
    belowTransaction: bigint,
    after: { streamId: string; streamPosition: number } | undefined,
    limit: number,
    client: Queryable = this.pool,
    reads?: EventReads,
  ): Promise<RecordedEvent[]> {
    const afterKey = after ? splitStreamId(after.streamId) : undefined;
    const { rows } = await client.query(
      `SELECT ${this.columns(reads)} FROM es_events
        WHERE transaction_id < $1::xid8 AND ($2::text IS NULL OR (municipality, stream_id, stream_position) > ($5::text, $2::text, $3::bigint))
        ORDER BY municipality, stream_id, stream_position
        LIMIT $4`,
      [belowTransaction.toString(), afterKey?.stream ?? null, after?.streamPosition ?? 0, limit, afterKey?.municipality ?? null],
    );
    return this.recorded(rows, reads);
  }

  /** The columns to select: every one, or a narrowed read's (which takes whole data for event types an upcaster may change). */
  private columns(reads: EventReads | undefined): string {
    return reads ? `${BASE_COLUMNS}, ${narrowedColumns(reads, this.upcasters.types())}` : COLUMNS;
  }

  private recorded(rows: any[], reads: EventReads | undefined): RecordedEvent[] {
    return reads ? rows.map((row) => narrowedEvent(row, reads, this.toRecorded(row))) : rows.map((row) => this.toRecorded(row));
  }

  /** The checkpoint of the last event committed so far in global order; START when there is none. */
  async headCheckpoint(): Promise<GlobalCheckpoint> {
    const { rows } = await this.pool.query(
      `SELECT transaction_id::text AS tx, global_position::text AS pos FROM es_events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows.length ? { transactionId: BigInt(rows[0].tx), globalPosition: BigInt(rows[0].pos) } : START;
  }

  /**
   * The checkpoint of the last event a gap-safe reader may see now: below the oldest running
   * transaction, so nothing that commits later sorts before it. START when there is none.
   */
  async visibleHeadCheckpoint(client: Queryable = this.pool): Promise<GlobalCheckpoint> {
    const { rows } = await client.query(
      `SELECT transaction_id::text AS tx, global_position::text AS pos FROM es_events
        WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows.length ? { transactionId: BigInt(rows[0].tx), globalPosition: BigInt(rows[0].pos) } : START;
  }

  /**
   * The checkpoint a reader must reach to have seen the event at `globalPosition`: that event's
   * (transaction id, position), or the last one before it when the position holds none (a gap, or
   * a position not yet written: "everything so far").
   */
  async checkpointOf(globalPosition: bigint): Promise<GlobalCheckpoint | undefined> {
    const { rows } = await this.pool.query(
      `SELECT transaction_id::text AS tx, global_position::text AS pos FROM es_events
        WHERE global_position <= $1 ORDER BY global_position DESC LIMIT 1`,
      [globalPosition.toString()],
    );
    return rows.length ? { transactionId: BigInt(rows[0].tx), globalPosition: BigInt(rows[0].pos) } : undefined;
  }

  /**
   * Optimistic: the insert is tried first, and only a unique violation is examined. Either every
   * event of a request is already stored (a retry: reported as duplicate), or some are (dropped,
   * then retried), or the position was taken: a conflict, or for `any` a race to retry.
   */
  private async appendInAttempts(requests: AppendRequest[]): Promise<AppendResult[]> {
    // Two requests for one stream would each expect the same version and take turns failing.
    const streams = new Set(requests.map((r) => r.streamId));
    if (streams.size !== requests.length) throw new Error(`Bug: a stream appears twice in one append (${requests.map((r) => r.streamId).join(', ')})`);
    let pending = requests.map((request) => ({ ...request, expectedVersion: request.expectedVersion ?? ExpectedVersionAny }));
    const results: Array<AppendResult | undefined> = requests.map(() => undefined);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const open = pending.map((request, index) => ({ request, index })).filter(({ index }) => results[index] === undefined);
      if (open.length === 0) return results as AppendResult[];
      let failed: number | undefined;
      try {
        // One statement is atomic on its own: a transaction only pays off when one statement cannot do.
        if (open.length === 1) {
          failed = open[0]!.index;
          results[failed] = await this.insert(this.pool, open[0]!.request);
        } else if (fitsOneStatement(open.map((o) => o.request))) {
          const written = await this.insertAtOnce(open.map((o) => o.request));
          open.forEach(({ index }, i) => (results[index] = written[i]));
        } else {
          await this.inTransaction(async (client) => {
            const written: Array<[number, AppendResult]> = [];
            for (const { request, index } of open) {
              failed = index;
              written.push([index, await this.insert(client, request)]);
            }
            for (const [index, result] of written) results[index] = result;
          });
        }
        this.notifier.appended();
        return results as AppendResult[];
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Nothing of the failed attempt was written. Find out what the key violation meant.
        const suspects = failed !== undefined ? [failed] : open.map((o) => o.index);
        let retriesStored = false;
        for (const index of suspects) {
          const request = pending[index]!;
          const stored = await this.storedIds(request);
          if (stored.size === request.events.length) {
            results[index] = { outcome: 'duplicate', nextExpectedVersion: await this.streamVersion(request.streamId), lastGlobalPosition: maxOf(stored) };
            retriesStored = true;
          } else if (stored.size > 0) {
            pending = pending.map((r, i) => (i === index ? { ...r, events: r.events.filter((e) => !stored.has(e.eventId)) } : r));
            retriesStored = true;
          }
        }
        if (retriesStored) continue;
        // A position was taken: a conflict, unless the stream only asked to be appended to ('any').
        // Of several streams written at once, the one named is the one whose version moved on.
        for (const index of suspects) {
          const request = pending[index]!;
          if (request.expectedVersion.kind === 'any') continue;
          const actual = await this.streamVersion(request.streamId);
          if (!holds(request.expectedVersion, actual)) throw VersionConflict.of(request.streamId, request.expectedVersion, actual);
        }
      }
    }
    throw new Error(`Could not append to ${pending.map((r) => r.streamId).join(', ')} after ${MAX_ATTEMPTS} attempts`);
  }

  /**
   * Several streams, each at an exact version, in one statement: the versions are checked together
   * before any row is inserted, and a taken position fails the whole statement, so it is as atomic
   * as a transaction at a quarter of the round trips.
   */
  private async insertAtOnce(requests: AppendRequest[]): Promise<AppendResult[]> {
    const streams = requests.map((request) => ({ ...splitStreamId(request.streamId), version: expectedNumber(request.expectedVersion!), events: request.events }));
    const { rows: appended } = await this.pool.query({
      name: 'es_append_streams_exact_json',
      text: streamsAppend,
      values: [this.now(), JSON.stringify(streams)],
    });
    if (appended.length === 0) {
      for (const request of requests) {
        if ((await this.streamVersion(request.streamId)) !== expectedNumber(request.expectedVersion!)) throw await this.conflict(request);
      }
      throw new Error('Bug: the version check failed, yet every stream is at its expected version');
    }
    const last = new Map(appended.map((row) => [joinStreamId(row.municipality, row.stream_id), row]));
    return requests.map((request) => {
      const row = last.get(request.streamId)!;
      return { outcome: 'appended', nextExpectedVersion: Number(row.stream_position), lastGlobalPosition: BigInt(row.global_position_text) };
    });
  }

  private async insert(client: Queryable, request: AppendRequest): Promise<AppendResult> {
    const expected = request.expectedVersion ?? ExpectedVersionAny;
    if (request.events.length === 0) throw new Error(`Nothing to append to ${request.streamId}`);
    const key = splitStreamId(request.streamId);
    const version = expected.kind === 'exact' ? expected.version : 0;
    const single = request.events.length === 1;
    const { name, text } = appendStatement(expected, single);
    const values: unknown[] = [key.stream, version, this.now(), key.municipality];
    if (single) pushSingleEvent(values, request.events[0]!);
    else values.push(JSON.stringify(request.events));
    const { rows } = await client.query({ name, text, values });
    const last = rows[0];
    if (last === undefined || last.stream_position === null) throw await this.conflict(request);
    return { outcome: 'appended', nextExpectedVersion: Number(last.stream_position), lastGlobalPosition: BigInt(last.global_position_text) };
  }

  private async inTransaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Which of the request's event ids the stream already holds, with their global positions. */
  private async storedIds(request: AppendRequest): Promise<Map<string, bigint>> {
    const key = splitStreamId(request.streamId);
    const { rows } = await this.pool.query(
      'SELECT event_id, global_position::text AS p FROM es_events WHERE municipality = $3 AND stream_id = $1 AND event_id = ANY($2::uuid[])',
      [key.stream, request.events.map((e) => e.eventId), key.municipality],
    );
    return new Map(rows.map((row) => [row.event_id as string, BigInt(row.p)]));
  }

  private async conflict(request: AppendRequest): Promise<VersionConflict> {
    return VersionConflict.of(request.streamId, request.expectedVersion ?? ExpectedVersionAny, await this.streamVersion(request.streamId));
  }

  private toRecorded(row: any): RecordedEvent {
    const { schemaVersion, data } = this.upcasters.upcast(row.event_type, row.schema_version, row.data);
    return {
      eventId: row.event_id,
      type: row.event_type,
      schemaVersion,
      data,
      metadata: row.metadata,
      streamId: joinStreamId(row.municipality, row.stream_id),
      streamPosition: Number(row.stream_position),
      globalPosition: BigInt(row.global_position_text),
      transactionId: BigInt(row.transaction_id_text),
      recordedAt: row.recorded_at,
    };
  }
}
