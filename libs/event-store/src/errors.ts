import type { ExpectedVersion } from './event-store.port.js';

/**
 * The stream's version did not match what the writer expected. Maps to HTTP 409. Both versions
 * are numbers; `expectedVersion` is null only for "the stream must exist" (any version above 0).
 */
export class VersionConflict extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number | null,
    readonly actualVersion: number,
    /** Why the expectation is out of date, when it is not simply "someone wrote since". */
    reason?: string,
  ) {
    super(
      `Version conflict on stream ${streamId}: expected ${expectedVersion === null ? 'the stream to exist' : `version ${expectedVersion}`}, actual version ${actualVersion}${reason ? ` (${reason})` : ''}`,
    );
    this.name = 'VersionConflict';
  }

  /** The conflict of an append that expected `expected` of a stream now at `actual`. */
  static of(streamId: string, expected: ExpectedVersion, actual: number): VersionConflict {
    return new VersionConflict(streamId, expected.kind === 'exact' ? expected.version : expected.kind === 'stream_exists' ? null : 0, actual);
  }
}
