import type { QueryRunner } from 'typeorm';
import { PostgresEventStore } from '#event-store';
import { allProjections, ProjectionRunner } from '#projections';
import { createTestDatabase, type TestDatabase } from '#testing';
import { nytteindsatsCourse } from '../libs/projections/src/testing/nytteindsats-course.fixture.js';
import { MeetingItemsInAgendaOrder1795933900000 } from './1795933900000-MeetingItemsInAgendaOrder.js';

describe('migration MeetingItemsInAgendaOrder (given projected rows, then the backfill)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    const store = new PostgresEventStore(database.pool);
    // Arrival order is not date order: the case stream arrives first (its items' first presentation).
    for (const { streamId, events } of nytteindsatsCourse().reverse()) await store.appendToStream(streamId, events);
    const runner = new ProjectionRunner(database.url, database.pool, store, allProjections(), { pollIntervalMs: 50 });
    runner.start();
    await runner.caughtUp();
    await runner.stop();
  });
  afterAll(() => database.drop());

  it('gives rows projected before it the agenda order live processing gives them', async () => {
    const orders = async () => (await database.pool.query('SELECT municipality, meeting_id, case_id, item, agenda_order::text FROM proj_meeting_items ORDER BY 1, 2, 3, 4')).rows;
    const live = await orders();
    expect(live.length).toBeGreaterThanOrEqual(2);
    expect(live.every((row) => row.agenda_order !== null)).toBe(true);

    const migration = new MeetingItemsInAgendaOrder1795933900000();
    const runner = { query: (sql: string) => database.pool.query(sql).then((result) => result.rows) } as unknown as QueryRunner;
    await migration.down(runner);
    await migration.up(runner);
    expect(await orders()).toEqual(live);
  });
});
