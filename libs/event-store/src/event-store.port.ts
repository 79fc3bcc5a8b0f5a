/**
 * The event store's public contract. Implemented on PostgreSQL by PostgresEventStore; the domain's
 * command handlers depend on this interface only.
 */

/** What the caller expects of the stream's version when appending. Enforced by the database. */
export type ExpectedVersion =
  | { kind: 'exact'; version: number } // version 0 means "the stream must not exist yet"
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'any' };

export const ExpectedVersion = {
  exact: (version: number): ExpectedVersion => ({ kind: 'exact', version }),
  noStream: { kind: 'no_stream' } as ExpectedVersion,
  streamExists: { kind: 'stream_exists' } as ExpectedVersion,
  any: { kind: 'any' } as ExpectedVersion,
};

export interface EventMetadata {
  /** Who recorded the fact: an API token's name, or the importer. */
  actor?: string;
  correlationId?: string;
  causationId?: string;
  /** Where the fact came from: `api:<method> <path>` or `document:<name>#L<line>`. */
  source?: string;
  [key: string]: unknown;
}

/** An event as the domain produces it, before the store gives it a position. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** Stable id; appending an id the stream already holds writes nothing (idempotency). */
  eventId: string;
  /** Explicit, stable type string, e.g. `ItemPostponed`; never derived from a class name. */
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata?: EventMetadata;
}

/** An event as stored. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  eventId: string;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  streamId: string;
  /** 1-based position in its stream; the stream's version is the position of its last event. */
  streamPosition: number;
  globalPosition: bigint;
  /** Transaction id (xid8) that wrote it; part of the gap-safe global order. */
  transactionId: bigint;
  recordedAt: Date;
}

export interface AppendResult {
  /** `appended`: written now; `duplicate`: every event id was already in the stream, nothing written. */
  outcome: 'appended' | 'duplicate';
  /** The stream's version after the call. */
  nextExpectedVersion: number;
  /** Global position of the last event of this call (for read-your-writes), when known. */
  lastGlobalPosition: bigint | undefined;
}

export interface AppendRequest {
  streamId: string;
  events: NewEvent[];
  expectedVersion?: ExpectedVersion;
}

export interface ReadStreamOptions {
  /** Start at this stream position (inclusive). Forwards: default 1; backwards: default the last. */
  from?: number;
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}

/** Where a global reader is: the (transaction id, global position) of the last event it has seen. */
export interface GlobalCheckpoint {
  transactionId: bigint;
  globalPosition: bigint;
}

export const START: GlobalCheckpoint = { transactionId: 0n, globalPosition: 0n };

/** Whether a reader at `checkpoint` has seen the event at `target` (global order is transaction id, then position). */
export const isAtOrPast = (checkpoint: GlobalCheckpoint, target: GlobalCheckpoint): boolean =>
  checkpoint.transactionId > target.transactionId ||
  (checkpoint.transactionId === target.transactionId && checkpoint.globalPosition >= target.globalPosition);

export interface EventStore {
  appendToStream(streamId: string, events: NewEvent[], options?: { expectedVersion?: ExpectedVersion }): Promise<AppendResult>;
  /** Appends to several streams in one transaction: all or nothing. */
  appendToStreams(requests: AppendRequest[]): Promise<AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Several whole streams in one round trip; a stream that does not exist maps to []. */
  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /** The stream's version (number of events), 0 when it does not exist. */
  streamVersion(streamId: string): Promise<number>;
  /** Events after `checkpoint` in gap-safe global order: none that commits later can sort before them. */
  readAll(after: GlobalCheckpoint, limit?: number): Promise<RecordedEvent[]>;
}
