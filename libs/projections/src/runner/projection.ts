import type pg from 'pg';
import type { EventReads, RecordedEvent } from '#event-store';

/** Maps a projection's logical table name to the physical one being written (live or rebuild copy). */
export type TableName = (logical: string) => string;

/** A read model filled from the global event order. `apply` must be idempotent: replaying a batch changes nothing. */
export interface Projection {
  readonly name: string;
  /** The live tables it owns; a rebuild creates copies of them and swaps them in. */
  readonly tables: readonly string[];
  /**
   * `stream`: a rebuild may feed it stream by stream instead of in global order, because its rows
   * do not depend on the order across streams. Fewer, larger row writes: much faster rebuilds.
   */
  readonly rebuildOrder?: 'global' | 'stream';
  /**
   * A stream-order rebuild applies batches of whole streams on two connections at once. A batch
   * for which this holds (its events touch rows of other streams) is applied with nothing else in flight.
   */
  readonly appliedAloneInRebuild?: (events: RecordedEvent[]) => boolean;
  /**
   * Events per live batch when the runner is not told otherwise (5,000 by default). A projection
   * that reads back and rewrites a row per touched subject (case status) does that once per batch,
   * so a larger batch meets each subject's events together, as a rebuild does.
   */
  readonly liveBatchSize?: number;
  /**
   * What it reads of each event, when that is a few data fields: live processing and rebuilds then
   * read only those (less to parse and hold). Undefined: the whole event.
   */
  readonly reads?: EventReads;
  /** Applies a batch inside the transaction that also stores the checkpoint. */
  apply(events: RecordedEvent[], client: pg.ClientBase, table: TableName): Promise<void>;
}

export const subscriptionName = (projection: Pick<Projection, 'name'>): string => `projection:${projection.name}`;

export const LIVE: TableName = (logical) => logical;
