import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#testing';
import { allProjections } from '../all-projections.js';
import { findCase } from '../queries/case.query.js';
import { caseTimeline } from '../queries/timeline.query.js';
import { ProjectionRunner } from '../runner/projection-runner.js';
import { CASE_ID, MEETINGS, nytteindsatsCourse } from '../testing/nytteindsats-course.fixture.js';
import { caseAsRecorded, endOfDanishDay } from './case-as-recorded.js';

describe('a case as recorded at an instant, folded from its events', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let now = new Date('2024-02-06T15:00:00Z');
  const streams = () => store.readStreams([`case-${CASE_ID}`]);

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { now: () => now });
    for (const { streamId, events } of nytteindsatsCourse()) await store.appendToStream(streamId, events);
    // A week later the decision's text is corrected, and two weeks later the decision is retracted.
    const decision = (await store.readStream(`case-${CASE_ID}`)).find((e) => e.type === 'DecisionTaken')!;
    const correction = (action: string, extra: object) => ({
      eventId: randomUUID(),
      type: 'FactCorrected',
      schemaVersion: 1,
      data: { subject: { caseId: CASE_ID }, targetEventId: decision.eventId, targetType: 'DecisionTaken', action, reason: 'Rettet efter høring', ...extra },
      metadata: { actor: 'admin' },
    });
    now = new Date('2024-02-13T09:00:00Z');
    await store.appendToStream(`case-${CASE_ID}`, [correction('corrected', { changes: { decisionText: 'Taget til efterretning med bemærkninger.' } })]);
    now = new Date('2024-02-20T09:00:00Z');
    await store.appendToStream(`case-${CASE_ID}`, [correction('retracted', {})]);
    runner = new ProjectionRunner(database.url, database.pool, store, allProjections(), { pollIntervalMs: 50 });
    runner.start();
    await runner.caughtUp();
  }, 30_000);
  afterAll(async () => {
    await runner.stop();
    await database.drop();
  });

  it('equals what the projections serve when cut at the present', async () => {
    const folded = caseAsRecorded(CASE_ID, await streams(), new Date('2030-01-01T00:00:00Z'))!;
    // The fixture's streams are named without a municipality: the empty one.
    expect(folded.view).toEqual(await findCase(database.pool, '', CASE_ID));
    expect(folded.entries).toEqual((await caseTimeline(database.pool, '', CASE_ID))!.timeline.entries);
    expect(folded.later).toEqual({ events: 0, corrections: 0 });
  });

  it('shows the decision as first recorded, and counts the corrections recorded later', async () => {
    const folded = caseAsRecorded(CASE_ID, await streams(), endOfDanishDay('2024-02-06'))!;
    expect(folded.view).toMatchObject({ status: 'decided', lastOutcome: 'noted', version: 5 });
    expect(folded.entries.at(-1)).toMatchObject({ kind: 'decided', text: 'Taget til efterretning.', meetingId: MEETINGS.noted.meetingId });
    expect(folded.later).toEqual({ events: 2, corrections: 2 });
  });

  it('applies a correction recorded by then, and not one recorded after', async () => {
    const folded = caseAsRecorded(CASE_ID, await streams(), endOfDanishDay('2024-02-13'))!;
    expect(folded.entries.at(-1)).toMatchObject({ kind: 'decided', text: 'Taget til efterretning med bemærkninger.' });
    expect(folded.later).toEqual({ events: 1, corrections: 1 });
  });

  it('knows nothing of the case before its first event was recorded', async () => {
    expect(caseAsRecorded(CASE_ID, await streams(), endOfDanishDay('2024-02-05'))).toBeUndefined();
  });

  it('cuts at midnight in Copenhagen, winter and summer', () => {
    expect(endOfDanishDay('2024-02-06').toISOString()).toBe('2024-02-06T23:00:00.000Z');
    expect(endOfDanishDay('2024-06-01').toISOString()).toBe('2024-06-01T22:00:00.000Z');
    expect(endOfDanishDay('2024-03-30').toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(endOfDanishDay('2024-03-31').toISOString()).toBe('2024-03-31T22:00:00.000Z');
  });
});
