import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { type NewEvent, PostgresEventStore, type RecordedEvent } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#testing';
import { CaseStatusProjection } from '../case-status/case-status.projection.js';
import { CASE_FACTS } from '../testing/case-status-rows.js';
import { type Projection, type TableName } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';
import { rebuildProjection } from './rebuild.js';

const BODY = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
const meeting = (date: string) => ({ meetingId: `erhvervs-beskaeftigelses-og-uddannelsesudvalget-${date}`, body: BODY, meetingDate: date });
const fact = (type: string, data: unknown): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'test', source: 'api:test' } });
const presented = (caseId: string, date: string, itemNumber: number) =>
  fact('ItemPresented', { ...meeting(date), caseId, itemNumber, provisional: caseId.startsWith('P-'), title: `Sag ${caseId}`, closed: false, recommendation: [], summary: [], attachments: [] });
const postponed = (caseId: string, date: string) => fact('ItemPostponed', { ...meeting(date), caseId, reason: 'Udsættes.', causedByCancellation: false });
const decided = (caseId: string, date: string, itemNumber: number) =>
  fact('DecisionTaken', { ...meeting(date), caseId, itemNumber, outcome: 'approved', decisionText: 'Godkendt.', pointOutcomes: [] });

const statusRows = async (pool: pg.Pool) =>
  (
    await pool.query(
      `SELECT case_id, case_number, linked_to, title, status, status_since::text, last_outcome, postponements, version, bodies, ${CASE_FACTS},
              (SELECT json_build_array(x.title, x.bodies, x.title_search::text) FROM proj_case_status_search x
                WHERE x.municipality = s.municipality AND x.case_id = s.case_id) AS search
         FROM proj_case_status s ORDER BY case_id`,
    )
  ).rows;

describe('stream-order rebuild on two connections (given events, then the same rows as live)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
    // Twenty short cases, one case longer than any batch below, and two provisional cases: one
    // linked before its own events arrive, one after; their streams sort before and after the real ones.
    for (let n = 1; n <= 20; n++) {
      const id = `01.02.03-A00-${n}-24`;
      await store.appendToStream(`case-${id}`, [presented(id, '2024-01-09', n), postponed(id, '2024-01-09'), presented(id, '2024-02-06', n), decided(id, '2024-02-06', n)]);
    }
    const long = '00.01.00-A00-99-24';
    await store.appendToStream(`case-${long}`, Array.from({ length: 9 }, (_, k) => (k % 2 ? postponed(long, `2024-0${k}-02`) : presented(long, `2024-0${k + 1}-02`, 1))));
    const early = 'P-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2023-11-07-4';
    const late = 'P-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2023-12-05-6';
    await store.appendToStream(`case-${late}`, [presented(late, '2023-12-05', 6), postponed(late, '2023-12-05')]);
    // A link is written to both streams, as LinkProvisionalCase writes it: the real case's first.
    const link = async (provisionalId: string, caseId: string) => {
      await store.appendToStream(`case-${caseId}`, [fact('ProvisionalCaseLinked', { provisionalId, caseId })]);
      await store.appendToStream(`case-${provisionalId}`, [fact('ProvisionalCaseLinked', { provisionalId, caseId })]);
    };
    await link(late, '01.02.03-A00-3-24');
    await link(early, '99.99.99-Z00-1-24');
    await store.appendToStream(`case-${early}`, [presented(early, '2023-11-07', 4), decided(early, '2023-11-07', 4)]);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('gives the rows of live processing for every batch size, links and long streams included', async () => {
    const runner = new ProjectionRunner(database.url, database.pool, store, [new CaseStatusProjection()], { pollIntervalMs: 20, batchSize: 5 });
    runner.start();
    await runner.caughtUp();
    await runner.stop();
    const live = await statusRows(database.pool);
    const linkedTo = Object.fromEntries(live.filter((r) => r.linked_to).map((r) => [r.case_id, r.linked_to]));
    expect(linkedTo).toEqual({
      'P-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2023-11-07-4': '99.99.99-Z00-1-24',
      'P-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2023-12-05-6': '01.02.03-A00-3-24',
    });
    expect(live.find((r) => r.case_id === '99.99.99-Z00-1-24')).toMatchObject({ status: 'decided', last_outcome: 'approved', version: 1 });
    // Its own four, the provisional case's two, and both copies of the link.
    expect(live.find((r) => r.case_id === '01.02.03-A00-3-24')!.facts).toHaveLength(8);
    // Every case's search row holds the title and bodies its status row shows.
    for (const row of live) expect(row.search.slice(0, 2)).toEqual([row.title, row.bodies]);

    for (const batchSize of [1, 2, 3, 4, 7, 8, 1000]) {
      const report = await rebuildProjection(database.pool, store, new CaseStatusProjection(), { batchSize });
      expect(report.events).toBe(20 * 4 + 9 + 2 + 2 * 2 + 2);
      expect(await statusRows(database.pool)).toEqual(live);
    }
  }, 20_000);

  it('a failing batch fails the rebuild and leaves the live table as it was', async () => {
    const before = await statusRows(database.pool);
    const failing: Projection = {
      name: 'case-status',
      tables: new CaseStatusProjection().tables,
      rebuildOrder: 'stream',
      apply: async (events: RecordedEvent[], client: pg.ClientBase, table: TableName) => {
        if (events.some((e) => e.streamId === 'case-01.02.03-A00-7-24')) throw new Error('projection bug');
        await new CaseStatusProjection().apply(events, client, table);
      },
    };
    await expect(rebuildProjection(database.pool, store, failing, { batchSize: 3 })).rejects.toThrow('projection bug');
    expect(await statusRows(database.pool)).toEqual(before);
    expect(database.pool.totalCount - database.pool.idleCount).toBe(0);
  });
});
