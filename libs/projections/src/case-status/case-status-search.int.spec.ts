import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { type NewEvent, PostgresEventStore } from '#event-store';
import { dataSourceOptions, migrations } from '#migrations';
import { createTestDatabase, type TestDatabase } from '#testing';
import { listCases } from '../queries/case.query.js';
import { ProjectionRunner } from '../runner/projection-runner.js';
import { rebuildProjection } from '../runner/rebuild.js';
import { CaseStatusProjection } from './case-status.projection.js';

const CASE = '01.02.03-A00-1-24';
const STREAM = `ballerup/case-${CASE}`;
const fact = (type: string, data: Record<string, unknown>): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data: { caseId: CASE, ...data }, metadata: { actor: 'test' } });
const meeting = (body: string, date: string) => ({ meetingId: `${body.toLowerCase()}-${date}`, body, meetingDate: date });
const presented = (body: string, date: string, title: string) =>
  fact('ItemPresented', { ...meeting(body, date), itemNumber: 1, provisional: false, title, closed: false, recommendation: [], summary: [], attachments: [] });
const postponed = (body: string, date: string) => fact('ItemPostponed', { ...meeting(body, date), reason: 'Udsættes.', causedByCancellation: false });

const searchRow = async (pool: pg.Pool) =>
  (await pool.query(`SELECT xmin::text AS written_by, title, bodies, title_search::text FROM proj_case_status_search WHERE case_id = $1`, [CASE])).rows[0];

/**
 * The case list's search lives in a table of its own, rewritten only when a case's title or bodies
 * change: given events one batch at a time, the search row follows the status row, and a fact that
 * changes neither leaves it as it was (the same row version).
 */
describe('case status search rows (given events, then the search row)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  const project = async () => {
    const runner = new ProjectionRunner(database.url, database.pool, store, [new CaseStatusProjection()], { pollIntervalMs: 20 });
    runner.start();
    await runner.caughtUp();
    await runner.stop();
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
  });
  afterAll(() => database.drop());

  it('is written with a new case, left alone by a fact that changes neither title nor bodies, rewritten when they change', async () => {
    await store.appendToStream(STREAM, [presented('Økonomiudvalget', '2024-01-09', 'Budget for skoleområdet')]);
    await project();
    const first = await searchRow(database.pool);
    expect(first).toMatchObject({ title: 'Budget for skoleområdet', bodies: ['Økonomiudvalget'] });
    expect(first.title_search).toContain('skoleområd');

    await store.appendToStream(STREAM, [postponed('Økonomiudvalget', '2024-01-09')]);
    await project();
    const { rows } = await database.pool.query(`SELECT status, version FROM proj_case_status WHERE case_id = $1`, [CASE]);
    expect(rows).toEqual([{ status: 'postponed', version: 2 }]);
    expect(await searchRow(database.pool)).toEqual(first);

    await store.appendToStream(STREAM, [presented('Byrådet', '2024-02-06', 'Budget for skole- og dagtilbudsområdet')]);
    await project();
    const changed = await searchRow(database.pool);
    expect(changed).toMatchObject({ title: 'Budget for skole- og dagtilbudsområdet', bodies: ['Økonomiudvalget', 'Byrådet'] });
    expect(changed.written_by).not.toBe(first.written_by);

    const found = async (filter: { q?: string; body?: string }) => (await listCases(database.pool, { municipality: 'ballerup', limit: 10, ...filter })).data.map((c) => c.caseNumber);
    expect(await found({ q: 'dagtilbudsområdet' })).toEqual([CASE]);
    expect(await found({ body: 'Byrådet' })).toEqual([CASE]);
    expect(await found({ body: 'Socialudvalget' })).toEqual([]);

    const live = await searchRow(database.pool);
    await rebuildProjection(database.pool, store, new CaseStatusProjection());
    expect({ ...(await searchRow(database.pool)), written_by: undefined }).toEqual({ ...live, written_by: undefined });
  }, 30_000);
});

/** Given status rows written before the search table, the upgrade gives each its search row. */
describe('upgrading case status to a search table of its own', () => {
  let database: TestDatabase;
  const BEFORE = migrations.findIndex((m) => m.name.startsWith('CaseStatusSearch'));
  const migrate = async (upTo: number) => {
    const source = new DataSource({ ...dataSourceOptions(database.url, 1), migrations: migrations.slice(0, upTo), logging: false });
    await source.initialize();
    await source.runMigrations();
    await source.destroy();
  };

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await migrate(BEFORE);
    await database.pool.query(
      `INSERT INTO proj_case_status (municipality, case_id, title, status, version, bodies)
       VALUES ('ballerup', '01.02.03-A00-1-24', 'Budget for skoleområdet', 'presented', 1, '{Økonomiudvalget}'),
              ('ballerup', '01.02.03-A00-2-24', NULL, NULL, 1, '{}')`,
    );
    await migrate(migrations.length);
  }, 30_000);
  afterAll(() => database.drop());

  it('keeps every case findable by title words and body', async () => {
    const { rows } = await database.pool.query(`SELECT case_id, title, bodies, title_search::text FROM proj_case_status_search ORDER BY case_id`);
    expect(rows).toEqual([
      { case_id: '01.02.03-A00-1-24', title: 'Budget for skoleområdet', bodies: ['Økonomiudvalget'], title_search: "'budg':1 'skoleområd':3" },
      { case_id: '01.02.03-A00-2-24', title: null, bodies: [], title_search: '' },
    ]);
    const found = await listCases(database.pool, { municipality: 'ballerup', limit: 10, q: 'skoleområdet', body: 'Økonomiudvalget' });
    expect(found.data.map((c) => c.caseNumber)).toEqual(['01.02.03-A00-1-24']);
  });

  it('drops the search column and its indexes from the status row', async () => {
    const { rows } = await database.pool.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'proj_case_status' AND column_name = 'title_search'
       UNION ALL SELECT indexname FROM pg_indexes WHERE tablename = 'proj_case_status' AND indexdef LIKE '%gin%'`,
    );
    expect(rows).toEqual([]);
  });
});
