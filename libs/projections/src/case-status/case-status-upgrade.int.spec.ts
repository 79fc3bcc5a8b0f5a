import pg from 'pg';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '#event-store';
import { dataSourceOptions, migrations } from '#migrations';
import { createTestDatabase, type TestDatabase } from '#testing';
import { rebuildProjection } from '../runner/rebuild.js';
import { CASE_FACTS } from '../testing/case-status-rows.js';
import { nytteindsatsCourse } from '../testing/nytteindsats-course.fixture.js';
import { CaseStatusProjection } from './case-status.projection.js';

const BEFORE = migrations.findIndex((m) => m.name.startsWith('CaseStatusFacts'));

async function migrate(url: string, upTo: number): Promise<void> {
  const source = new DataSource({ ...dataSourceOptions(url, 1), migrations: migrations.slice(0, upTo), logging: false });
  await source.initialize();
  await source.runMigrations();
  await source.destroy();
}

/**
 * Given case rows as the projection wrote them before (each case's facts as a JSON list in its
 * row), the upgrade moves the facts to their own table: the same facts, with the same fields,
 * that the projection itself now keeps.
 */
describe('upgrading case status to facts in a table of their own', () => {
  let database: TestDatabase;
  const facts = async (pool: pg.Pool) => (await pool.query(`SELECT case_id, ${CASE_FACTS} FROM proj_case_status s ORDER BY case_id`)).rows;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await migrate(database.url, BEFORE);
    const store = new PostgresEventStore(database.pool);
    for (const { streamId, events } of nytteindsatsCourse()) await store.appendToStream(streamId, events);
    // The old row: every event of the case's stream, whole, in global order.
    await database.pool.query(
      `INSERT INTO proj_case_status (municipality, case_id, version, events)
       SELECT municipality, substr(stream_id, 6), max(stream_position),
              jsonb_agg(jsonb_build_object('eventId', event_id, 'type', event_type, 'data', data, 'version', schema_version, 'position', global_position::text)
                        ORDER BY global_position)
         FROM es_events WHERE stream_id LIKE 'case-%' GROUP BY municipality, stream_id`,
    );
    await migrate(database.url, migrations.length);
  }, 30_000);
  afterAll(() => database.drop());

  it('keeps every fact of every case, only the fields status reads, as a rebuild writes them', async () => {
    const upgraded = await facts(database.pool);
    expect(upgraded).toHaveLength(1);
    expect(upgraded[0].facts.length).toBeGreaterThanOrEqual(4);
    expect(upgraded[0].facts.every(([, , , , data]: unknown[]) => !('summary' in (data as object)) && !('recommendation' in (data as object)))).toBe(true);
    await rebuildProjection(database.pool, new PostgresEventStore(database.pool), new CaseStatusProjection());
    expect(await facts(database.pool)).toEqual(upgraded);
  });

  it('drops the old column', async () => {
    const { rows } = await database.pool.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'proj_case_status' AND column_name = 'events'`);
    expect(rows).toEqual([]);
  });
});
