import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '#event-store';
import { createTestDatabase } from '#testing';
import { allProjections } from '../all-projections.js';
import { findCase } from '../queries/case.query.js';
import { caseTimeline } from '../queries/timeline.query.js';
import { ProjectionRunner } from '../runner/projection-runner.js';
import { CASE_ID, MEETINGS, nytteindsatsCourse } from '../testing/nytteindsats-course.fixture.js';
import { caseAsRecorded, endOfDanishDay } from './case-as-recorded.js';

/** The nytteindsats course recorded on 2024-02-06, then what `later` records (`at` moves the clock), with the projections caught up. */
async function recordedCourse(later: (store: PostgresEventStore, at: (instant: string) => void) => Promise<void>) {
  let now = new Date('2024-02-06T15:00:00Z');
  const database = await createTestDatabase();
  const store = new PostgresEventStore(database.pool, { now: () => now });
  for (const { streamId, events } of nytteindsatsCourse()) await store.appendToStream(streamId, events);
  await later(store, (instant) => (now = new Date(instant)));
  const runner = new ProjectionRunner(database.url, database.pool, store, allProjections(), { pollIntervalMs: 50 });
  runner.start();
  await runner.caughtUp();
  return {
    pool: database.pool,
    store,
    close: async () => {
      await runner.stop();
      await database.drop();
    },
  };
}

describe('a case as recorded at an instant, folded from its events', () => {
  let course: Awaited<ReturnType<typeof recordedCourse>>;
  const streams = () => course.store.readStreams([`case-${CASE_ID}`]);

  beforeAll(async () => {
    // A week later the decision's text is corrected, and two weeks later the decision is retracted.
    course = await recordedCourse(async (store, at) => {
      const decision = (await store.readStream(`case-${CASE_ID}`)).find((e) => e.type === 'DecisionTaken')!;
      const correction = (action: string, extra: object) => ({
        eventId: randomUUID(),
        type: 'FactCorrected',
        schemaVersion: 1,
        data: { subject: { caseId: CASE_ID }, targetEventId: decision.eventId, targetType: 'DecisionTaken', action, reason: 'Rettet efter høring', ...extra },
        metadata: { actor: 'admin' },
      });
      at('2024-02-13T09:00:00Z');
      await store.appendToStream(`case-${CASE_ID}`, [correction('corrected', { changes: { decisionText: 'Taget til efterretning med bemærkninger.' } })]);
      at('2024-02-20T09:00:00Z');
      await store.appendToStream(`case-${CASE_ID}`, [correction('retracted', {})]);
    });
  }, 30_000);
  afterAll(() => course.close());

  it('equals what the projections serve when cut at the present', async () => {
    const folded = caseAsRecorded(CASE_ID, await streams(), new Date('2030-01-01T00:00:00Z'))!;
    // The fixture's streams are named without a municipality: the empty one.
    expect(folded.view).toEqual(await findCase(course.pool, '', CASE_ID));
    expect(folded.entries).toEqual((await caseTimeline(course.pool, '', CASE_ID))!.timeline.entries);
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

describe('a case with a linked provisional case, as recorded at an instant', () => {
  const PROVISIONAL = `P-${MEETINGS.treated.meetingId}-7`;
  let course: Awaited<ReturnType<typeof recordedCourse>>;
  const streams = () => course.store.readStreams([`case-${CASE_ID}`, `case-${PROVISIONAL}`]);
  const fact = (type: string, data: object) => ({ eventId: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'importer' } });

  beforeAll(async () => {
    course = await recordedCourse(async (store, at) => {
      const item = { ...MEETINGS.treated, caseId: PROVISIONAL, itemNumber: 7 };
      await store.appendToStream(`case-${PROVISIONAL}`, [
        fact('ItemPresented', { ...item, provisional: true, title: 'Punkt uden sagsnummer', closed: false, recommendation: [], summary: [], attachments: [] }),
        fact('DecisionTaken', { ...item, outcome: 'approved', decisionText: 'Godkendt.', pointOutcomes: [] }),
      ]);
      // A week later the item is linked to its journal number: the link is written to both streams, as LinkProvisionalCase writes it.
      at('2024-02-13T09:00:00Z');
      for (const stream of [CASE_ID, PROVISIONAL]) await store.appendToStream(`case-${stream}`, [fact('ProvisionalCaseLinked', { provisionalId: PROVISIONAL, caseId: CASE_ID })]);
    });
  }, 30_000);
  afterAll(() => course.close());

  it("equals what the projections serve when cut at the present: the provisional case's item is the case's", async () => {
    const folded = caseAsRecorded(CASE_ID, await streams(), new Date('2030-01-01T00:00:00Z'))!;
    expect(folded.view).toMatchObject({ provisionalIds: [PROVISIONAL], firstPresented: '2023-01-17' });
    expect(folded.view).toEqual(await findCase(course.pool, '', CASE_ID));
    expect(folded.view).toEqual(await findCase(course.pool, '', PROVISIONAL));
    expect(folded.entries).toEqual((await caseTimeline(course.pool, '', CASE_ID))!.timeline.entries);
    expect(folded.entries.filter((e) => e.itemNumber === 7).map((e) => e.kind)).toEqual(['presented', 'decided']);
  });

  it('folds the provisional stream in only once the link was recorded', async () => {
    const folded = caseAsRecorded(CASE_ID, await streams(), endOfDanishDay('2024-02-06'))!;
    expect(folded.view.provisionalIds).toEqual([]);
    expect(folded.entries.filter((e) => e.itemNumber === 7)).toEqual([]);
    expect(folded.later).toEqual({ events: 2, corrections: 0 });
  });

  it("folds the provisional case's own stream once: its copy of the link does not link it to itself", async () => {
    const folded = caseAsRecorded(PROVISIONAL, await streams(), new Date('2030-01-01T00:00:00Z'))!;
    expect(folded.view).toMatchObject({ caseNumber: PROVISIONAL, provisionalIds: [], status: 'decided', lastOutcome: 'approved' });
    expect(folded.entries.map((e) => [e.itemNumber, e.kind])).toEqual([
      [7, 'presented'],
      [7, 'decided'],
    ]);
  });
});
