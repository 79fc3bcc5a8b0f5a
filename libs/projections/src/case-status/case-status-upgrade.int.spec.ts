import pg from 'pg';
import { DataSource } from 'typeorm';
import { PostgresEventStore, START } from '#event-store';
import { dataSourceOptions, migrations } from '#migrations';
import { createTestDatabase, type TestDatabase } from '#testing';
import { LIVE } from '../runner/projection.js';
import { rebuildProjection } from '../runner/rebuild.js';
import { caseIdOfStream, municipalityOfStream } from '../runner/stream-subject.js';
import { CASE_FACTS } from '../testing/case-status-rows.js';
import { nytteindsatsCourse } from '../testing/nytteindsats-course.fixture.js';
import { CaseStatusProjection } from './case-status.projection.js';
import { statusFields } from './status-facts.js';

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

/**
 * Given a case's facts as one list (what the projection wrote before chunks) for its first events,
 * the upgrade keeps that list as the case's first chunk: live processing of the rest adds a chunk
 * beside it, and the case reads the same as after a rebuild.
 */
describe('upgrading case status lists to chunks', () => {
  let database: TestDatabase;
  const CHUNKS = migrations.findIndex((m) => m.name.startsWith('CaseStatusFactChunks'));
  const status = async (pool: pg.Pool) =>
    (await pool.query(`SELECT case_id, title, status, status_since::text, last_outcome, postponements, version, bodies, ${CASE_FACTS} FROM proj_case_status s ORDER BY case_id`)).rows;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await migrate(database.url, CHUNKS);
  }, 30_000);
  afterAll(() => database.drop());

  it('keeps each list as the first chunk, and live processing after it equals a rebuild', async () => {
    const store = new PostgresEventStore(database.pool);
    for (const { streamId, events } of nytteindsatsCourse()) await store.appendToStream(streamId, events);
    const caseEvents = (await store.readAll(START, 1000)).filter((e) => e.streamId.startsWith('case-'));
    const [first, rest] = [caseEvents.slice(0, 3), caseEvents.slice(3)];
    expect(rest.length).toBeGreaterThan(0);
    const [municipality, caseId] = [municipalityOfStream(first[0]!.streamId), caseIdOfStream(first[0]!.streamId)];
    await database.pool.query(`INSERT INTO proj_case_status (municipality, case_id, version) VALUES ($1, $2, 3)`, [municipality, caseId]);
    await database.pool.query(`INSERT INTO proj_case_status_fact_lists (municipality, case_id, facts) VALUES ($1, $2, $3::json)`, [
      municipality,
      caseId,
      JSON.stringify(first.map((e) => [e.eventId, e.type, statusFields(e.data), e.schemaVersion, e.globalPosition.toString()])),
    ]);
    await migrate(database.url, migrations.length);

    const client = await database.pool.connect();
    try {
      await new CaseStatusProjection().apply(rest, client, LIVE);
    } finally {
      client.release();
    }
    const { rows } = await database.pool.query(`SELECT first_position::text FROM proj_case_status_fact_lists ORDER BY first_position`);
    expect(rows).toEqual([{ first_position: '0' }, { first_position: rest[0]!.globalPosition.toString() }]);
    const live = await status(database.pool);
    expect(live[0].facts).toHaveLength(caseEvents.length);
    await rebuildProjection(database.pool, store, new CaseStatusProjection());
    expect(await status(database.pool)).toEqual(live);
  });
});
