import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#testing';
import { allProjections } from './all-projections.js';
import { ProjectionRunner } from './runner/projection-runner.js';
import { rebuildProjection } from './runner/rebuild.js';
import { CASE_ID, MEETINGS, nytteindsatsCourse } from './testing/nytteindsats-course.fixture.js';
import { CASE_FACTS } from './testing/case-status-rows.js';

/**
 * The same course, event ids and all (as when one referat is imported into two municipalities),
 * in ballerup and egedal: two of every row; a retraction in egedal names an event id that ballerup
 * holds too, and changes egedal's rows only; a rebuild gives the rows live processing gave.
 */
describe('projections of two municipalities with the same case, meetings and event ids', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  const rows = async (sql: string) => (await database.pool.query(sql)).rows;
  const snapshot = async () => ({
    status: await rows(`SELECT municipality, case_id, case_number, scheme, title, status, last_outcome, version, ${CASE_FACTS} FROM proj_case_status s ORDER BY municipality, case_id`),
    timeline: await rows('SELECT municipality, event_id, entry, case_id, kind, outcome, retracted FROM proj_case_timeline ORDER BY municipality, event_id, entry'),
    meetings: await rows('SELECT municipality, meeting_id, events FROM proj_meetings ORDER BY municipality, meeting_id'),
    items: await rows('SELECT * FROM proj_meeting_items ORDER BY municipality, meeting_id, case_id, item'),
    audit: await rows('SELECT municipality, global_position, event_id, case_id, kind, outcome, meeting_date::text FROM proj_audit_log ORDER BY global_position'),
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
    const course = nytteindsatsCourse();
    for (const municipality of ['ballerup', 'egedal']) {
      for (const { streamId, events } of course) await store.appendToStream(`${municipality}/${streamId}`, events);
    }
    runner = new ProjectionRunner(database.url, database.pool, store, allProjections(), { pollIntervalMs: 50 });
    runner.start();
    await runner.caughtUp();
  });
  afterAll(async () => {
    await runner.stop();
    await database.drop();
  });

  it('gives each municipality its own rows', async () => {
    expect(await rows(`SELECT municipality, status, last_outcome, scheme FROM proj_case_status WHERE case_id = '${CASE_ID}' ORDER BY municipality`)).toEqual([
      { municipality: 'ballerup', status: 'decided', last_outcome: 'noted', scheme: 'kle' },
      { municipality: 'egedal', status: 'decided', last_outcome: 'noted', scheme: 'kle' },
    ]);
    expect(await rows('SELECT municipality, count(*)::int AS n FROM proj_meetings GROUP BY municipality ORDER BY municipality')).toEqual([
      { municipality: 'ballerup', n: 2 },
      { municipality: 'egedal', n: 2 },
    ]);
  });

  it('a correction in one municipality changes its rows only, and a rebuild agrees with live processing', async () => {
    const decision = (await store.readStream(`egedal/case-${CASE_ID}`)).find((e) => e.type === 'DecisionTaken')!;
    expect((await store.readStream(`ballerup/case-${CASE_ID}`)).some((e) => e.eventId === decision.eventId)).toBe(true);
    await store.appendToStream(`egedal/case-${CASE_ID}`, [
      {
        eventId: randomUUID(),
        type: 'FactCorrected',
        schemaVersion: 1,
        data: { subject: { caseId: CASE_ID }, targetEventId: decision.eventId, targetType: 'DecisionTaken', action: 'retracted', reason: 'Forkert sag' },
        metadata: { actor: 'admin' },
      },
    ]);
    await runner.caughtUp();
    expect(await rows(`SELECT municipality, retracted FROM proj_case_timeline WHERE event_id = '${decision.eventId}' ORDER BY municipality`)).toEqual([
      { municipality: 'ballerup', retracted: false },
      { municipality: 'egedal', retracted: true },
    ]);
    expect(await rows(`SELECT municipality, outcome FROM proj_meeting_items WHERE meeting_id = '${MEETINGS.noted.meetingId}' ORDER BY municipality`)).toEqual([
      { municipality: 'ballerup', outcome: 'noted' },
      { municipality: 'egedal', outcome: null },
    ]);
    expect(await rows(`SELECT municipality, status FROM proj_case_status WHERE case_id = '${CASE_ID}' ORDER BY municipality`)).toEqual([
      { municipality: 'ballerup', status: 'decided' },
      { municipality: 'egedal', status: 'presented' },
    ]);
    expect(await rows(`SELECT municipality, meeting_date::text FROM proj_audit_log WHERE kind = 'corrected'`)).toEqual([{ municipality: 'egedal', meeting_date: '2024-02-06' }]);

    const live = await snapshot();
    for (const projection of allProjections()) await rebuildProjection(database.pool, store, projection, { batchSize: 4 });
    expect(await snapshot()).toEqual(live);
  });
});
