import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { decideNoteEarlierTreatment, initialCaseState, NoteEarlierTreatment } from '#cases';
import { type NewEvent, PostgresEventStore, type RecordedEvent } from '#event-store';
import { createTestDatabase, eventually, type TestDatabase } from '#testing';
import { allProjections } from '../all-projections.js';
import { CaseStatusProjection } from '../case-status/case-status.projection.js';
import { listCases } from '../queries/case.query.js';
import { gatedCaseStatus } from '../testing/gated-projection.js';
import { CASE_FACTS } from '../testing/case-status-rows.js';
import type { Projection, TableName } from './projection.js';
import { listParked, NotFailing, openFailures, parkEvent } from './projection-failures.js';
import { ProjectionRunner } from './projection-runner.js';
import { rebuildProjection } from './rebuild.js';
import { ProjectionEventFailed } from './guarded-apply.js';

/** These streams are named without a municipality (`case-<id>`): their rows belong to the empty one. */
const NO_MUNICIPALITY = '';

const fact = (type: string, data: unknown): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'test', source: 'api:test' } });
const presented = (caseId: string, title = `Sag ${caseId}`) =>
  fact('ItemPresented', { meetingId: 'okonomiudvalget-2024-01-09', body: 'Økonomiudvalget', meetingDate: '2024-01-09', caseId, itemNumber: 1, provisional: false, title, closed: false, recommendation: [], summary: [], attachments: [] });

const caseIds = async (pool: pg.Pool) => (await pool.query('SELECT case_id FROM proj_case_status ORDER BY case_id')).rows.map((r) => r.case_id);
const leftovers = async (pool: pg.Pool) =>
  (await pool.query(`SELECT tablename FROM pg_tables WHERE tablename LIKE '%\\_\\_rebuild' OR tablename LIKE '%\\_\\_retired'`)).rows.map((r) => r.tablename);

describe('no event can stop a projection', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  const runners: ProjectionRunner[] = [];

  beforeEach(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    await database.drop();
  });

  function run(projections: Projection[]) {
    const runner = new ProjectionRunner(database.url, database.pool, store, projections, { pollIntervalMs: 20, retry: { baseMs: 20, maxMs: 100 } });
    runners.push(runner);
    runner.start();
    return runner;
  }

  it('an earlier treatment before a body named with 6,500 letters is projected, found by body, and rebuilt', async () => {
    // Letters that do not repeat in a pattern: PostgreSQL compresses index entries that do.
    let seed = 42;
    const letter = () => 'abcdefghijklmnopqrstuvwxyzæøå'[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % 29];
    const longBody = Array.from({ length: 6500 }, letter).join('');
    const caseId = '15.00.05-A00-1-19';
    await store.appendToStream(`case-${caseId}`, [presented(caseId)]);
    // The domain refuses such a name now; an event it accepted before stays as it was recorded.
    const command = new NoteEarlierTreatment({ caseId, body: longBody, date: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling' }, { idempotencyKey: 'k', actor: 'test' });
    expect(() => decideNoteEarlierTreatment(command, { caseId, case: initialCaseState() })).toThrow('body: must be at most 200 characters');
    const meetingId = `${longBody.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')}-2023-01-17`;
    await store.appendToStream(`case-${caseId}`, [
      fact('EarlierTreatmentNoted', { caseId, meetingId, body: longBody, meetingDate: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling' }),
    ]);
    // A title of 100,000 different words makes a tsvector over its 1 MB limit, unless bounded.
    const hugeTitle = Array.from({ length: 100_000 }, (_, i) => `ord${i.toString(36)}`).join(' ');
    await store.appendToStream('case-15.00.05-A00-2-19', [presented('15.00.05-A00-2-19', hugeTitle)]);
    const after = '15.00.05-A00-3-19';
    await store.appendToStream(`case-${after}`, [presented(after)]);

    const runner = run(allProjections());
    await runner.caughtUp();
    expect(await openFailures(database.pool)).toEqual([]);
    expect(await caseIds(database.pool)).toEqual(['15.00.05-A00-1-19', '15.00.05-A00-2-19', after]);
    const found = await listCases(database.pool, { municipality: NO_MUNICIPALITY, body: longBody, limit: 10 });
    expect(found.data.map((c) => c.caseNumber)).toEqual([caseId]);
    expect((await listCases(database.pool, { municipality: NO_MUNICIPALITY, body: longBody.slice(0, -1), limit: 10 })).data).toEqual([]);
    expect((await listCases(database.pool, { municipality: NO_MUNICIPALITY, q: 'ord2bi', limit: 10 })).data.map((c) => c.caseNumber)).toEqual(['15.00.05-A00-2-19']);

    await runner.stop();
    for (const projection of allProjections()) await rebuildProjection(database.pool, store, projection);
    expect((await listCases(database.pool, { municipality: NO_MUNICIPALITY, body: longBody, limit: 10 })).data.map((c) => c.caseNumber)).toEqual([caseId]);
  });

  it('a failing event is recorded and retried with backoff; parked, it is skipped; replayed after a fix, it is applied', async () => {
    let broken = true;
    const fragile: Projection = {
      name: 'case-status',
      tables: new CaseStatusProjection().tables,
      rebuildOrder: 'stream',
      apply: async (events: RecordedEvent[], client: pg.ClientBase, table: TableName) => {
        if (broken && events.some((e) => (e.data as { title?: string }).title === 'poison')) throw new Error('cannot apply poison');
        await new CaseStatusProjection().apply(events, client, table);
      },
    };
    await store.appendToStream('case-01.00.00-A00-1-24', [presented('01.00.00-A00-1-24')]);
    const [poison] = await store.appendToStream('case-01.00.00-A00-2-24', [presented('01.00.00-A00-2-24', 'poison')]).then(() => store.readStream('case-01.00.00-A00-2-24'));
    await store.appendToStream('case-01.00.00-A00-3-24', [presented('01.00.00-A00-3-24')]);

    const runner = run([fragile]);
    const failure = await eventually(async () => (await openFailures(database.pool)).find((f) => f.attempts >= 3));
    expect(failure).toMatchObject({ projection: 'case-status', position: poison!.globalPosition.toString(), eventId: poison!.eventId, eventType: 'ItemPresented', streamId: 'case-01.00.00-A00-2-24', error: 'cannot apply poison' });
    // Backoff, not a hot loop: 20 ms after the first attempt, 40 ms after the second.
    expect(Date.parse(failure.lastSeen) - Date.parse(failure.firstSeen)).toBeGreaterThanOrEqual(60);
    // The events before it are applied, none after it.
    expect(await caseIds(database.pool)).toEqual(['01.00.00-A00-1-24']);
    // A rebuild fails on the same event, names it, and leaves the live table as it was.
    await expect(rebuildProjection(database.pool, store, fragile)).rejects.toThrow(ProjectionEventFailed);
    await expect(rebuildProjection(database.pool, store, fragile)).rejects.toThrow(`cannot apply event ${poison!.globalPosition}`);
    expect(await caseIds(database.pool)).toEqual(['01.00.00-A00-1-24']);
    expect(await leftovers(database.pool)).toEqual([]);

    await expect(parkEvent(database.pool, { projection: 'case-status', position: '999999', by: 'admin', reason: 'x' })).rejects.toThrow(NotFailing);
    const parked = await parkEvent(database.pool, { projection: 'case-status', by: 'admin', reason: 'Udvalgsnavn for langt; rettes i næste version' });
    expect(parked).toMatchObject({ position: poison!.globalPosition.toString(), eventId: poison!.eventId, parkedBy: 'admin', reason: 'Udvalgsnavn for langt; rettes i næste version', error: 'cannot apply poison', replayedAt: null });
    runner.retryNow('case-status');
    await runner.caughtUp();
    expect(await caseIds(database.pool)).toEqual(['01.00.00-A00-1-24', '01.00.00-A00-3-24']);
    expect(await openFailures(database.pool)).toEqual([]);
    // A rebuild skips the parked event too: the same rows as live processing.
    await rebuildProjection(database.pool, store, fragile);
    expect(await caseIds(database.pool)).toEqual(['01.00.00-A00-1-24', '01.00.00-A00-3-24']);

    broken = false;
    const report = await rebuildProjection(database.pool, store, fragile, { replay: { by: 'admin' } });
    expect(report.replayed).toEqual([expect.objectContaining({ position: poison!.globalPosition.toString(), replayedBy: 'admin' })]);
    expect(await caseIds(database.pool)).toEqual(['01.00.00-A00-1-24', '01.00.00-A00-2-24', '01.00.00-A00-3-24']);
    expect((await listParked(database.pool, 'case-status'))[0]).toMatchObject({ parkedBy: 'admin', replayedBy: 'admin' });
    await store.appendToStream('case-01.00.00-A00-4-24', [presented('01.00.00-A00-4-24')]);
    await runner.caughtUp();
    expect(await caseIds(database.pool)).toHaveLength(4);
  });
});

describe('rebuilds are exclusive and atomic', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
    for (let n = 1; n <= 30; n++) await store.appendToStream(`case-02.00.00-A00-${n}-24`, [presented(`02.00.00-A00-${n}-24`)]);
  });
  afterAll(() => database.drop());

  it('of two rebuilds at once (two pools, as two processes), exactly one runs; the other is refused; the table ends complete', async () => {
    const gated = gatedCaseStatus();
    const other = new PostgresEventStore(database.pool);
    const { Pool } = (await import('pg')).default;
    const secondPool = new Pool({ connectionString: database.url, max: 4 });
    try {
      const first = rebuildProjection(database.pool, store, gated.projection, { batchSize: 7 });
      await gated.inside;
      await expect(rebuildProjection(secondPool, other, new CaseStatusProjection())).rejects.toThrow('a rebuild of projection case-status is already running');
      gated.open();
      expect((await first).events).toBe(30);
      expect(await caseIds(database.pool)).toHaveLength(30);
      // The lock is released: the next rebuild runs.
      expect((await rebuildProjection(secondPool, other, new CaseStatusProjection())).events).toBe(30);
    } finally {
      await secondPool.end();
    }
  });

  it('rebuilds swapped in under live processing and writes neither deadlock nor lose an event', async () => {
    const runner = new ProjectionRunner(database.url, database.pool, store, allProjections(), { pollIntervalMs: 10, batchSize: 3 });
    runner.start();
    let writing = true;
    const writer = (async () => {
      for (let n = 100; writing; n++) {
        await store.appendToStream(`case-02.00.00-A00-${n}-24`, [presented(`02.00.00-A00-${n}-24`)]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    try {
      for (const projection of allProjections()) await rebuildProjection(database.pool, store, projection, { batchSize: 20 });
    } finally {
      writing = false;
      await writer;
    }
    await runner.caughtUp();
    await runner.stop();
    const live = await database.pool.query(`SELECT case_id, version, ${CASE_FACTS} FROM proj_case_status s ORDER BY case_id`);
    const timeline = await database.pool.query('SELECT count(*)::int AS n FROM proj_case_timeline');
    const { rows: written } = await database.pool.query(`SELECT count(*)::int AS n FROM es_events`);
    expect(live.rows).toHaveLength(written[0].n);
    expect(timeline.rows[0].n).toBe(written[0].n);
    await rebuildProjection(database.pool, store, new CaseStatusProjection());
    expect((await database.pool.query(`SELECT case_id, version, ${CASE_FACTS} FROM proj_case_status s ORDER BY case_id`)).rows).toEqual(live.rows);
  }, 30_000);

  it('copies left by a crashed rebuild are dropped first; a failed rebuild leaves none and the live table as it was', async () => {
    await database.pool.query(`CREATE TABLE proj_case_status__rebuild (junk int); CREATE TABLE proj_case_status__retired (junk int); CREATE TABLE proj_case_status_fact_lists__rebuild (junk int)`);
    expect((await rebuildProjection(database.pool, store, new CaseStatusProjection())).events).toBeGreaterThanOrEqual(30);
    expect(await leftovers(database.pool)).toEqual([]);

    const before = await caseIds(database.pool);
    const failing: Projection = {
      name: 'case-status',
      tables: new CaseStatusProjection().tables,
      apply: async (events, client, table) => {
        if (events.some((e) => e.streamId === 'case-02.00.00-A00-17-24')) throw new Error('projection bug');
        await new CaseStatusProjection().apply(events, client, table);
      },
    };
    await expect(rebuildProjection(database.pool, store, failing, { batchSize: 4 })).rejects.toThrow('projection bug');
    expect(await caseIds(database.pool)).toEqual(before);
    expect(await leftovers(database.pool)).toEqual([]);
    expect(database.pool.totalCount - database.pool.idleCount).toBe(0);
  });
});
