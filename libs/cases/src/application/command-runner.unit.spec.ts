import { InMemoryEventStore, VersionConflict, type AppendRequest } from '#event-store';
import { IdempotencyKeyReused, InvalidInput, ItemNotOnAgenda } from '../domain/errors.js';
import { EBU } from '../domain/test-fixtures.js';
import { PresentItem } from '../domain/present-item/present-item.command.js';
import { RecordDecision } from '../domain/record-decision/record-decision.command.js';
import { PresentItemHandler } from '../present-item/present-item.handler.js';
import { RecordDecisionHandler } from '../record-decision/record-decision.handler.js';
import { FixedClock } from './clock.js';
import { CommandRunner } from './command-runner.js';
import type { ConflictRetry } from './conflict-retry.js';
import { deterministicEventId } from './deterministic-ids.js';
import { SequentialIdGenerator } from './id-generator.js';

const CASE = '82.07.00-A00-3-23';
const meeting = { body: EBU, date: '2024-02-06' };
const present = (key: string, title = 'Tilbud om energitjek', expectedVersions?: Record<string, number>) =>
  new PresentItem({ caseId: CASE, meeting, itemNumber: 6, title }, { idempotencyKey: key, actor: 'importer', source: 'document:ebu-2024-02-06.txt#L300', causationId: 'import-7', ...(expectedVersions ? { expectedVersions } : {}) });

const MEETING_STREAM = 'meeting-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';

/** A retry policy on a fake clock: waiting is what moves time, so the deadline is reached without sleeping. */
function fakeRetry(deadlineMs = 1000) {
  let now = 0;
  const waits: number[] = [];
  const policy: ConflictRetry = { deadlineMs, firstDelayMs: 2, maxDelayMs: 100, elapsed: () => now, random: () => 0.5, wait: async (ms) => void (waits.push(ms), (now += ms)) };
  return { policy, waits };
}

function setup(store = new InMemoryEventStore(), retry = fakeRetry().policy) {
  const runner = new CommandRunner(store, new FixedClock(new Date('2024-03-01T10:00:00Z')), new SequentialIdGenerator('corr'), retry);
  return { store, runner, presentItem: new PresentItemHandler(runner), recordDecision: new RecordDecisionHandler(runner) };
}

describe('CommandRunner (through the handlers, on the in-memory store)', () => {
  it('writes both streams atomically, with deterministic ids and the command\'s metadata', async () => {
    const { store, presentItem } = setup();
    const result = await presentItem.execute(present('k-1'));
    expect(result.outcome).toBe('appended');
    expect(result.streams).toEqual([
      { streamId: `case-${CASE}`, version: 1 },
      { streamId: 'meeting-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06', version: 2 },
    ]);
    const [presented] = await store.readStream(`ballerup/case-${CASE}`);
    expect(presented!.eventId).toBe(deterministicEventId('k-1', 0));
    expect(presented!.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(presented!.metadata).toMatchObject({ actor: 'importer', source: 'document:ebu-2024-02-06.txt#L300', correlationId: 'corr-1', causationId: 'import-7', idempotencyKey: 'k-1', command: 'PresentItem' });
    expect(presented!.data).not.toHaveProperty('actor');
    const [transactionA, transactionB] = [(await store.readAll({ transactionId: 0n, globalPosition: 0n })).map((e) => e.transactionId)].flat();
    expect(transactionA).toBe(transactionB);
  });

  it('the same command twice appends nothing new and answers what the first wrote, on every stream', async () => {
    const { store, presentItem } = setup();
    const first = await presentItem.execute(present('k-1'));
    // Others write to both streams in between: the answer is still the first one's.
    await presentItem.execute(new PresentItem({ caseId: '01.02.03-A00-1-24', meeting, itemNumber: 7, title: 'Andet' }, { idempotencyKey: 'k-2', actor: 'importer' }));
    const again = await presentItem.execute(present('k-1'));
    expect(again).toEqual({ ...first, outcome: 'duplicate' });
    expect(again.streams.map((s) => s.streamId)).toEqual([`case-${CASE}`, MEETING_STREAM]);
    expect((await store.readAll({ transactionId: 0n, globalPosition: 0n })).length).toBe(5);
  });

  it('a repeat or a no-op is checked against If-Match first', async () => {
    const { presentItem } = setup();
    await presentItem.execute(present('k-1', undefined, { [`case-${CASE}`]: 0 }));
    // the same If-Match as the first time: the first answer
    await expect(presentItem.execute(present('k-1', undefined, { [`case-${CASE}`]: 0 }))).resolves.toMatchObject({ outcome: 'duplicate' });
    // another: the command was recorded at version 0, not 3
    await expect(presentItem.execute(present('k-1', undefined, { [`case-${CASE}`]: 3 }))).rejects.toMatchObject({ streamId: `case-${CASE}`, expectedVersion: 3, actualVersion: 0 });
    // nothing new to record, but the caller's version is stale
    await expect(presentItem.execute(present('k-9', undefined, { [`case-${CASE}`]: 0 }))).rejects.toMatchObject({ streamId: `case-${CASE}`, expectedVersion: 0, actualVersion: 1 });
  });

  it('a replayed decision is a duplicate, not a DuplicateDecision error', async () => {
    const { store, presentItem, recordDecision } = setup();
    await presentItem.execute(present('k-1'));
    const decide = new RecordDecision({ caseId: CASE, meeting, outcome: 'noted', decisionText: 'Taget til efterretning' }, { idempotencyKey: 'k-2', actor: 'api' });
    await recordDecision.execute(decide);
    await expect(recordDecision.execute(decide)).resolves.toMatchObject({ outcome: 'duplicate' });
    expect(await store.streamVersion(`ballerup/case-${CASE}`)).toBe(2);
  });

  it('a reused key with a different command is refused', async () => {
    const { presentItem } = setup();
    await presentItem.execute(present('k-1'));
    await expect(presentItem.execute(present('k-1', 'Et andet punkt'))).rejects.toBeInstanceOf(IdempotencyKeyReused);
  });

  it('nothing new to record is `unchanged` (a re-import under a new key)', async () => {
    const { presentItem } = setup();
    await presentItem.execute(present('k-1'));
    await expect(presentItem.execute(present('k-9'))).resolves.toEqual({ outcome: 'unchanged', events: [], streams: [] });
  });

  it('on a version conflict it reloads and decides again', async () => {
    const store = new InMemoryEventStore();
    const { presentItem } = setup(store);
    let raced = false;
    const original = store.appendToStreams.bind(store);
    // Another writer slips an event into the meeting stream between our read and our write.
    store.appendToStreams = async (requests: AppendRequest[]) => {
      if (!raced) {
        raced = true;
        await original([{ streamId: `ballerup/${MEETING_STREAM}`, events: [{ eventId: deterministicEventId('other', 0), type: 'MeetingScheduled', schemaVersion: 1, data: { meetingId: 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06', body: EBU, meetingDate: '2024-02-06', implied: false } }] }]);
      }
      return original(requests);
    };
    // The caller pinned the case (If-Match "0"), not the meeting: the meeting's conflict is retried.
    const result = await presentItem.execute(present('k-1', undefined, { [`case-${CASE}`]: 0 }));
    expect(result.outcome).toBe('appended');
    // decided again over the new state: the meeting is known now, so it is not scheduled a second time
    expect(result.events.map((e) => e.type)).toEqual(['ItemPresented', 'AgendaItemAdded']);
  });

  it('retries a conflict with growing, jittered waits until the deadline, then answers it', async () => {
    const store = new InMemoryEventStore();
    const { policy, waits } = fakeRetry(1000);
    const { presentItem } = setup(store, policy);
    let attempts = 0;
    store.appendToStreams = async () => {
      attempts++;
      throw new VersionConflict(MEETING_STREAM, 1, 2);
    };
    await expect(presentItem.execute(present('k-1'))).rejects.toMatchObject({ streamId: MEETING_STREAM, expectedVersion: 1, actualVersion: 2 });
    expect(waits.slice(0, 4)).toEqual([1, 2, 4, 8]);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1000);
    expect(attempts).toBe(waits.length + 1);
    expect(attempts).toBeGreaterThan(10);
  });

  it('a conflict on the stream the caller pinned is answered at once', async () => {
    const store = new InMemoryEventStore();
    const { presentItem } = setup(store);
    let attempts = 0;
    store.appendToStreams = async () => {
      attempts++;
      throw new VersionConflict(`case-${CASE}`, 0, 1);
    };
    await expect(presentItem.execute(present('k-1', undefined, { [`case-${CASE}`]: 0 }))).rejects.toMatchObject({ streamId: `case-${CASE}`, expectedVersion: 0, actualVersion: 1 });
    expect(attempts).toBe(1);
  });

  it('a command no longer valid after a conflict fails with its domain error', async () => {
    const store = new InMemoryEventStore();
    const { recordDecision } = setup(store);
    store.appendToStreams = async () => {
      throw new VersionConflict('s', 1, 2);
    };
    await expect(recordDecision.execute(new RecordDecision({ caseId: CASE, meeting, outcome: 'noted', decisionText: 'x' }, { idempotencyKey: 'k', actor: 'a' }))).rejects.toBeInstanceOf(ItemNotOnAgenda);
  });

  it('a decision naming a stream twice appends both parts, in order, as one write to it', async () => {
    const { store, runner } = setup();
    const twice = (n: number) => ({ type: 'Noted', schemaVersion: 1, data: { n } });
    const result = await runner.run(present('k-twice'), async (load) => {
      await load.rawCase(CASE);
      return [
        { streamId: `case-${CASE}`, events: [twice(1)] },
        { streamId: `case-${CASE}`, events: [twice(2)] },
      ] as never;
    });
    expect(result.streams).toEqual([{ streamId: `case-${CASE}`, version: 2 }]);
    expect((await store.readStream(`ballerup/case-${CASE}`)).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('needs an idempotency key and an actor', async () => {
    const { presentItem } = setup();
    await expect(presentItem.execute(new PresentItem({ caseId: CASE, meeting, title: 't' }, { idempotencyKey: ' ', actor: 'a' }))).rejects.toThrow(InvalidInput);
    await expect(presentItem.execute(new PresentItem({ caseId: CASE, meeting, title: 't' }, { idempotencyKey: 'k', actor: '' }))).rejects.toThrow(/actor/);
  });
});
