import type { ServerResponse } from 'node:http';
import { type FeedSubscriber, type GlobalCheckpoint, municipalityOfStream, type RecordedEvent } from '#event-store';
import { eventView } from '../http/event-view.js';

export interface SseLimits {
  /** Events written while the connection had no room, beyond which the client is dropped. */
  maxEvents: number;
  /** Bytes waiting to be sent, beyond which the client is dropped. */
  maxBytes: number;
}

/** SSE ids are `<transaction id>.<global position>`: a checkpoint the gap-safe reader resumes from. */
export const sseId = (c: GlobalCheckpoint): string => `${c.transactionId}.${c.globalPosition}`;

const sseMessage = (event: RecordedEvent): string => `id: ${sseId(event)}\nevent: ${event.type}\ndata: ${JSON.stringify(eventView(event))}\n\n`;

// Every live client gets the same batch: it is turned into bytes once per batch and municipality
// filter ('' for none), not once per client.
const encoded = new WeakMap<readonly RecordedEvent[], Map<string, Buffer>>();

function sseChunk(events: readonly RecordedEvent[], municipality: string | undefined): Buffer {
  let chunks = encoded.get(events);
  if (chunks === undefined) encoded.set(events, (chunks = new Map()));
  let chunk = chunks.get(municipality ?? '');
  if (chunk === undefined) {
    const mine = municipality === undefined ? events : events.filter((e) => municipalityOfStream(e.streamId) === municipality);
    chunk = Buffer.from(mine.map(sseMessage).join(''));
    chunks.set(municipality ?? '', chunk);
  }
  return chunk;
}

/**
 * One SSE connection as a reader of the change feed. Its buffer is bounded: when new events
 * arrive while more than `maxEvents` events or `maxBytes` bytes still wait to be sent, the
 * client has fallen behind and is dropped (the connection is closed; it resumes with
 * Last-Event-ID). A client that reads keeps up: one batch is written at a time, and history is
 * only read as fast as the client takes it.
 */
export class SseClient implements FeedSubscriber {
  private ended = false;
  /** Events written since the connection last had room. */
  private backlog = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly response: ServerResponse,
    private readonly limits: SseLimits,
    /** Only this municipality's events; undefined: every municipality's. */
    private readonly municipality: string | undefined,
    private readonly onDropped: (backlog: { events: number; bytes: number }) => void,
  ) {
    response.on('drain', () => {
      this.backlog = 0;
      this.release();
    });
    response.on('close', () => {
      this.ended = true;
      this.release();
    });
  }

  get closed(): boolean {
    return this.ended;
  }

  deliver(events: readonly RecordedEvent[]): void {
    if (this.ended) return;
    const bytes = this.response.writableLength;
    if (this.backlog > this.limits.maxEvents || bytes > this.limits.maxBytes) {
      this.drop({ events: this.backlog, bytes });
      return;
    }
    const chunk = sseChunk(events, this.municipality);
    if (chunk.length === 0) return;
    this.response.write(chunk);
    if (this.response.writableNeedDrain) this.backlog += events.length;
  }

  ready(): Promise<void> {
    if (this.ended || !this.response.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Ends the stream (server shutdown). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.response.end();
    this.release();
  }

  private drop(backlog: { events: number; bytes: number }): void {
    this.ended = true;
    this.onDropped(backlog);
    // Not end(): that would queue behind the backlog. The client sees the connection close.
    this.response.destroy();
    this.release();
  }

  private release(): void {
    this.waiting.splice(0).forEach((resolve) => resolve());
  }
}
