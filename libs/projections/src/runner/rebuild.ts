import type pg from 'pg';
import { type GlobalCheckpoint, type PostgresEventStore, type RecordedEvent, START, storeCheckpoint } from '#event-store';
import { type Projection, subscriptionName } from './projection.js';

export interface RebuildReport {
  projection: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

const shadow = (table: string) => `${table}__rebuild`;
const retired = (table: string) => `${table}__retired`;

/**
 * Applies batches from `read` in their own transactions, reading the next batch (on another
 * connection) while the current one is applied, so PostgreSQL's inserting and Node's parsing overlap.
 */
async function pipelined(read: () => Promise<RecordedEvent[]>, client: pg.ClientBase, projection: Projection): Promise<number> {
  let events = 0;
  let next = read();
  for (let batch = await next; batch.length > 0; batch = await next) {
    next = read();
    await client.query('BEGIN');
    await projection.apply(batch, client, shadow);
    await client.query('COMMIT');
    events += batch.length;
  }
  return events;
}

const later = (a: GlobalCheckpoint, e: RecordedEvent): GlobalCheckpoint =>
  e.transactionId > a.transactionId || (e.transactionId === a.transactionId && e.globalPosition > a.globalPosition)
    ? { transactionId: e.transactionId, globalPosition: e.globalPosition }
    : a;

/** Bulk load in global order from the start. */
async function applyInGlobalOrder(store: PostgresEventStore, client: pg.ClientBase, projection: Projection, batchSize: number) {
  let checkpoint = START;
  const events = await pipelined(
    async () => {
      const batch = await store.readAll(checkpoint, batchSize);
      checkpoint = batch.reduce(later, checkpoint);
      return batch;
    },
    client,
    projection,
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
      const read = await store.readAllByStream(below, after, batchSize);
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
async function applyInTransaction(client: pg.ClientBase, projection: Projection, events: RecordedEvent[]): Promise<void> {
  await client.query('BEGIN');
  try {
    await projection.apply(events, client, shadow);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
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
async function applyByStream(pool: pg.Pool, store: PostgresEventStore, client: pg.ClientBase, projection: Projection, batchSize: number) {
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
    const applying = applyInTransaction(connection, projection, batch)
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
async function applyTail(store: PostgresEventStore, client: pg.ClientBase, projection: Projection, from: GlobalCheckpoint, batchSize: number) {
  let checkpoint = from;
  let events = 0;
  for (let batch = await store.readAll(checkpoint, batchSize, client); batch.length > 0; batch = await store.readAll(checkpoint, batchSize, client)) {
    await projection.apply(batch, client, shadow);
    checkpoint = batch.reduce(later, checkpoint);
    events += batch.length;
  }
  return { checkpoint, events };
}

/**
 * Rebuilds a projection into fresh copies of its tables while the live ones keep serving, then
 * swaps them in: under an exclusive lock on the live tables and the live checkpoint row, it applies
 * the last events, renames the tables and moves the checkpoint. A live subscriber blocked meanwhile
 * finds its checkpoint moved and continues from the new one (see Subscription's fencing).
 */
export async function rebuildProjection(pool: pg.Pool, store: PostgresEventStore, projection: Projection, batchSize = 2000): Promise<RebuildReport> {
  const started = performance.now();
  const client = await pool.connect();
  try {
    // Secondary indexes are built once after the bulk load, not maintained row by row during it;
    // only the unique ones (which the upserts need) exist from the start.
    const deferred: string[] = [];
    // Index names must not clash with those of an earlier rebuild, now on the live tables.
    const generation = Date.now().toString(36);
    for (const table of projection.tables) {
      await client.query(`DROP TABLE IF EXISTS ${shadow(table)}`);
      await client.query(`CREATE TABLE ${shadow(table)} (LIKE ${table} INCLUDING ALL EXCLUDING INDEXES)`);
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
    const bulk =
      projection.rebuildOrder === 'stream'
        ? await applyByStream(pool, store, client, projection, batchSize)
        : await applyInGlobalOrder(store, client, projection, batchSize);
    for (const definition of deferred) await client.query(definition);

    await client.query('BEGIN');
    try {
      await client.query(`LOCK TABLE ${projection.tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
      const name = subscriptionName(projection);
      await client.query('SELECT 1 FROM es_subscription_checkpoints WHERE subscription = $1 FOR UPDATE', [name]);
      const tail = await applyTail(store, client, projection, bulk.checkpoint, batchSize);
      for (const table of projection.tables) {
        await client.query(`ALTER TABLE ${table} RENAME TO ${retired(table)}`);
        await client.query(`ALTER TABLE ${shadow(table)} RENAME TO ${table}`);
        await client.query(`DROP TABLE ${retired(table)}`);
      }
      await storeCheckpoint(client, name, tail.checkpoint);
      await client.query('COMMIT');
      const seconds = (performance.now() - started) / 1000;
      const events = bulk.events + tail.events;
      return { projection: projection.name, events, seconds, eventsPerSecond: events / seconds };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}
