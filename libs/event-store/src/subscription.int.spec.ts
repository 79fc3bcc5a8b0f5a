import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#testing';
import type { NewEvent, RecordedEvent } from './event-store.port.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { type BatchHandler, loadCheckpoint, Subscription } from './subscription.js';

function event(n: number): NewEvent {
  return { eventId: randomUUID(), type: 'Counted', schemaVersion: 1, data: { n } };
}

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A handler whose effects live in the same transaction as the checkpoint. */
const recordEffects: BatchHandler = async (events, client) => {
  for (const e of events) {
    await client.query('INSERT INTO effects (event_id, n) VALUES ($1, $2)', [e.eventId, (e.data as { n: number }).n]);
  }
};

describe('Subscription', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  const running: Subscription[] = [];

  function subscribe(name: string, handler: BatchHandler, batchSize = 500) {
    const subscription = new Subscription(database.url, store, { name, handler, batchSize, pollIntervalMs: 50, leaseRetryMs: 50 });
    running.push(subscription);
    subscription.start();
    return subscription;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
  });
  beforeEach(async () => {
    await database.pool.query('DROP TABLE IF EXISTS effects; CREATE TABLE effects (event_id uuid PRIMARY KEY, n int NOT NULL)');
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
  });
  afterAll(() => database.drop());

  it('catches up on old events, then delivers new ones live', async () => {
    await store.appendToStream('case-sub-1', [event(1), event(2)]);
    const seen: RecordedEvent[] = [];
    const subscription = subscribe('live', async (events) => void seen.push(...events));
    await subscription.caughtUp();
    expect(seen.map((e) => e.data)).toEqual(expect.arrayContaining([{ n: 1 }, { n: 2 }]));
    await store.appendToStream('case-sub-1', [event(3)]);
    await eventually(() => seen.some((e) => (e.data as { n: number }).n === 3));
    // The handler runs before its transaction commits: the stored checkpoint follows once it has.
    await subscription.caughtUp();
    const stored = await loadCheckpoint(database.pool, 'live');
    expect(stored.globalPosition).toBe(seen[seen.length - 1]!.globalPosition);
  });

  it('delivers an event held in an open transaction after the later ones committed, once it commits', async () => {
    const seen: string[] = [];
    const subscription = subscribe('held', async (events) => void seen.push(...events.map((e) => e.eventId)));
    await subscription.caughtUp();
    seen.length = 0;
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN');
    const held = event(100);
    await store.appendWithin(holder, { streamId: 'case-held', events: [held] });
    const later = [event(101), event(102)];
    await store.appendToStream('case-later', later);
    await subscription.drained();
    await holder.query('COMMIT');
    await holder.end();
    await eventually(() => seen.length === 3);
    expect(seen).toEqual([held.eventId, later[0]!.eventId, later[1]!.eventId]);
  });

  it('resumes from its checkpoint after being killed mid-batch, with the same effects as an uninterrupted run', async () => {
    const events = Array.from({ length: 50 }, (_, i) => event(i));
    for (let i = 0; i < events.length; i += 10) await store.appendToStream(`case-kill-${i}`, events.slice(i, i + 10));
    const processedBefore = (await store.readAll({ transactionId: 0n, globalPosition: 0n }, 100_000)).length;
    let batches = 0;
    const crashing = subscribe('killed', async (batch, client) => {
      await recordEffects(batch, client);
      batches += 1;
      if (batches === 3) {
        // The process dies mid-batch: its socket is cut before the checkpoint commits, and
        // PostgreSQL rolls the open transaction back.
        (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      }
    }, 7);
    await eventually(() => batches >= 3);
    await crashing.stop();
    const { rows: partial } = await database.pool.query('SELECT count(*)::int AS c FROM effects');
    expect(partial[0].c).toBe(14); // two committed batches of 7; the third was rolled back with its checkpoint

    const resumed = subscribe('killed', recordEffects, 7);
    await resumed.caughtUp();
    const { rows } = await database.pool.query('SELECT count(*)::int AS c, count(DISTINCT event_id)::int AS d FROM effects');
    expect(rows[0]).toEqual({ c: processedBefore, d: processedBefore });
    const { rows: ours } = await database.pool.query('SELECT n FROM effects WHERE event_id = ANY($1::uuid[]) ORDER BY n', [events.map((e) => e.eventId)]);
    expect(ours.map((r) => r.n)).toEqual(events.map((_, i) => i));
  });

  it('reads the next batch while one is handled: each event once, in order; after a stop part-way it reads again from the stop', async () => {
    await store.appendToStream('case-ahead', Array.from({ length: 10 }, (_, i) => event(1000 + i)));
    const seen: number[] = [];
    let stops = 0;
    const subscription = subscribe(
      'ahead',
      async (events) => {
        const numbers = events.map((e) => (e.data as { n: number }).n);
        // Once, stop before 1004: the read ahead (from the batch's end) must not be used.
        const stopAt = stops === 0 ? numbers.indexOf(1004) : -1;
        if (stopAt >= 0) stops += 1;
        seen.push(...(stopAt >= 0 ? numbers.slice(0, stopAt) : numbers));
        return stopAt >= 0 ? { handled: stopAt, retryAfterMs: 0 } : undefined;
      },
      3,
    );
    await subscription.caughtUp();
    expect(stops).toBe(1);
    expect(seen.filter((n) => n >= 1000)).toEqual(Array.from({ length: 10 }, (_, i) => 1000 + i));
  });

  it('never runs one subscription in two processes at once; the second takes over when the first stops', async () => {
    const first = subscribe('leased', recordEffects);
    await first.caughtUp();
    const second = subscribe('leased', recordEffects);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(first.status.leaseHeld).toBe(true);
    expect(second.status.leaseHeld).toBe(false);
    await first.stop();
    await eventually(() => second.status.leaseHeld);
    await store.appendToStream('case-lease', [event(7)]);
    await second.caughtUp();
    const { rows } = await database.pool.query('SELECT count(*)::int AS c, count(DISTINCT event_id)::int AS d FROM effects');
    expect(rows[0].c).toBe(rows[0].d);
    expect(rows[0].c).toBeGreaterThan(0);
  });
});
