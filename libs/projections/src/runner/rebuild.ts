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

/**
 * Bulk load stream by stream, of every transaction finished when it starts (below the snapshot's
 * xmin). The checkpoint is the greatest (transaction, position) loaded: every event after it in
 * global order belongs to a transaction at or above that xmin, so the global catch-up that follows
 * neither skips nor repeats an event.
 */
async function applyByStream(store: PostgresEventStore, client: pg.ClientBase, projection: Projection, batchSize: number) {
  const below = await store.snapshotXmin(client);
  let checkpoint = START;
  let after: { streamId: string; streamPosition: number } | undefined;
  const events = await pipelined(
    async () => {
      const batch = await store.readAllByStream(below, after, batchSize);
      const last = batch.at(-1);
      if (last) after = { streamId: last.streamId, streamPosition: last.streamPosition };
      checkpoint = batch.reduce(later, checkpoint);
      return batch;
    },
    client,
    projection,
  );
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
        ? await applyByStream(store, client, projection, batchSize)
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
