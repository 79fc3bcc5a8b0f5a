import { PostgresEventStore } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#testing';
import { PresentItem } from '../domain/present-item/present-item.command.js';
import { PresentItemHandler } from '../present-item/present-item.handler.js';
import { FixedClock } from './clock.js';
import { CommandRunner } from './command-runner.js';
import { SequentialIdGenerator } from './id-generator.js';

const BODY = 'Teknik- og Miljøudvalget';
const MEETING_STREAM = 'meeting-teknik-og-miljoeudvalget-2024-09-03';

describe('CommandRunner on PostgreSQL: conflicts and repeats', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let presentItem: PresentItemHandler;

  const present = (caseNumber: string, key: string, expectedVersions?: Record<string, number>) =>
    new PresentItem({ caseId: caseNumber, meeting: { body: BODY, date: '2024-09-03' }, title: `Punkt ${caseNumber}` }, { idempotencyKey: key, actor: 'test', ...(expectedVersions ? { expectedVersions } : {}) });

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 10 });
    store = new PostgresEventStore(database.pool);
    presentItem = new PresentItemHandler(new CommandRunner(store, new FixedClock(new Date('2024-06-01T10:00:00Z')), new SequentialIdGenerator('c')));
  });
  afterAll(() => database.drop());

  it('32 commands racing on one meeting stream all land: the unpinned conflicts are retried', async () => {
    const cases = Array.from({ length: 32 }, (_, i) => `01.02.03-A00-${i + 1}-24`);
    // Each pins its own (new) case with version 0, none pins the meeting.
    const results = await Promise.all(cases.map((c, i) => presentItem.execute(present(c, `race-${i}`, { [`case-${c}`]: 0 }))));
    expect(results.map((r) => r.outcome)).toEqual(cases.map(() => 'appended'));
    const meeting = await store.readStream(`ballerup/${MEETING_STREAM}`);
    expect(meeting.filter((e) => e.type === 'AgendaItemAdded')).toHaveLength(32);
    expect(meeting.filter((e) => e.type === 'MeetingScheduled')).toHaveLength(1);
    // Every answer names the meeting version its own write produced.
    const versions = results.map((r) => r.streams.find((s) => s.streamId === MEETING_STREAM)!.version).sort((a, b) => a - b);
    expect(new Set(versions).size).toBe(32);
  }, 30_000);

  it('a conflict on the pinned stream is answered with both versions, not retried', async () => {
    await presentItem.execute(present('01.02.03-A00-100-24', 'pinned-1'));
    await expect(presentItem.execute(present('01.02.03-A00-100-24', 'pinned-2', { 'case-01.02.03-A00-100-24': 0 }))).rejects.toMatchObject({
      streamId: 'case-01.02.03-A00-100-24',
      expectedVersion: 0,
      actualVersion: 1,
    });
  });

  it('twin requests with one key, both past their reads before either writes: one writes, both answer the same', async () => {
    // Hold the first append until the second arrives, so both decided on streams without the key.
    const twinStore = new PostgresEventStore(database.pool);
    const append = twinStore.appendToStreams.bind(twinStore);
    let arrived: () => void;
    const bothArrived = new Promise<void>((resolve) => (arrived = resolve));
    let appends = 0;
    twinStore.appendToStreams = async (requests) => {
      if (++appends === 2) arrived();
      await bothArrived;
      return append(requests);
    };
    const twins = new PresentItemHandler(new CommandRunner(twinStore, new FixedClock(new Date('2024-06-01T10:00:00Z')), new SequentialIdGenerator('t')));
    const [a, b] = await Promise.all([twins.execute(present('01.02.03-A00-200-24', 'twin')), twins.execute(present('01.02.03-A00-200-24', 'twin'))]);
    expect(appends).toBe(2);
    expect([a!.outcome, b!.outcome].sort()).toEqual(['appended', 'duplicate']);
    expect({ ...a, outcome: undefined }).toEqual({ ...b, outcome: undefined });
    expect(a!.streams.map((s) => s.streamId)).toEqual(['case-01.02.03-A00-200-24', MEETING_STREAM]);
    expect(await store.streamVersion('ballerup/case-01.02.03-A00-200-24')).toBe(1);
  });

  it('a later repeat answers with every stream, the versions and position of the first write', async () => {
    const first = await presentItem.execute(present('01.02.03-A00-300-24', 'later'));
    await presentItem.execute(present('01.02.03-A00-301-24', 'in-between'));
    const again = await presentItem.execute(present('01.02.03-A00-300-24', 'later'));
    expect(again).toEqual({ ...first, outcome: 'duplicate' });
    expect(again.events.map((e) => e.type)).toEqual(['ItemPresented', 'AgendaItemAdded']);
  });
});
