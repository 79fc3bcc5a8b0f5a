import { InMemoryEventStore, VersionConflict, type AppendRequest, type EventStore } from '#event-store';
import { FixedClock } from '../application/clock.js';
import { CommandRunner } from '../application/command-runner.js';
import { deterministicEventId } from '../application/deterministic-ids.js';
import { SequentialIdGenerator } from '../application/id-generator.js';
import { IdempotencyKeyReused, InvalidInput, ItemNotOnAgenda } from '../domain/errors.js';
import { PresentItem } from '../domain/present-item/present-item.command.js';
import { RecordDecision } from '../domain/record-decision/record-decision.command.js';
import { EBU } from '../domain/test-fixtures.js';
import { PresentItemHandler } from '../present-item/present-item.handler.js';
import { RecordTogether } from './record-together.command.js';
import { RecordTogetherHandler } from './record-together.handler.js';

const meeting = { body: EBU, date: '2024-02-06' };
const MEETING_STREAM = 'meeting-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const present = (caseId: string, itemNumber: number, key: string, title = `Punkt ${itemNumber}`) =>
  new PresentItem({ caseId, meeting, itemNumber, title }, { idempotencyKey: key, actor: 'importer', source: `document:ebu.txt#L${itemNumber}` });
const decide = (caseId: string, key: string) =>
  new RecordDecision({ caseId, meeting, outcome: 'approved', decisionText: 'Godkendt.' }, { idempotencyKey: key, actor: 'importer' });

function setup(store: EventStore = new InMemoryEventStore()) {
  const runner = new CommandRunner(store, new FixedClock(new Date('2024-03-01T10:00:00Z')), new SequentialIdGenerator('corr'));
  return { store, together: new RecordTogetherHandler(runner), presentItem: new PresentItemHandler(runner) };
}

/** Counts the store's round trips: the point of recording together. */
function counting(store: InMemoryEventStore) {
  const calls = { reads: 0, multiReads: 0, appends: 0 };
  const readStream = store.readStream.bind(store);
  const appendToStreams = store.appendToStreams.bind(store);
  store.readStream = async (...args) => (calls.reads++, readStream(...args));
  store.readStreams = async (streamIds) => (calls.multiReads++, new Map(await Promise.all(streamIds.map(async (id) => [id, await readStream(id)] as const))));
  store.appendToStreams = async (...args) => (calls.appends++, appendToStreams(...args));
  return calls;
}

describe('RecordTogether (given events, when several commands, then one append)', () => {
  it('decides each command after the ones before it and appends everything in one transaction', async () => {
    const store = new InMemoryEventStore();
    const calls = counting(store);
    const { together } = setup(store);
    const outcomes = await together.execute(
      new RecordTogether(
        [{ command: present('01.02.03-A00-1-24', 1, 'k-1') }, { command: decide('01.02.03-A00-1-24', 'k-2'), requires: 0 }, { command: present('01.02.03-A00-2-24', 2, 'k-3') }],
        [MEETING_STREAM, 'case-01.02.03-A00-1-24', 'case-01.02.03-A00-2-24'],
      ),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['done', 'done', 'done']);
    expect(calls).toEqual({ reads: 0, multiReads: 1, appends: 1 });
    // The meeting is scheduled once, by the first presentation; the second sees it.
    expect((await store.readStream(`ballerup/${MEETING_STREAM}`)).map((e) => e.type)).toEqual(['MeetingScheduled', 'AgendaItemAdded', 'AgendaItemAdded']);
    expect((await store.readStream('ballerup/case-01.02.03-A00-1-24')).map((e) => [e.type, e.eventId, e.metadata.idempotencyKey])).toEqual([
      ['ItemPresented', deterministicEventId('k-1', 0), 'k-1'],
      ['DecisionTaken', deterministicEventId('k-2', 0), 'k-2'],
    ]);
    const transactions = new Set((await store.readAll({ transactionId: 0n, globalPosition: 0n })).map((e) => e.transactionId));
    expect(transactions.size).toBe(1);
    expect(outcomes[1]).toMatchObject({ kind: 'done', result: { outcome: 'appended', streams: [{ streamId: 'case-01.02.03-A00-1-24', version: 2 }] } });
  });

  it('writes the same events as the commands sent one by one', async () => {
    const commands = () => [present('01.02.03-A00-1-24', 1, 'k-1'), present('01.02.03-A00-2-24', 2, 'k-2')];
    const alone = setup();
    for (const command of commands()) await alone.presentItem.execute(command);
    const together = setup();
    await together.together.execute(new RecordTogether(commands().map((command) => ({ command }))));
    const view = async (store: EventStore) =>
      (await store.readAll({ transactionId: 0n, globalPosition: 0n }))
        .map(({ streamId, streamPosition, eventId, type, data }) => ({ streamId, streamPosition, eventId, type, data }))
        .sort((a, b) => a.streamId.localeCompare(b.streamId) || a.streamPosition - b.streamPosition);
    expect(await view(together.store)).toEqual(await view(alone.store));
  });

  it('a refused command fails alone, skips what requires it and writes nothing of its own', async () => {
    const { store, together } = setup();
    const outcomes = await together.execute(
      new RecordTogether([
        { command: decide('01.02.03-A00-9-24', 'k-0') },
        { command: present('01.02.03-A00-1-24', 1, 'k-1') },
        { command: present('01.02.03-A00-2-24', 2, 'k-2', ' ') },
        { command: decide('01.02.03-A00-2-24', 'k-3'), requires: 2 },
      ]),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'done', 'failed', 'skipped']);
    expect(outcomes[0]).toMatchObject({ error: expect.any(ItemNotOnAgenda) });
    expect(outcomes[2]).toMatchObject({ error: expect.any(InvalidInput) });
    expect((await store.readAll({ transactionId: 0n, globalPosition: 0n })).map((e) => e.metadata.idempotencyKey)).toEqual(['k-1', 'k-1', 'k-1']);
  });

  it('run again: every command is a duplicate and nothing is appended; a changed one reports its reused key', async () => {
    const { store, together } = setup();
    const batch = () => new RecordTogether([{ command: present('01.02.03-A00-1-24', 1, 'k-1') }, { command: present('01.02.03-A00-2-24', 2, 'k-2') }]);
    await together.execute(batch());
    const before = (await store.readAll({ transactionId: 0n, globalPosition: 0n })).length;
    const again = await together.execute(batch());
    expect(again.map((o) => o.kind === 'done' && o.result.outcome)).toEqual(['duplicate', 'duplicate']);
    const changed = await together.execute(new RecordTogether([{ command: present('01.02.03-A00-1-24', 1, 'k-1', 'Ny titel') }]));
    expect(changed[0]).toMatchObject({ kind: 'failed', error: expect.any(IdempotencyKeyReused) });
    expect((await store.readAll({ transactionId: 0n, globalPosition: 0n })).length).toBe(before);
  });

  it('on a version conflict it decides the whole batch again over fresh reads', async () => {
    const store = new InMemoryEventStore();
    const { together, presentItem } = setup(store);
    const original = store.appendToStreams.bind(store);
    let raced = false;
    store.appendToStreams = async (requests: AppendRequest[]) => {
      if (!raced) {
        raced = true;
        // Someone presents item 1 under its own key between our reads and our write.
        store.appendToStreams = original;
        await presentItem.execute(present('01.02.03-A00-1-24', 1, 'other'));
        throw new VersionConflict(MEETING_STREAM, 0, 3);
      }
      return original(requests);
    };
    const outcomes = await together.execute(new RecordTogether([{ command: present('01.02.03-A00-1-24', 1, 'k-1') }, { command: present('01.02.03-A00-2-24', 2, 'k-2') }]));
    expect(raced).toBe(true);
    expect(outcomes.map((o) => o.kind === 'done' && o.result.outcome)).toEqual(['unchanged', 'appended']);
    expect((await store.readStream(`ballerup/${MEETING_STREAM}`)).map((e) => e.type)).toEqual(['MeetingScheduled', 'AgendaItemAdded', 'AgendaItemAdded']);
  });
});
