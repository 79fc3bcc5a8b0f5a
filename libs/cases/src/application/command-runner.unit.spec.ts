import { InMemoryEventStore, VersionConflict, type AppendRequest } from '#event-store';
import { IdempotencyKeyReused, InvalidInput, ItemNotOnAgenda } from '../domain/errors.js';
import { EBU } from '../domain/test-fixtures.js';
import { PresentItem } from '../domain/present-item/present-item.command.js';
import { RecordDecision } from '../domain/record-decision/record-decision.command.js';
import { PresentItemHandler } from '../present-item/present-item.handler.js';
import { RecordDecisionHandler } from '../record-decision/record-decision.handler.js';
import { FixedClock } from './clock.js';
import { CommandRunner } from './command-runner.js';
import { deterministicEventId } from './deterministic-ids.js';
import { SequentialIdGenerator } from './id-generator.js';

const CASE = '82.07.00-A00-3-23';
const meeting = { body: EBU, date: '2024-02-06' };
const present = (key: string, title = 'Tilbud om energitjek') =>
  new PresentItem({ caseId: CASE, meeting, itemNumber: 6, title }, { idempotencyKey: key, actor: 'importer', source: 'document:ebu-2024-02-06.txt#L300', causationId: 'import-7' });

function setup(store = new InMemoryEventStore()) {
  const runner = new CommandRunner(store, new FixedClock(new Date('2024-03-01T10:00:00Z')), new SequentialIdGenerator('corr'));
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

  it('the same command twice appends nothing new', async () => {
    const { store, presentItem } = setup();
    const first = await presentItem.execute(present('k-1'));
    const again = await presentItem.execute(present('k-1'));
    expect(again.outcome).toBe('duplicate');
    expect(again.events.map((e) => e.eventId)).toEqual(first.events.filter((e) => e.streamId === `case-${CASE}`).map((e) => e.eventId));
    expect((await store.readAll({ transactionId: 0n, globalPosition: 0n })).length).toBe(3);
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
        await original([{ streamId: 'ballerup/meeting-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06', events: [{ eventId: deterministicEventId('other', 0), type: 'MeetingScheduled', schemaVersion: 1, data: { meetingId: 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06', body: EBU, meetingDate: '2024-02-06', implied: false } }] }]);
      }
      return original(requests);
    };
    const result = await presentItem.execute(present('k-1'));
    expect(result.outcome).toBe('appended');
    // decided again over the new state: the meeting is known now, so it is not scheduled a second time
    expect(result.events.map((e) => e.type)).toEqual(['ItemPresented', 'AgendaItemAdded']);
  });

  it('gives up after repeated conflicts, and a command no longer valid fails with its domain error', async () => {
    const store = new InMemoryEventStore();
    const { presentItem, recordDecision } = setup(store);
    store.appendToStreams = async () => {
      throw new VersionConflict('s', '1', 2);
    };
    await expect(presentItem.execute(present('k-1'))).rejects.toBeInstanceOf(VersionConflict);
    await expect(recordDecision.execute(new RecordDecision({ caseId: CASE, meeting, outcome: 'noted', decisionText: 'x' }, { idempotencyKey: 'k', actor: 'a' }))).rejects.toBeInstanceOf(ItemNotOnAgenda);
  });

  it('needs an idempotency key and an actor', async () => {
    const { presentItem } = setup();
    await expect(presentItem.execute(new PresentItem({ caseId: CASE, meeting, title: 't' }, { idempotencyKey: ' ', actor: 'a' }))).rejects.toThrow(InvalidInput);
    await expect(presentItem.execute(new PresentItem({ caseId: CASE, meeting, title: 't' }, { idempotencyKey: 'k', actor: '' }))).rejects.toThrow(/actor/);
  });
});
