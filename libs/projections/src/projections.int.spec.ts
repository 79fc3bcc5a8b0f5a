import { randomUUID } from 'node:crypto';
import { PostgresEventStore, START } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#testing';
import { allProjections } from './all-projections.js';
import { caseTimeline, caseTimelineJson } from './queries/timeline.query.js';
import { ProjectionRunner } from './runner/projection-runner.js';
import { rebuildProjection } from './runner/rebuild.js';
import { CASE_ID, MEETINGS, nytteindsatsCourse } from './testing/nytteindsats-course.fixture.js';
import { CASE_FACTS } from './testing/case-status-rows.js';

describe('projections (given events, then rows)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;

  async function rows(sql: string) {
    return (await database.pool.query(sql)).rows;
  }
  const snapshot = async () => ({
    status: await rows(`SELECT case_id, case_number, linked_to, title, status, status_since::text, deciding_body, last_outcome, postponements, first_presented::text, last_activity::text, version, bodies, ${CASE_FACTS} FROM proj_case_status s ORDER BY case_id`),
    search: await rows(`SELECT municipality, case_id, title, bodies, title_search::text FROM proj_case_status_search ORDER BY municipality, case_id`),
    timeline: await rows('SELECT event_id, entry, case_id, date::text, body, meeting_id, item_number, kind, outcome, text, reason, details, source, global_position, retracted FROM proj_case_timeline ORDER BY event_id, entry'),
    meetings: await rows('SELECT meeting_id, body, date::text, events FROM proj_meetings ORDER BY meeting_id'),
    items: await rows('SELECT * FROM proj_meeting_items ORDER BY meeting_id, case_id'),
    audit: await rows('SELECT global_position, event_id, case_id, body, meeting_id, meeting_date::text, item_number, kind, outcome, recorded_at, actor, source FROM proj_audit_log ORDER BY global_position'),
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
    // Arrival order is deliberately not date order: the case stream arrives first.
    for (const { streamId, events } of nytteindsatsCourse().reverse()) await store.appendToStream(streamId, events);
    runner = new ProjectionRunner(database.url, database.pool, store, allProjections(), { pollIntervalMs: 50 });
    runner.start();
    await runner.caughtUp();
  });
  afterAll(async () => {
    await runner.stop();
    await database.drop();
  });

  it('case status: decided, noted, postponed once, from the latest meeting by date', async () => {
    expect(await rows(`SELECT status, status_since::text, last_outcome, postponements, first_presented::text, last_activity::text, title, version FROM proj_case_status WHERE case_id = '${CASE_ID}'`)).toEqual([
      { status: 'decided', status_since: '2024-02-06', last_outcome: 'noted', postponements: 1, first_presented: '2023-01-17', last_activity: '2024-02-06', title: 'Orientering om nytteindsatsen i Ballerup Kommune', version: 5 },
    ]);
  });

  it('timeline: one entry per happening, in meeting-date order, the cancellation included', async () => {
    const entries = await rows(`SELECT date::text, kind, outcome, item_number, reason IS NOT NULL AS has_reason, source FROM proj_case_timeline WHERE case_id = '${CASE_ID}' AND NOT retracted ORDER BY date, item_number NULLS LAST, global_position, entry`);
    expect(entries.map((e) => [e.date, e.kind, e.outcome])).toEqual([
      ['2023-01-17', 'referenced', null],
      ['2024-01-16', 'presented', null],
      ['2024-01-16', 'cancelled', null],
      ['2024-01-16', 'postponed', null],
      ['2024-02-06', 'presented', null],
      ['2024-02-06', 'decided', 'noted'],
    ]);
    expect(entries.every((e) => e.source.startsWith('document:ballerup-ebu-2024-02-06.txt#L'))).toBe(true);
  });

  it('meetings: the cancelled meeting and the held one, with items and outcomes', async () => {
    expect(await rows('SELECT meeting_id, date::text FROM proj_meetings ORDER BY date')).toEqual([
      { meeting_id: MEETINGS.cancelled.meetingId, date: '2024-01-16' },
      { meeting_id: MEETINGS.noted.meetingId, date: '2024-02-06' },
    ]);
    expect(await rows('SELECT meeting_id, case_id, number, outcome, postponed FROM proj_meeting_items ORDER BY meeting_id')).toEqual([
      { meeting_id: MEETINGS.cancelled.meetingId, case_id: CASE_ID, number: null, outcome: null, postponed: true },
      { meeting_id: MEETINGS.noted.meetingId, case_id: CASE_ID, number: 10, outcome: 'noted', postponed: false },
    ]);
  });

  it('audit log: the postponement and the decision, with who recorded them and from where', async () => {
    expect(await rows('SELECT kind, outcome, meeting_date::text, actor, source FROM proj_audit_log ORDER BY meeting_date')).toEqual([
      { kind: 'postponed', outcome: null, meeting_date: '2024-01-16', actor: 'importer', source: 'document:ballerup-ebu-2024-02-06.txt#L302' },
      { kind: 'decided', outcome: 'noted', meeting_date: '2024-02-06', actor: 'importer', source: 'document:ballerup-ebu-2024-02-06.txt#L310' },
    ]);
  });

  it('applying every event once more changes no row (each projection is idempotent)', async () => {
    const live = await snapshot();
    const client = await database.pool.connect();
    try {
      for (const projection of allProjections()) {
        const events = await store.readAll(START, 10_000, undefined, projection.reads);
        expect(events.length).toBeGreaterThanOrEqual(10);
        await client.query('BEGIN');
        await projection.apply(events, client, (table) => table);
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
    expect(await snapshot()).toEqual(live);
  });

  it('a projection that reads only some of each event writes the same rows as one given whole events', async () => {
    const live = await snapshot();
    const narrowed = allProjections().filter((p) => p.reads !== undefined);
    expect(narrowed.map((p) => p.name)).toContain('case-status');
    for (const projection of narrowed) {
      const whole = Object.assign(Object.create(projection) as typeof projection, { reads: undefined });
      await rebuildProjection(database.pool, store, whole);
    }
    expect(await snapshot()).toEqual(live);
  });

  it('a rebuild gives the same rows as live processing, and live processing goes on after the swap', async () => {
    const live = await snapshot();
    for (const projection of allProjections()) {
      const report = await rebuildProjection(database.pool, store, projection, { batchSize: 3 });
      expect(report.events).toBeGreaterThanOrEqual(10);
    }
    expect(await snapshot()).toEqual(live);

    const retraction = { eventId: randomUUID(), type: 'FactCorrected', schemaVersion: 1, metadata: { actor: 'admin', source: 'api:POST /corrections' } };
    const decision = (await store.readStream(`case-${CASE_ID}`)).find((e) => e.type === 'DecisionTaken')!;
    await store.appendToStream(`case-${CASE_ID}`, [
      { ...retraction, data: { subject: { caseId: CASE_ID }, targetEventId: decision.eventId, targetType: 'DecisionTaken', action: 'retracted', reason: 'Registreret på forkert sag' } },
    ]);
    await runner.caughtUp();
    expect(await rows(`SELECT status, last_outcome, version FROM proj_case_status WHERE case_id = '${CASE_ID}'`)).toEqual([{ status: 'presented', last_outcome: null, version: 6 }]);
    expect(await rows(`SELECT retracted FROM proj_case_timeline WHERE event_id = '${decision.eventId}'`)).toEqual([{ retracted: true }]);
    expect(await rows(`SELECT outcome FROM proj_meeting_items WHERE meeting_id = '${MEETINGS.noted.meetingId}'`)).toEqual([{ outcome: null }]);
    expect(await rows(`SELECT kind, outcome, meeting_date::text, actor FROM proj_audit_log WHERE kind = 'corrected'`)).toEqual([{ kind: 'corrected', outcome: 'retracted', meeting_date: '2024-02-06', actor: 'admin' }]);

    // Re-applying everything from scratch once more still agrees with live processing.
    const afterLive = await snapshot();
    for (const projection of allProjections()) await rebuildProjection(database.pool, store, projection);
    expect(await snapshot()).toEqual(afterLive);
  });

  it('the timeline as JSON text written by PostgreSQL is the timeline read as rows: same entries, order, keys and values, same ETag', async () => {
    const read = await caseTimeline(database.pool, '', CASE_ID);
    const text = await caseTimelineJson(database.pool, '', CASE_ID);
    expect(read!.timeline.entries.length).toBeGreaterThanOrEqual(5);
    expect(text!.etag).toBe(read!.etag);
    const parsed = JSON.parse(text!.json);
    expect(parsed).toEqual(read!.timeline);
    // Keys in the same order too (what a person reading the answer sees).
    expect(Object.keys(parsed)).toEqual(Object.keys(read!.timeline));
    expect(parsed.entries.map((e: object) => Object.keys(e))).toEqual(read!.timeline.entries.map((e) => Object.keys(e)));
    expect(await caseTimelineJson(database.pool, '', 'no-such-case')).toBeUndefined();
  });
});
