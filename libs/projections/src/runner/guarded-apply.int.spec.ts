import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { type NewEvent, PostgresEventStore, type RecordedEvent } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#testing';
import { applyGuarded } from './guarded-apply.js';
import { LIVE, type Projection } from './projection.js';

const counted = (n: number): NewEvent => ({ eventId: randomUUID(), type: 'Counted', schemaVersion: 1, data: { n } });
const numberOf = (e: RecordedEvent) => (e.data as { n: number }).n;

/** Writes one row per event; fails on the events `failing` names, and counts its tries. */
function recording(failing: (events: RecordedEvent[]) => boolean): Projection & { tries: number } {
  const projection = {
    name: 'recording',
    tables: ['recorded'],
    tries: 0,
    apply: async (events: RecordedEvent[], client: pg.ClientBase) => {
      projection.tries += 1;
      await client.query('INSERT INTO recorded (n) SELECT unnest($1::int[])', [events.map(numberOf)]);
      if (failing(events)) throw new Error('cannot apply');
    },
  };
  return projection;
}

describe('applyGuarded (given a batch with a failing event, then the events before it applied)', () => {
  let database: TestDatabase;
  let events: RecordedEvent[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const store = new PostgresEventStore(database.pool);
    await store.appendToStream('case-guarded', Array.from({ length: 1000 }, (_, i) => counted(i)));
    events = (await store.readStream('case-guarded')).slice();
    await database.pool.query('CREATE TABLE recorded (n int PRIMARY KEY)');
  });
  afterAll(() => database.drop());

  async function guarded(projection: Projection) {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      const outcome = await applyGuarded(client, projection, events, LIVE);
      const { rows } = await client.query('SELECT n FROM recorded ORDER BY n');
      await client.query('ROLLBACK');
      return { outcome, recorded: rows.map((r) => r.n as number) };
    } finally {
      client.release();
    }
  }

  it('finds the first failing event by halves: the events before it are applied, none after, in about log2(n) tries', async () => {
    const projection = recording((batch) => batch.some((e) => numberOf(e) === 613 || numberOf(e) === 800));
    const { outcome, recorded } = await guarded(projection);
    expect(outcome.applied).toBe(613);
    expect(outcome.failure && numberOf(outcome.failure.event)).toBe(613);
    expect((outcome.failure?.error as Error).message).toBe('cannot apply');
    expect(recorded).toEqual(Array.from({ length: 613 }, (_, i) => i));
    // The whole batch, then ten halvings down to one event of 1,000 (and that event alone): not 614 tries.
    expect(projection.tries).toBeLessThanOrEqual(13);
  });

  it('keeps an event that applies alone though it failed with its neighbours, and goes on after it', async () => {
    // Fails only when 10 and 11 are in one batch: each applies alone, so the whole batch is applied.
    const projection = recording((batch) => batch.some((e) => numberOf(e) === 10) && batch.some((e) => numberOf(e) === 11));
    const { outcome, recorded } = await guarded(projection);
    expect(outcome).toEqual({ applied: 1000 });
    expect(recorded).toHaveLength(1000);
  });

  it('applies a batch that does not fail in one try', async () => {
    const projection = recording(() => false);
    expect((await guarded(projection)).outcome).toEqual({ applied: 1000 });
    expect(projection.tries).toBe(1);
  });
});
