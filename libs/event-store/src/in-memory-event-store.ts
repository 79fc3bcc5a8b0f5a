import { VersionConflict } from './errors.js';
import type {
  AppendRequest,
  AppendResult,
  EventStore,
  ExpectedVersion,
  GlobalCheckpoint,
  NewEvent,
  ReadStreamOptions,
  RecordedEvent,
} from './event-store.port.js';

function satisfies(expected: ExpectedVersion, actual: number): boolean {
  switch (expected.kind) {
    case 'exact':
      return actual === expected.version;
    case 'no_stream':
      return actual === 0;
    case 'stream_exists':
      return actual > 0;
    case 'any':
      return true;
  }
}

/**
 * The EventStore contract in memory, for unit tests and local tools. It follows the PostgreSQL
 * store's semantics: expected versions, idempotent event ids per stream, all-or-nothing
 * multi-stream appends, and one transaction id per call so readAll's order matches.
 * Events are copied in and out so callers cannot mutate what is "stored".
 */
export class InMemoryEventStore implements EventStore {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly log: RecordedEvent[] = [];
  private globalPosition = 0n;
  private transactionId = 0n;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async appendToStream(
    streamId: string,
    events: NewEvent[],
    options: { expectedVersion?: ExpectedVersion } = {},
  ): Promise<AppendResult> {
    const [result] = await this.appendToStreams([{ streamId, events, expectedVersion: options.expectedVersion }]);
    return result!;
  }

  async appendToStreams(requests: AppendRequest[]): Promise<AppendResult[]> {
    // Validate every request before writing anything: a failure leaves all streams untouched.
    const plans = requests.map((request) => this.plan(request));
    const seen = new Set<string>();
    for (const request of requests) {
      if (seen.has(request.streamId)) throw new Error(`Stream ${request.streamId} appears twice in one append`);
      seen.add(request.streamId);
    }
    if (plans.every((plan) => plan.duplicate)) {
      return plans.map((plan) => ({ outcome: 'duplicate', nextExpectedVersion: plan.version, lastGlobalPosition: undefined }));
    }
    this.transactionId += 1n;
    const recordedAt = this.now();
    return plans.map((plan, index) => {
      const request = requests[index]!;
      if (plan.duplicate) return { outcome: 'duplicate', nextExpectedVersion: plan.version, lastGlobalPosition: undefined };
      const stream = this.streams.get(request.streamId) ?? [];
      let last: bigint | undefined;
      for (const event of plan.fresh) {
        this.globalPosition += 1n;
        last = this.globalPosition;
        const recorded: RecordedEvent = {
          eventId: event.eventId,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: structuredClone(event.data),
          metadata: structuredClone(event.metadata ?? {}),
          streamId: request.streamId,
          streamPosition: stream.length + 1,
          globalPosition: this.globalPosition,
          transactionId: this.transactionId,
          recordedAt,
        };
        stream.push(recorded);
        this.log.push(recorded);
      }
      this.streams.set(request.streamId, stream);
      return { outcome: 'appended', nextExpectedVersion: stream.length, lastGlobalPosition: last };
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const stream = this.streams.get(streamId) ?? [];
    const direction = options.direction ?? 'forwards';
    const max = options.maxCount ?? Number.POSITIVE_INFINITY;
    const selected =
      direction === 'forwards'
        ? stream.filter((e) => e.streamPosition >= (options.from ?? 1))
        : stream.filter((e) => e.streamPosition <= (options.from ?? stream.length)).reverse();
    return selected.slice(0, max).map(copy);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    return new Map(await Promise.all(streamIds.map(async (id) => [id, await this.readStream(id)] as const)));
  }

  async streamVersion(streamId: string): Promise<number> {
    return this.streams.get(streamId)?.length ?? 0;
  }

  async readAll(after: GlobalCheckpoint, limit = 1000): Promise<RecordedEvent[]> {
    return this.log
      .filter(
        (e) =>
          e.transactionId > after.transactionId ||
          (e.transactionId === after.transactionId && e.globalPosition > after.globalPosition),
      )
      .slice(0, limit)
      .map(copy);
  }

  private plan(request: AppendRequest): { duplicate: boolean; version: number; fresh: NewEvent[] } {
    if (request.events.length === 0) throw new Error(`Nothing to append to ${request.streamId}`);
    const stream = this.streams.get(request.streamId) ?? [];
    const ids = request.events.map((e) => e.eventId);
    if (new Set(ids).size !== ids.length) throw new Error(`Duplicate event id within one append to ${request.streamId}`);
    const known = new Set(stream.map((e) => e.eventId));
    // As in PostgreSQL's es_append: ids the stream already holds are skipped before the version
    // check, so a retried write after a lost reply reports `duplicate` even if the stream moved on.
    const fresh = request.events.filter((e) => !known.has(e.eventId));
    if (fresh.length === 0) return { duplicate: true, version: stream.length, fresh };
    const expected = request.expectedVersion ?? { kind: 'any' };
    if (!satisfies(expected, stream.length)) {
      throw VersionConflict.of(request.streamId, expected, stream.length);
    }
    return { duplicate: false, version: stream.length, fresh };
  }
}

function copy(event: RecordedEvent): RecordedEvent {
  return { ...event, data: structuredClone(event.data), metadata: structuredClone(event.metadata) };
}
