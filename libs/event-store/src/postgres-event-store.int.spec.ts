import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#testing';
import { VersionConflict } from './errors.js';
import { ExpectedVersion, type NewEvent, START } from './event-store.port.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { UpcasterRegistry } from './upcaster.registry.js';

function event(type = 'ItemPresented', data: unknown = { title: 'Orientering' }): NewEvent {
  return { eventId: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'test' } };
}

describe('PostgresEventStore', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  const recordedAt = new Date('2024-02-06T12:00:00.000Z');

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 70 });
    store = new PostgresEventStore(database.pool, { now: () => recordedAt });
  });
  afterAll(() => database.drop());

  it('appends several events atomically and reads them back with positions and metadata', async () => {
    const events = [event(), event('ItemPostponed', { reason: 'Udsættes' })];
    const result = await store.appendToStream('case-atomic', events, { expectedVersion: ExpectedVersion.noStream });
    expect(result).toMatchObject({ outcome: 'appended', nextExpectedVersion: 2 });
    const read = await store.readStream('case-atomic');
    expect(read.map((e) => [e.eventId, e.type, e.streamPosition, e.schemaVersion])).toEqual([
      [events[0]!.eventId, 'ItemPresented', 1, 1],
      [events[1]!.eventId, 'ItemPostponed', 2, 1],
    ]);
    expect(read[1]!.data).toEqual({ reason: 'Udsættes' });
    expect(read[0]!.metadata).toEqual({ actor: 'test' });
    expect(read[0]!.recordedAt.toISOString()).toBe(recordedAt.toISOString());
    expect(read[1]!.globalPosition).toBe(read[0]!.globalPosition + 1n);
    expect(result.lastGlobalPosition).toBe(read[1]!.globalPosition);
  });

  it('stores a batch (sent as one JSON array), alone or with other streams, exactly as the same events appended one by one', async () => {
    const shapes: Array<Pick<NewEvent, 'type' | 'schemaVersion' | 'data' | 'metadata'>> = [
      { type: 'ItemPresented', schemaVersion: 1, data: { title: 'Æblegrød "på" \\ Ørsted\n\u2028', n: 1.5, big: 12345678901234, list: [null, true, {}] }, metadata: { actor: 'x' } },
      { type: 'ItemPostponed', schemaVersion: 3, data: {}, metadata: undefined },
      { type: 'DecisionTaken', schemaVersion: 2, data: 'plain text', metadata: null as never },
      { type: 'CaseLinked', schemaVersion: 1, data: [1, 'to', { nested: { deeper: ['ok'] } }], metadata: { actor: 'y', correlationId: randomUUID() } },
    ];
    const batch = shapes.map((shape) => ({ eventId: randomUUID(), ...shape }));
    const single = shapes.map((shape) => ({ eventId: randomUUID(), ...shape }));
    const result = await store.appendToStream('ballerup/case-json-batch', batch, { expectedVersion: ExpectedVersion.noStream });
    for (const [i, e] of single.entries()) await store.appendToStream('ballerup/case-json-single', [e], { expectedVersion: ExpectedVersion.exact(i) });
    const stored = async (stream: string) =>
      (await store.readStream(stream)).map((e) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata: e.metadata, position: e.streamPosition }));
    expect(await stored('ballerup/case-json-batch')).toEqual(await stored('ballerup/case-json-single'));
    // Several streams at once take their own statement; the same events land the same way there.
    const [first, second] = await store.appendToStreams([
      { streamId: 'ballerup/case-json-streams-a', events: shapes.map((shape) => ({ eventId: randomUUID(), ...shape })), expectedVersion: ExpectedVersion.noStream },
      { streamId: 'egedal/case-json-streams-b', events: shapes.slice(0, 2).map((shape) => ({ eventId: randomUUID(), ...shape })), expectedVersion: ExpectedVersion.noStream },
    ]);
    expect(await stored('ballerup/case-json-streams-a')).toEqual(await stored('ballerup/case-json-single'));
    expect(await stored('egedal/case-json-streams-b')).toEqual((await stored('ballerup/case-json-single')).slice(0, 2));
    expect([first!.nextExpectedVersion, second!.nextExpectedVersion]).toEqual([4, 2]);
    expect(first!.lastGlobalPosition).toBe((await store.readStream('ballerup/case-json-streams-a', { direction: 'backwards', maxCount: 1 }))[0]!.globalPosition);
    expect(second!.lastGlobalPosition).toBe((await store.readStream('egedal/case-json-streams-b', { direction: 'backwards', maxCount: 1 }))[0]!.globalPosition);
    expect((await store.readStream('ballerup/case-json-batch')).map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
    expect((await stored('ballerup/case-json-batch')).map((e) => e.metadata)).toEqual([{ actor: 'x' }, {}, {}, shapes[3]!.metadata]);
    expect(result).toMatchObject({ outcome: 'appended', nextExpectedVersion: 4 });
    const last = await store.readStream('ballerup/case-json-batch', { direction: 'backwards', maxCount: 1 });
    expect(result.lastGlobalPosition).toBe(last[0]!.globalPosition);
  });

  it('rolls back a whole batch when the expected version is wrong', async () => {
    await store.appendToStream('case-batch', [event()]);
    await expect(store.appendToStream('case-batch', [event(), event()], { expectedVersion: ExpectedVersion.exact(0) })).rejects.toThrow(VersionConflict);
    expect(await store.streamVersion('case-batch')).toBe(1);
  });

  describe('expected version', () => {
    it('exact: accepts the current version, rejects any other with expected and actual', async () => {
      await store.appendToStream('case-exact', [event(), event()]);
      await expect(store.appendToStream('case-exact', [event()], { expectedVersion: ExpectedVersion.exact(2) })).resolves.toMatchObject({ nextExpectedVersion: 3 });
      const rejection = store.appendToStream('case-exact', [event()], { expectedVersion: ExpectedVersion.exact(2) });
      await expect(rejection).rejects.toBeInstanceOf(VersionConflict);
      await expect(rejection).rejects.toMatchObject({ streamId: 'case-exact', expectedVersion: 2, actualVersion: 3 });
      // An expected version beyond the end would leave a gap: also a conflict.
      await expect(store.appendToStream('case-exact', [event()], { expectedVersion: ExpectedVersion.exact(9) })).rejects.toMatchObject({ expectedVersion: 9, actualVersion: 3 });
      expect((await store.readStream('case-exact')).map((e) => e.streamPosition)).toEqual([1, 2, 3]);
    });

    it('no_stream: accepts a new stream, rejects an existing one', async () => {
      await expect(store.appendToStream('case-new', [event()], { expectedVersion: ExpectedVersion.noStream })).resolves.toMatchObject({ nextExpectedVersion: 1 });
      await expect(store.appendToStream('case-new', [event()], { expectedVersion: ExpectedVersion.noStream })).rejects.toMatchObject({ expectedVersion: 0, actualVersion: 1 });
    });

    it('stream_exists: rejects a missing stream, accepts an existing one', async () => {
      await expect(store.appendToStream('case-missing', [event()], { expectedVersion: ExpectedVersion.streamExists })).rejects.toMatchObject({ expectedVersion: null, actualVersion: 0 });
      expect(await store.streamVersion('case-missing')).toBe(0);
      await store.appendToStream('case-present', [event()]);
      await expect(store.appendToStream('case-present', [event()], { expectedVersion: ExpectedVersion.streamExists })).resolves.toMatchObject({ nextExpectedVersion: 2 });
    });

    it('any: accepts a new and an existing stream', async () => {
      await expect(store.appendToStream('case-any', [event()], { expectedVersion: ExpectedVersion.any })).resolves.toMatchObject({ nextExpectedVersion: 1 });
      await expect(store.appendToStream('case-any', [event()], { expectedVersion: ExpectedVersion.any })).resolves.toMatchObject({ nextExpectedVersion: 2 });
    });
  });

  it('lets exactly one of 64 concurrent writers at the same expected version win', async () => {
    await store.appendToStream('case-race', [event()]);
    const attempts = await Promise.allSettled(
      Array.from({ length: 64 }, (_, i) => store.appendToStream('case-race', [event('DecisionTaken', { writer: i })], { expectedVersion: ExpectedVersion.exact(1) })),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(63);
    expect(lost.every((a) => a.reason instanceof VersionConflict && a.reason.actualVersion === 2)).toBe(true);
    const stream = await store.readStream('case-race');
    expect(stream).toHaveLength(2);
    expect(await store.streamVersion('case-race')).toBe(2);
  });

  it('stores an event id once, however often it is appended, and reports the repeat as a duplicate', async () => {
    const once = event();
    const first = await store.appendToStream('case-idem', [once], { expectedVersion: ExpectedVersion.noStream });
    // A retried request still carries its original expected version: it must not conflict.
    const again = await store.appendToStream('case-idem', [once], { expectedVersion: ExpectedVersion.noStream });
    expect(again).toEqual({ outcome: 'duplicate', nextExpectedVersion: 1, lastGlobalPosition: first.lastGlobalPosition });
    const racing = await Promise.all(Array.from({ length: 8 }, () => store.appendToStream('case-idem-race', [{ ...once }])));
    expect(racing.filter((r) => r.outcome === 'appended')).toHaveLength(1);
    expect(await store.readStream('case-idem')).toHaveLength(1);
    expect(await store.readStream('case-idem-race')).toHaveLength(1);
  });

  it('appends to several streams atomically: a conflict on one writes none', async () => {
    await store.appendToStream('meeting-atomic', [event('MeetingScheduled')]);
    await expect(
      store.appendToStreams([
        { streamId: 'case-multi', events: [event()], expectedVersion: ExpectedVersion.noStream },
        { streamId: 'meeting-atomic', events: [event('AgendaItemAdded')], expectedVersion: ExpectedVersion.noStream },
      ]),
    ).rejects.toThrow(VersionConflict);
    expect(await store.streamVersion('case-multi')).toBe(0);
    const results = await store.appendToStreams([
      { streamId: 'case-multi', events: [event()], expectedVersion: ExpectedVersion.noStream },
      { streamId: 'meeting-atomic', events: [event('AgendaItemAdded')], expectedVersion: ExpectedVersion.exact(1) },
    ]);
    expect(results.map((r) => r.nextExpectedVersion)).toEqual([1, 2]);
  });

  it('reports a retried multi-stream append as duplicates, in either path', async () => {
    const requests = [
      { streamId: 'case-retry-multi', events: [event(), event()], expectedVersion: ExpectedVersion.noStream },
      { streamId: 'meeting-retry-multi', events: [event('AgendaItemAdded')], expectedVersion: ExpectedVersion.noStream },
    ];
    const first = await store.appendToStreams(requests);
    expect(first.map((r) => [r.outcome, r.nextExpectedVersion])).toEqual([['appended', 2], ['appended', 1]]);
    const again = await store.appendToStreams(requests);
    expect(again.map((r) => [r.outcome, r.nextExpectedVersion, r.lastGlobalPosition])).toEqual(first.map((r) => ['duplicate', r.nextExpectedVersion, r.lastGlobalPosition]));
    const anyMode = requests.map((r) => ({ ...r, expectedVersion: ExpectedVersion.any }));
    expect((await store.appendToStreams(anyMode)).map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(await store.streamVersion('case-retry-multi')).toBe(2);
  });

  it('reads a stream forwards and backwards from a version, with a limit', async () => {
    const events = Array.from({ length: 5 }, (_, i) => event('Numbered', { i }));
    await store.appendToStream('case-read', events);
    expect((await store.readStream('case-read', { from: 3 })).map((e) => e.streamPosition)).toEqual([3, 4, 5]);
    expect((await store.readStream('case-read', { from: 2, maxCount: 2 })).map((e) => e.streamPosition)).toEqual([2, 3]);
    expect((await store.readStream('case-read', { direction: 'backwards', maxCount: 2 })).map((e) => e.streamPosition)).toEqual([5, 4]);
    expect((await store.readStream('case-read', { direction: 'backwards', from: 2 })).map((e) => e.streamPosition)).toEqual([2, 1]);
    expect(await store.streamVersion('case-read')).toBe(5);
  });

  it('upcasts old schema versions on read', async () => {
    await store.appendToStream('case-upcast', [{ ...event('ItemPostponed', { why: 'Udsættes' }), schemaVersion: 1 }]);
    const upcasters = new UpcasterRegistry()
      .register('ItemPostponed', 1, (data) => ({ reason: data.why }))
      .register('ItemPostponed', 2, (data) => ({ ...data, causedByCancellation: false }));
    const reader = new PostgresEventStore(database.pool, { upcasters });
    const [read] = await reader.readStream('case-upcast');
    expect(read).toMatchObject({ schemaVersion: 3, data: { reason: 'Udsættes', causedByCancellation: false } });
  });

  describe('readAll', () => {
    it('never skips an event whose transaction took a lower position but commits later', async () => {
      const start = await lastCheckpoint();
      const holder = new pg.Client({ connectionString: database.url });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        const held = event('Held');
        await store.appendWithin(holder, { streamId: 'case-held', events: [held] });
        const later = [event('Later1'), event('Later2')];
        await store.appendToStream('case-later-1', [later[0]!]);
        await store.appendToStream('case-later-2', [later[1]!]);
        // The later events are committed, but delivering them now would let the checkpoint pass the held one.
        expect(await store.readAll(start)).toEqual([]);
        await holder.query('COMMIT');
        const delivered = await store.readAll(start);
        expect(delivered.map((e) => e.eventId)).toEqual([held.eventId, later[0]!.eventId, later[1]!.eventId]);
        expect(delivered[0]!.globalPosition).toBeLessThan(delivered[1]!.globalPosition);
      } finally {
        await holder.end();
      }
    });

    it('is not stalled by a rolled-back transaction', async () => {
      const start = await lastCheckpoint();
      const writer = new pg.Client({ connectionString: database.url });
      await writer.connect();
      await writer.query('BEGIN');
      await store.appendWithin(writer, { streamId: 'case-rolled-back', events: [event('Never')] });
      const after = event('After');
      await store.appendToStream('case-after-rollback', [after]);
      await writer.query('ROLLBACK');
      await writer.end();
      expect((await store.readAll(start)).map((e) => e.eventId)).toEqual([after.eventId]);
      expect(await store.streamVersion('case-rolled-back')).toBe(0);
    });

    it('pages through the global order from a checkpoint, in numeric order across digit boundaries', async () => {
      const start = await lastCheckpoint();
      const events = Array.from({ length: 25 }, (_, i) => event('Paged', { i }));
      await store.appendToStream('case-page-batch', events.slice(0, 12));
      for (const e of events.slice(12)) await store.appendToStream(`case-page-${e.eventId}`, [e]);
      const seen: string[] = [];
      let checkpoint = start;
      for (let page = await store.readAll(checkpoint, 3); page.length > 0; page = await store.readAll(checkpoint, 3)) {
        seen.push(...page.map((e) => e.eventId));
        const last = page[page.length - 1]!;
        checkpoint = { transactionId: last.transactionId, globalPosition: last.globalPosition };
      }
      expect(seen).toEqual(events.map((e) => e.eventId));
    });

    it('narrowed to the fields a reader names: absent fields stay absent, a JSON null stays null, nothing else is sent', async () => {
      const start = await lastCheckpoint();
      const body = 'Økonomi- og "Erhvervs"udvalget \\ i\tBallerup\n\u0001';
      const stored = event('ItemPresented', { caseId: '01.02.03-A00-1-24', title: null, summary: ['lang tekst'], itemNumber: 4, changes: { title: null }, body });
      await store.appendToStream('case-narrowed', [stored]);
      const reads = { data: ['caseId', 'title', 'itemNumber', 'changes', 'outcome', 'body'] };
      const [narrowed] = await store.readAll(start, 10, undefined, reads);
      const [whole] = await store.readAll(start, 10);
      expect(narrowed!.data).toStrictEqual({ caseId: '01.02.03-A00-1-24', title: null, itemNumber: 4, changes: { title: null }, body });
      expect(narrowed!.metadata).toEqual({});
      expect(() => narrowed!.recordedAt.toISOString()).toThrow(RangeError);
      const { data: _data, metadata: _metadata, recordedAt: _recordedAt, ...rest } = whole!;
      expect(narrowed).toMatchObject(rest);
      const [withMore] = await store.readAll(start, 10, undefined, { ...reads, metadata: true, recordedAt: true });
      expect(withMore).toEqual({ ...whole, data: narrowed!.data });
      const [byStream] = await store.readAllByStream(BigInt(Number.MAX_SAFE_INTEGER), { streamId: 'case-narrowe', streamPosition: 0 }, 1, undefined, reads);
      expect({ ...byStream, recordedAt: undefined }).toEqual({ ...narrowed, recordedAt: undefined });
    });

    it('narrowed after upcasting: an upcaster sees the data as stored', async () => {
      const start = await lastCheckpoint();
      await store.appendToStream('case-narrowed-upcast', [event('ItemPostponed', { why: 'Udsættes', summary: ['lang tekst'] })]);
      const upcasters = new UpcasterRegistry().register('ItemPostponed', 1, (data) => ({ reason: data.why, summary: data.summary }));
      const reader = new PostgresEventStore(database.pool, { upcasters });
      const [read] = await reader.readAll(start, 10, undefined, { data: ['reason', 'why'] });
      expect(read).toMatchObject({ schemaVersion: 2, data: { reason: 'Udsættes' } });
      expect(read!.data).toStrictEqual({ reason: 'Udsættes' });
    });

    it('refuses a narrowed read of a field name that is not a plain identifier', async () => {
      await expect(store.readAll(START, 1, undefined, { data: ["title' OR '1"] })).rejects.toThrow(/narrowed read/);
    });

    async function lastCheckpoint() {
      let checkpoint = START;
      for (let page = await store.readAll(checkpoint, 10_000); page.length; page = await store.readAll(checkpoint, 10_000)) {
        const last = page[page.length - 1]!;
        checkpoint = { transactionId: last.transactionId, globalPosition: last.globalPosition };
      }
      return checkpoint;
    }
  });
});
