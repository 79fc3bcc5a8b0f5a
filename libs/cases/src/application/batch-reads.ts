import { type AppendRequest, ExpectedVersion, type NewEvent, type RecordedEvent } from '#event-store';
import type { StreamSource } from './municipality-view.js';

/**
 * The streams as one batch of commands sees them: each read from the store once (several in one
 * round trip when named beforehand), with the events decided earlier in the batch added, so a
 * later command decides on them. `appends` is everything added, per stream, expecting each stream
 * at the version the store had when it was read.
 */
export class BatchReads {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly storedVersions = new Map<string, number>();
  private readonly added = new Map<string, NewEvent[]>();

  constructor(private readonly store: StreamSource) {}

  async prefetch(streamIds: readonly string[]): Promise<void> {
    const missing = [...new Set(streamIds)].filter((id) => !this.streams.has(id));
    if (missing.length === 0) return;
    for (const [streamId, events] of await this.store.readStreams(missing)) this.remember(streamId, events);
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    if (!this.streams.has(streamId)) this.remember(streamId, await this.store.readStream(streamId));
    return [...this.streams.get(streamId)!];
  }

  /** Events a command of the batch decided; the stream must have been read (every command reads what it writes). */
  add(streamId: string, events: readonly NewEvent[]): void {
    const stream = this.streams.get(streamId);
    if (!stream) throw new Error(`Bug: the batch writes to ${streamId} without reading it`);
    for (const event of events) {
      // Not stored yet: no global position, transaction or time. Sessions read only ids, types, data and metadata.
      stream.push({ ...event, metadata: event.metadata ?? {}, streamId, streamPosition: stream.length + 1, globalPosition: 0n, transactionId: 0n, recordedAt: new Date(0) });
    }
    this.added.set(streamId, [...(this.added.get(streamId) ?? []), ...events]);
  }

  appends(): AppendRequest[] {
    return [...this.added].map(([streamId, events]) => ({ streamId, events, expectedVersion: ExpectedVersion.exact(this.storedVersions.get(streamId)!) }));
  }

  private remember(streamId: string, events: RecordedEvent[]): void {
    this.streams.set(streamId, [...events]);
    this.storedVersions.set(streamId, events.at(-1)?.streamPosition ?? 0);
  }
}
