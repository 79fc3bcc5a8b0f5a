import { VersionConflict } from './errors.js';
import { ExpectedVersion, START, type NewEvent } from './event-store.port.js';
import { InMemoryEventStore } from './in-memory-event-store.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const event = (n: number, type = 'Happened'): NewEvent => ({ eventId: id(n), type, schemaVersion: 1, data: { n }, metadata: { actor: 'test' } });

describe('InMemoryEventStore', () => {
  const fixedNow = new Date('2024-02-06T08:00:00Z');
  let store: InMemoryEventStore;
  beforeEach(() => {
    store = new InMemoryEventStore(() => fixedNow);
  });

  it('appends and reads a stream in order with 1-based positions', async () => {
    const result = await store.appendToStream('s-1', [event(1), event(2)]);
    expect(result).toEqual({ outcome: 'appended', nextExpectedVersion: 2, lastGlobalPosition: 2n });
    const read = await store.readStream('s-1');
    expect(read.map((e) => [e.eventId, e.streamPosition, e.data])).toEqual([[id(1), 1, { n: 1 }], [id(2), 2, { n: 2 }]]);
    expect(read[0]!.recordedAt).toEqual(fixedNow);
    expect(await store.streamVersion('s-1')).toBe(2);
    expect(await store.streamVersion('missing')).toBe(0);
  });

  it('honours exact expected versions, including 0 for a new stream', async () => {
    await store.appendToStream('s', [event(1)], { expectedVersion: ExpectedVersion.exact(0) });
    await expect(store.appendToStream('s', [event(2)], { expectedVersion: ExpectedVersion.exact(0) })).rejects.toBeInstanceOf(VersionConflict);
    await expect(store.appendToStream('s', [event(2)], { expectedVersion: ExpectedVersion.exact(1) })).resolves.toMatchObject({ nextExpectedVersion: 2 });
  });

  it('honours no_stream, stream_exists and any', async () => {
    await expect(store.appendToStream('s', [event(1)], { expectedVersion: ExpectedVersion.streamExists })).rejects.toThrow(/expected the stream to exist, actual version 0/);
    await store.appendToStream('s', [event(1)], { expectedVersion: ExpectedVersion.noStream });
    await expect(store.appendToStream('s', [event(2)], { expectedVersion: ExpectedVersion.noStream })).rejects.toBeInstanceOf(VersionConflict);
    await store.appendToStream('s', [event(2)], { expectedVersion: ExpectedVersion.streamExists });
    await store.appendToStream('s', [event(3)], { expectedVersion: ExpectedVersion.any });
    expect(await store.streamVersion('s')).toBe(3);
  });

  it('writes nothing for event ids the stream already holds, even with a stale expected version', async () => {
    await store.appendToStream('s', [event(1), event(2)]);
    const again = await store.appendToStream('s', [event(1), event(2)], { expectedVersion: ExpectedVersion.exact(0) });
    expect(again).toEqual({ outcome: 'duplicate', nextExpectedVersion: 2, lastGlobalPosition: undefined });
    expect(await store.streamVersion('s')).toBe(2);
    // the same id in another stream is a different event
    await expect(store.appendToStream('t', [event(1)])).resolves.toMatchObject({ outcome: 'appended' });
  });

  it('appends to several streams atomically: one conflict writes nothing anywhere', async () => {
    await store.appendToStream('b', [event(1)]);
    await expect(
      store.appendToStreams([
        { streamId: 'a', events: [event(2)], expectedVersion: ExpectedVersion.noStream },
        { streamId: 'b', events: [event(3)], expectedVersion: ExpectedVersion.exact(0) },
      ]),
    ).rejects.toBeInstanceOf(VersionConflict);
    expect(await store.streamVersion('a')).toBe(0);
    expect(await store.streamVersion('b')).toBe(1);

    const results = await store.appendToStreams([
      { streamId: 'a', events: [event(2)], expectedVersion: ExpectedVersion.noStream },
      { streamId: 'b', events: [event(3)], expectedVersion: ExpectedVersion.exact(1) },
    ]);
    expect(results.map((r) => [r.outcome, r.nextExpectedVersion])).toEqual([['appended', 1], ['appended', 2]]);
    const [a, b] = [(await store.readStream('a'))[0]!, (await store.readStream('b'))[1]!];
    expect(a.transactionId).toBe(b.transactionId);
  });

  it('rejects empty appends and repeated ids within one append', async () => {
    await expect(store.appendToStream('s', [])).rejects.toThrow(/Nothing to append/);
    await expect(store.appendToStream('s', [event(1), event(1)])).rejects.toThrow(/Duplicate event id/);
  });

  it('reads backwards and from a position, with a maximum count', async () => {
    await store.appendToStream('s', [event(1), event(2), event(3)]);
    expect((await store.readStream('s', { direction: 'backwards' })).map((e) => e.streamPosition)).toEqual([3, 2, 1]);
    expect((await store.readStream('s', { from: 2, maxCount: 1 })).map((e) => e.streamPosition)).toEqual([2]);
    expect((await store.readStream('s', { direction: 'backwards', from: 2 })).map((e) => e.streamPosition)).toEqual([2, 1]);
  });

  it('reads all streams in global order after a checkpoint', async () => {
    await store.appendToStream('a', [event(1)]);
    await store.appendToStream('b', [event(2), event(3)]);
    const all = await store.readAll(START);
    expect(all.map((e) => e.globalPosition)).toEqual([1n, 2n, 3n]);
    const after = await store.readAll({ transactionId: all[1]!.transactionId, globalPosition: all[1]!.globalPosition });
    expect(after.map((e) => e.eventId)).toEqual([id(3)]);
    expect((await store.readAll(START, 2)).length).toBe(2);
  });

  it('hands out copies, so a caller cannot change stored events', async () => {
    await store.appendToStream('s', [event(1)]);
    const [read] = await store.readStream('s');
    (read!.data as { n: number }).n = 99;
    expect((await store.readStream('s'))[0]!.data).toEqual({ n: 1 });
  });
});
