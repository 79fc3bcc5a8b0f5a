import { randomUUID } from 'node:crypto';
import { ExpectedVersion, PostgresEventStore, START, type NewEvent } from '#event-store';
import type { BenchDatabase } from './bench-database.js';
import { cpuDuring } from './process-cpu.js';
import { progress, round, throughput } from './measure.js';

const DATA = { meetingId: 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06', itemNumber: 10, title: 'Orientering om nytteindsatsen i Ballerup Kommune', outcome: 'noted', text: 'Taget til efterretning.' };
const METADATA = { actor: 'bench', source: 'bench', correlationId: '00000000-0000-0000-0000-000000000000' };

const COLUMNS = '(municipality, stream_id, stream_position, event_id, event_type, schema_version, data, metadata, recorded_at)';

function newEvent(): NewEvent {
  return { eventId: randomUUID(), type: 'DecisionTaken', schemaVersion: 1, data: DATA, metadata: METADATA };
}

async function createRawTable(db: BenchDatabase): Promise<void> {
  // The same shape, keys and index as es_events (municipality included), without the store's logic around it.
  await db.pool.query(`
    DROP TABLE IF EXISTS bench_raw;
    CREATE TABLE bench_raw (LIKE es_events INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
}

async function rawSingle(db: BenchDatabase, writers: number, seconds: number): Promise<number> {
  await createRawTable(db);
  const streams = Array.from({ length: writers }, () => `raw-${randomUUID()}`);
  return throughput(writers, seconds, (writer, i) =>
    db.pool.query(
      `INSERT INTO bench_raw ${COLUMNS}
       VALUES ('ballerup', $1, $2, $3, 'DecisionTaken', 1, $4, $5, now())`,
      [streams[writer], i + 1, randomUUID(), DATA, METADATA],
    ),
  );
}

async function storeSingle(store: PostgresEventStore, writers: number, seconds: number): Promise<number> {
  const streams = Array.from({ length: writers }, () => `ballerup/case-bench-${randomUUID()}`);
  return throughput(writers, seconds, (writer, i) =>
    store.appendToStream(streams[writer]!, [newEvent()], { expectedVersion: ExpectedVersion.exact(i) }),
  );
}

/**
 * The baseline before 2026-11-29: PostgreSQL generates each row's id (gen_random_uuid) and its
 * positions from one array, and parses the one data and metadata document once per batch. No
 * client can write events that way (each event brings its own id and JSON), so it is reported
 * next to the fair baseline, not as the target's.
 */
async function rawBatchServerGenerated(db: BenchDatabase, writers: number, seconds: number, size: number): Promise<number> {
  await createRawTable(db);
  const streams = Array.from({ length: writers }, () => `raw-${randomUUID()}`);
  return throughput(writers, seconds, (writer, i) => {
    const positions = Array.from({ length: size }, (_, k) => i * size + k + 1);
    return db.pool.query(
      `INSERT INTO bench_raw ${COLUMNS}
       SELECT 'ballerup', $1, p, gen_random_uuid(), 'DecisionTaken', 1, $3, $4, now() FROM unnest($2::bigint[]) AS p`,
      [streams[writer], positions, DATA, METADATA],
    );
  });
}

/** One row of a plain multi-row INSERT per event: its position, id, type, schema version, data, metadata. */
const rowsInsert = (size: number) =>
  `INSERT INTO bench_raw ${COLUMNS} VALUES ` +
  Array.from({ length: size }, (_, k) => `($1, $2, $${4 + 6 * k}, $${5 + 6 * k}, $${6 + 6 * k}, $${7 + 6 * k}, $${8 + 6 * k}, $${9 + 6 * k}, $3)`).join(', ');

/**
 * The fair baseline: the same events the store is given (built by the same function, ids from
 * Node, each event's data and metadata as JSON), sent by the same driver in one prepared
 * multi-row INSERT, with no version check, no id check and nothing returned.
 */
async function rawBatch(db: BenchDatabase, writers: number, seconds: number, size: number): Promise<number> {
  await createRawTable(db);
  const streams = Array.from({ length: writers }, () => `raw-${randomUUID()}`);
  const text = rowsInsert(size);
  return throughput(writers, seconds, (writer, i) => {
    const values: unknown[] = ['ballerup', streams[writer], new Date()];
    Array.from({ length: size }, newEvent).forEach((e, k) => values.push(i * size + k + 1, e.eventId, e.type, e.schemaVersion, e.data, e.metadata ?? {}));
    return db.pool.query({ name: `bench_raw_rows_${size}`, text, values });
  });
}

async function storeBatch(store: PostgresEventStore, writers: number, seconds: number, size: number): Promise<number> {
  const streams = Array.from({ length: writers }, () => `ballerup/case-batch-${randomUUID()}`);
  return throughput(writers, seconds, (writer, i) =>
    store.appendToStream(streams[writer]!, Array.from({ length: size }, newEvent), { expectedVersion: ExpectedVersion.exact(i * size) }),
  );
}

/** A phase's events per second and CPU microseconds per event: this process's (which builds the events too) and PostgreSQL's. */
async function measured(db: BenchDatabase, eventsPerOperation: number, work: () => Promise<number>) {
  const { result, seconds, nodeCpuSeconds, postgresCpuSeconds } = await cpuDuring(db.pgDataDir, work);
  const eventsPerSecond = result * eventsPerOperation;
  const events = eventsPerSecond * seconds;
  return {
    eventsPerSecond,
    cpuMicrosecondsPerEvent: {
      node: round((nodeCpuSeconds * 1e6) / events, 1),
      ...(postgresCpuSeconds !== undefined ? { postgres: round((postgresCpuSeconds * 1e6) / events, 1) } : {}),
    },
  };
}

/** Fills es_events up to `total` rows in bulk; how they got there does not matter to a reader. */
export async function fillEvents(db: BenchDatabase, total: number): Promise<void> {
  const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM es_events');
  const missing = total - rows[0].n;
  const chunk = 100_000;
  for (let done = 0; done < missing; done += chunk) {
    const n = Math.min(chunk, missing - done);
    await db.pool.query(
      `INSERT INTO es_events (municipality, stream_id, stream_position, event_id, event_type, schema_version, data, metadata, recorded_at)
       SELECT 'ballerup', 'case-fill-' || ($1::bigint + g) / 10, ($1::bigint + g) % 10 + 1, gen_random_uuid(), 'DecisionTaken', 1, $2, $3, now()
         FROM generate_series(0, $4 - 1) AS g`,
      [done, DATA, METADATA, n],
    );
  }
}

async function readAllRate(store: PostgresEventStore, batch: number): Promise<{ events: number; perSecond: number }> {
  let checkpoint = START;
  let events = 0;
  const start = performance.now();
  for (let page = await store.readAll(checkpoint, batch); page.length > 0; page = await store.readAll(checkpoint, batch)) {
    events += page.length;
    const last = page[page.length - 1]!;
    checkpoint = { transactionId: last.transactionId, globalPosition: last.globalPosition };
  }
  return { events, perSecond: events / ((performance.now() - start) / 1000) };
}

export async function eventStoreBench(db: BenchDatabase, seconds: number, readAllEvents: number) {
  const store = new PostgresEventStore(db.pool);
  const result: Record<string, unknown> = {};
  for (const writers of [1, 16]) {
    progress(`single appends, ${writers} writer(s)`);
    const raw = await measured(db, 1, () => rawSingle(db, writers, seconds));
    const es = await measured(db, 1, () => storeSingle(store, writers, seconds));
    result[`singleAppend_${writers}w`] = {
      eventsPerSecond: round(es.eventsPerSecond),
      rawInsertsPerSecond: round(raw.eventsPerSecond),
      ratio: round(es.eventsPerSecond / raw.eventsPerSecond, 3),
      cpuMicrosecondsPerEvent: { store: es.cpuMicrosecondsPerEvent, raw: raw.cpuMicrosecondsPerEvent },
    };
  }
  for (const writers of [1, 4]) {
    progress(`batches of 100, ${writers} writer(s)`);
    const generated = await measured(db, 100, () => rawBatchServerGenerated(db, writers, seconds, 100));
    const raw = await measured(db, 100, () => rawBatch(db, writers, seconds, 100));
    const es = await measured(db, 100, () => storeBatch(store, writers, seconds, 100));
    result[`batch100_${writers}w`] = {
      eventsPerSecond: round(es.eventsPerSecond),
      // The same events sent from Node in a plain multi-row INSERT (see rawBatch).
      rawRowsPerSecond: round(raw.eventsPerSecond),
      ratio: round(es.eventsPerSecond / raw.eventsPerSecond, 3),
      // The baseline before 2026-11-29 (ids and data generated in PostgreSQL), kept for comparison.
      rawServerGeneratedRowsPerSecond: round(generated.eventsPerSecond),
      ratioToServerGenerated: round(es.eventsPerSecond / generated.eventsPerSecond, 3),
      cpuMicrosecondsPerEvent: { store: es.cpuMicrosecondsPerEvent, raw: raw.cpuMicrosecondsPerEvent, rawServerGenerated: generated.cpuMicrosecondsPerEvent },
    };
  }
  progress(`filling ${readAllEvents} events for readAll`);
  await fillEvents(db, readAllEvents);
  progress('readAll');
  const read = await readAllRate(store, 5000);
  result.readAll = { events: read.events, eventsPerSecond: round(read.perSecond), batchSize: 5000 };
  await db.pool.query('DROP TABLE IF EXISTS bench_raw');
  return result;
}
