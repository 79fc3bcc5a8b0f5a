import { createHash } from 'node:crypto';
import type pg from 'pg';
import { type GlobalCheckpoint, isAtOrPast, type PostgresEventStore, type RecordedEvent, START, storeCheckpoint } from '#event-store';
import { applyGuarded, ProjectionEventFailed } from './guarded-apply.js';
import { type Projection, subscriptionName } from './projection.js';
import { clearFailures, markReplayed, type ParkedEvent, parkedPositions } from './projection-failures.js';

export interface RebuildReport {
  projection: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** Parked events this rebuild applied (a replay), marked replayed when it swapped in. */
  replayed?: ParkedEvent[];
}

export interface RebuildOptions {
  batchSize?: number;
  /** Apply the parked events too, and mark them replayed by `by` when the rebuild swaps in. */
  replay?: { by: string };
}

/** Another rebuild of the same projection holds its lock (in this process or another). */
export class RebuildInProgress extends Error {
  constructor(readonly projection: string) {
    super(`a rebuild of projection ${projection} is already running; try again when it has finished`);
    this.name = 'RebuildInProgress';
  }
}

const shadow = (table: string) => `${table}__rebuild`;
const retired = (table: string) => `${table}__retired`;

/** A stable 64-bit advisory lock key per projection, the same in every process. */
function rebuildLockKey(projection: Projection): string {
  return createHash('sha256').update(`sagsspor-rebuild:${projection.name}`).digest().readBigInt64BE(0).toString();
}

const unparked = (events: RecordedEvent[], skip: Set<string>) => (skip.size > 0 ? events.filter((e) => !skip.has(e.globalPosition.toString())) : events);

/** Skips parked events; applies the rest inside the caller's transaction, or names the event that fails. */
async function applyOrFail(client: pg.ClientBase, projection: Projection, events: RecordedEvent[], skip: Set<string>): Promise<void> {
  const outcome = await applyGuarded(client, projection, unparked(events, skip), shadow);
  if (outcome.failure) throw new ProjectionEventFailed(projection.name, outcome.failure.event, outcome.failure.error);
}

/**
 * Applies batches from `read` in their own transactions, reading the next batch (on another
 * connection) while the current one is applied, so PostgreSQL's inserting and Node's parsing overlap.
 */
async function pipelined(read: () => Promise<RecordedEvent[]>, client: pg.ClientBase, projection: Projection, skip: Set<string>): Promise<number> {
  let events = 0;
  let next = read();
  try {
    for (let batch = await next; batch.length > 0; batch = await next) {
      next = read();
      await applyInTransaction(client, projection, batch, skip);
      events += batch.length;
    }
  } finally {
    await next.catch(() => undefined);
  }
  return events;
}

const later = (a: GlobalCheckpoint, e: RecordedEvent): GlobalCheckpoint =>
  e.transactionId > a.transactionId || (e.transactionId === a.transactionId && e.globalPosition > a.globalPosition)
    ? { transactionId: e.transactionId, globalPosition: e.globalPosition }
    : a;

/** The events of a batch up to `until`: a rebuild stops where the store's head was when it began, or it could chase writers forever. */
const upTo = (batch: RecordedEvent[], until: GlobalCheckpoint) =>
  batch.filter((e) => isAtOrPast(until, { transactionId: e.transactionId, globalPosition: e.globalPosition }));

/** Bulk load in global order from the start, up to the head when it starts (the tail does the rest). */
async function applyInGlobalOrder(store: PostgresEventStore, client: pg.ClientBase, projection: Projection, batchSize: number, skip: Set<string>) {
  let checkpoint = START;
  const until = await store.headCheckpoint();
  let passed = false;
  const events = await pipelined(
    async () => {
      if (passed) return [];
      const read = await store.readAll(checkpoint, batchSize, undefined, projection.reads);
      const batch = upTo(read, until);
      passed = batch.length < read.length;
      checkpoint = batch.reduce(later, checkpoint);
      return batch;
    },
    client,
    projection,
    skip,
  );
  return { checkpoint, events };
}

interface StreamBatch {
  events: RecordedEvent[];
  /** Shares a stream with another batch (a stream longer than a batch), or the projection asks for it. */
  alone: boolean;
}

/**
 * Batches in stream order cut at stream boundaries, so that two batches never write the same
 * row: the events of the last, possibly unfinished stream of a full batch are carried into the
 * next. Only a stream longer than a whole batch spans several; those batches are marked `alone`.
 */
function streamBatches(store: PostgresEventStore, below: bigint, batchSize: number, projection: Projection) {
  let after: { streamId: string; streamPosition: number } | undefined;
  let carried: RecordedEvent[] = [];
  let spanning: string | undefined;
  let exhausted = false;
  return async (): Promise<StreamBatch | undefined> => {
    let events = carried;
    if (!exhausted) {
      const read = await store.readAllByStream(below, after, batchSize, undefined, projection.reads);
      const last = read.at(-1);
      if (last) after = { streamId: last.streamId, streamPosition: last.streamPosition };
      exhausted = read.length < batchSize;
      events = carried.concat(read);
    }
    carried = [];
    if (events.length === 0) return undefined;
    const lastStream = events.at(-1)!.streamId;
    const continues = spanning !== undefined && events[0]!.streamId === spanning;
    if (!exhausted) {
      const cut = events.findIndex((e) => e.streamId === lastStream);
      if (cut > 0) {
        carried = events.slice(cut);
        events = events.slice(0, cut);
      }
    }
    const spans = !exhausted && carried.length === 0;
    spanning = spans ? lastStream : undefined;
    return { events, alone: continues || spans || (projection.appliedAloneInRebuild?.(events) ?? false) };
  };
}

/** Applies one batch in its own transaction. */
async function applyInTransaction(client: pg.ClientBase, projection: Projection, events: RecordedEvent[], skip: Set<string>): Promise<void> {
  await client.query('BEGIN');
  try {
    await projection.apply(unparked(events, skip), client, shadow);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    // Only now, off the fast path, find out which event it was (its own transaction, rolled back).
    await client.query('BEGIN');
    try {
      await applyOrFail(client, projection, events, skip);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Bulk load stream by stream, of every transaction finished when it starts (below the snapshot's
 * xmin). The checkpoint is the greatest (transaction, position) loaded: every event after it in
 * global order belongs to a transaction at or above that xmin, so the global catch-up that follows
 * neither skips nor repeats an event.
 *
 * Batches of disjoint streams go to two connections at once, so that Node computes one batch's rows
 * while PostgreSQL writes the other's (one connection left them taking turns); the next batch is
 * read meanwhile on a third.
 */
async function applyByStream(pool: pg.Pool, store: PostgresEventStore, client: pg.ClientBase, projection: Projection, batchSize: number, skip: Set<string>) {
  const below = await store.snapshotXmin(client);
  const next = streamBatches(store, below, batchSize, projection);
  const second = await pool.connect();
  const idle: pg.ClientBase[] = [client, second];
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let checkpoint = START;
  let events = 0;
  const start = (batch: RecordedEvent[]) => {
    const connection = idle.pop()!;
    const applying = applyInTransaction(connection, projection, batch, skip)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        idle.push(connection);
        inFlight.delete(applying);
      });
    inFlight.add(applying);
  };
  try {
    let reading = next();
    for (let batch = await reading; batch && failure === undefined; batch = await reading) {
      reading = next();
      if (batch.alone) await Promise.all(inFlight);
      else if (idle.length === 0) await Promise.race(inFlight);
      if (failure !== undefined) break;
      start(batch.events);
      if (batch.alone) await Promise.all(inFlight);
      checkpoint = batch.events.reduce(later, checkpoint);
      events += batch.events.length;
    }
    await reading.catch(() => undefined);
    await Promise.all(inFlight);
  } finally {
    second.release();
  }
  if (failure !== undefined) throw failure;
  return { checkpoint, events };
}

/** The last events, inside the swap's transaction (no own transactions, no read-ahead). */
async function applyTail(store: PostgresEventStore, client: pg.ClientBase, projection: Projection, from: GlobalCheckpoint, batchSize: number, skip: Set<string>) {
  let checkpoint = from;
  let events = 0;
  // Under the swap's locks writers go on appending: stop at the head as it is now; the live runner takes over from there.
  const until = await store.headCheckpoint();
  for (;;) {
    const read = await store.readAll(checkpoint, batchSize, client, projection.reads);
    const batch = upTo(read, until);
    if (batch.length === 0) break;
    await applyOrFail(client, projection, batch, skip);
    checkpoint = batch.reduce(later, checkpoint);
    events += batch.length;
    if (batch.length < read.length) break;
  }
  return { checkpoint, events };
}

/**
 * Rebuilds a projection into fresh copies of its tables while the live ones keep serving, then
 * swaps them in: under the live checkpoint row's lock, then an exclusive lock on the live tables,
 * it applies the last events, renames the tables and moves the checkpoint. A live subscriber
 * blocked meanwhile finds its checkpoint moved and continues from the new one (see Subscription's
 * fencing); it takes the same two locks in the same order, so the two never deadlock.
 *
 * Exclusive: one rebuild per projection at a time across processes (an advisory lock held for the
 * whole rebuild); a second fails at once with RebuildInProgress. Atomic: a failed rebuild drops
 * its copies and leaves the live tables as they were; copies left by a crashed one are dropped first.
 * Parked events are skipped, as live processing skips them, unless the rebuild replays them.
 */
export async function rebuildProjection(pool: pg.Pool, store: PostgresEventStore, projection: Projection, options: RebuildOptions = {}): Promise<RebuildReport> {
  const batchSize = options.batchSize ?? 2000;
  const started = performance.now();
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const { rows: lock } = await client.query('SELECT pg_try_advisory_lock($1::bigint) AS held', [rebuildLockKey(projection)]);
    if (!lock[0].held) throw new RebuildInProgress(projection.name);
    try {
      await dropCopies(client, projection);
      return await rebuildLocked(pool, store, client, projection, batchSize, options, started);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await dropCopies(client, projection).catch(() => undefined);
      throw error;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [rebuildLockKey(projection)]).catch((error: Error) => {
        // A pooled connection must not keep the lock: destroy it instead of returning it.
        broken = error;
      });
    }
  } finally {
    client.release(broken);
  }
}

/** Drops the copies a rebuild works in (left behind only by a crashed process). */
async function dropCopies(client: pg.ClientBase, projection: Projection): Promise<void> {
  for (const table of projection.tables) await client.query(`DROP TABLE IF EXISTS ${shadow(table)}, ${retired(table)}`);
}

async function rebuildLocked(
  pool: pg.Pool,
  store: PostgresEventStore,
  client: pg.ClientBase,
  projection: Projection,
  batchSize: number,
  options: RebuildOptions,
  started: number,
): Promise<RebuildReport> {
  // Secondary indexes are built once after the bulk load, not maintained row by row during it;
  // only the unique ones (which the upserts need) exist from the start.
  const deferred: string[] = [];
  // Index names must not clash with those of an earlier rebuild, now on the live tables.
  const generation = Date.now().toString(36);
  for (const table of projection.tables) {
    await client.query(`CREATE TABLE ${shadow(table)} (LIKE ${table} INCLUDING ALL EXCLUDING INDEXES)`);
    // LIKE copies no storage parameters (a fill factor a migration set): the rebuilt table keeps them.
    const { rows: [stored] } = await client.query(`SELECT array_to_string(reloptions, ', ') AS options FROM pg_class WHERE oid = $1::regclass`, [table]);
    if (stored?.options) await client.query(`ALTER TABLE ${shadow(table)} SET (${stored.options})`);
    const { rows } = await client.query(
      `SELECT pg_get_indexdef(i.indexrelid) AS definition, i.indisunique AS is_unique, i.indisprimary AS is_primary
         FROM pg_index i WHERE i.indrelid = $1::regclass`,
      [table],
    );
    for (const [n, index] of rows.entries()) {
      const definition = (index.definition as string)
        .replace(/^CREATE (UNIQUE )?INDEX \S+ ON (\S+\.)?\S+/, `CREATE $1INDEX ${table}_${generation}_${n} ON ${shadow(table)}`);
      if (!index.is_unique) deferred.push(definition);
      else {
        await client.query(definition);
        if (index.is_primary) await client.query(`ALTER TABLE ${shadow(table)} ADD PRIMARY KEY USING INDEX ${table}_${generation}_${n}`);
      }
    }
  }
  const skip = options.replay ? new Set<string>() : await parkedPositions(client, projection.name);
  const bulk =
    projection.rebuildOrder === 'stream'
      ? await applyByStream(pool, store, client, projection, batchSize, skip)
      : await applyInGlobalOrder(store, client, projection, batchSize, skip);
  for (const definition of deferred) await client.query(definition);

  const name = subscriptionName(projection);
  // The checkpoint row must exist before the swap locks it (a live runner inserting it meanwhile would deadlock with the swap).
  await client.query(
    `INSERT INTO es_subscription_checkpoints (subscription, transaction_id, global_position) VALUES ($1, '0'::xid8, 0) ON CONFLICT (subscription) DO NOTHING`,
    [name],
  );
  await client.query('BEGIN');
  await client.query('SELECT 1 FROM es_subscription_checkpoints WHERE subscription = $1 FOR UPDATE', [name]);
  await client.query(`LOCK TABLE ${projection.tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  const tailSkip = options.replay ? skip : await parkedPositions(client, projection.name);
  const tail = await applyTail(store, client, projection, bulk.checkpoint, batchSize, tailSkip);
  for (const table of projection.tables) {
    await client.query(`ALTER TABLE ${table} RENAME TO ${retired(table)}`);
    await client.query(`ALTER TABLE ${shadow(table)} RENAME TO ${table}`);
    await client.query(`DROP TABLE ${retired(table)}`);
  }
  await storeCheckpoint(client, name, tail.checkpoint);
  // Every event up to the new checkpoint is applied (or parked): no failure before it is open.
  await clearFailures(client, projection.name);
  const replayed = options.replay ? await markReplayed(client, projection.name, await parkedPositions(client, projection.name), options.replay.by) : undefined;
  await client.query('COMMIT');
  const seconds = (performance.now() - started) / 1000;
  const events = bulk.events + tail.events;
  return { projection: projection.name, events, seconds, eventsPerSecond: events / seconds, ...(replayed ? { replayed } : {}) };
}
