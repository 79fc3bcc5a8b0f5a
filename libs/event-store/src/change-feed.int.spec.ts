import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '#testing';
import { ChangeFeed, type FeedSubscriber } from './change-feed.js';
import { type NewEvent, type RecordedEvent, START } from './event-store.port.js';
import { PostgresEventStore } from './postgres-event-store.js';

const event = (n: number): NewEvent => ({ eventId: randomUUID(), type: 'Counted', schemaVersion: 1, data: { n } });

async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Collects what it is given; takes a page of history only after a tick, like a reader that is not instant. */
class Collector implements FeedSubscriber {
  readonly got: number[] = [];
  closed = false;
  deliver(events: readonly RecordedEvent[]): void {
    this.got.push(...events.map((e) => (e.data as { n: number }).n));
  }
  ready(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }
}

describe('ChangeFeed', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let feed: ChangeFeed;
  let written = 0;

  const write = async (count: number) => {
    const events = Array.from({ length: count }, () => event(++written));
    await store.appendToStream(`counter-${written}`, events);
  };
  const listeners = async () =>
    (await database.pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'sagsspor-change-feed'`)).rows[0].n as number;
  const everything = () => Array.from({ length: written }, (_, i) => i + 1);

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
    feed = new ChangeFeed(database.url, store, { batchSize: 7, pollIntervalMs: 50 });
    for (let i = 0; i < 10; i++) await write(3);
  });
  afterAll(async () => {
    await feed.stop();
    await database.drop();
  });

  it('gives every subscriber every event once, in order, wherever it starts, while writes go on', async () => {
    const fromStart = new Collector();
    await feed.subscribe(START, fromStart);
    const writing = (async () => {
      for (let i = 0; i < 20; i++) await write(2);
    })();
    // Others join while the writes go on: from the start (history first), from the middle, from now.
    const late = new Collector();
    await feed.subscribe(START, late);
    const middle = new Collector();
    const fifteenth = (await store.readAll(START, 15)).at(-1)!;
    await feed.subscribe(fifteenth, middle);
    await writing;
    await eventually(() => fromStart.got.length === written && late.got.length === written && middle.got.length === written - 15);
    expect(fromStart.got).toEqual(everything());
    expect(late.got).toEqual(everything());
    expect(middle.got).toEqual(everything().slice(15));
  }, 30_000);

  it('one listener and one read per batch, however many subscribers are live', async () => {
    const one = new Collector();
    await feed.subscribe(await store.visibleHeadCheckpoint(), one);
    const before = { ...feed.reads };
    await write(5);
    await eventually(() => one.got.length === 5);
    const readsForOne = feed.reads.shared - before.shared;

    const many = Array.from({ length: 40 }, () => new Collector());
    const head = await store.visibleHeadCheckpoint();
    for (const subscriber of many) await feed.subscribe(head, subscriber);
    const middle = { ...feed.reads };
    await write(5);
    await eventually(() => many.every((s) => s.got.length === 5));
    // Subscribers at the head read nothing themselves; the shared reader does not read more for 41 of them.
    expect(feed.reads.catchUp).toBe(before.catchUp);
    expect(feed.reads.shared - middle.shared).toBeLessThanOrEqual(readsForOne + 2);
    expect(await listeners()).toBe(1);
    expect(feed.subscribers).toBeGreaterThanOrEqual(41);
  }, 30_000);

  it('forgets a subscriber that closed, without reading for it', async () => {
    const gone = new Collector();
    await feed.subscribe(await store.visibleHeadCheckpoint(), gone);
    const count = feed.subscribers;
    gone.closed = true;
    await write(1);
    await eventually(() => feed.subscribers === count - 1);
    expect(gone.got).toEqual([]);
  });
});
