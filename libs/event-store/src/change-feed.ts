import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { Alarm } from './alarm.js';
import { APPEND_CHANNEL } from './append-notifier.js';
import { type GlobalCheckpoint, isAtOrPast, type RecordedEvent, START } from './event-store.port.js';
import type { PostgresEventStore } from './postgres-event-store.js';

/** One reader of the feed (an SSE connection). */
export interface FeedSubscriber {
  /** Events in global order, each after the last one delivered (or the starting point). Must not throw. */
  deliver(events: readonly RecordedEvent[]): void;
  /** Resolves when the subscriber can take another page of history (catch-up is paced by the reader). */
  ready(): Promise<void>;
  /** Set once the reader is gone: catch-up stops. */
  readonly closed: boolean;
}

export interface ChangeFeedOptions {
  batchSize?: number;
  /** Polling fallback when a notification is missed (or LISTEN is unavailable). */
  pollIntervalMs?: number;
  /**
   * After delivering a batch, wait this long before the next read, so that events written in the
   * meantime go out together: fewer, larger writes to every client, at this much latency.
   */
  coalesceMs?: number;
  onError?: (error: unknown) => void;
}

interface Member {
  subscriber: FeedSubscriber;
  /** Events up to here were delivered during catch-up; later batches are cut after it. */
  seen: GlobalCheckpoint;
}

/**
 * One reader of the global event order for any number of live subscribers: one connection
 * LISTENs for appends and reads each new batch once, and every subscriber gets the same batch.
 * A subscriber that starts behind the feed reads the history it missed on its own, page by page
 * as fast as it consumes them, then joins. The database work of live delivery does not grow
 * with the number of subscribers.
 */
export class ChangeFeed {
  private readonly live = new Set<Member>();
  private client: pg.Client | undefined;
  private loop: Promise<void> | undefined;
  private stopped = false;
  private readonly alarm = new Alarm();
  /** An append was announced since the last read began: read again before sleeping. */
  private notified = false;
  private started: Promise<void> | undefined;
  /** Where the shared reader is: every event up to here has been delivered to the live members. */
  private head: GlobalCheckpoint = START;
  /** Reads of the shared loop (they do not grow with subscribers) and of subscribers catching up (bounded by history). */
  readonly reads = { shared: 0, catchUp: 0 };

  constructor(
    private readonly connectionString: string,
    private readonly store: PostgresEventStore,
    private readonly options: ChangeFeedOptions = {},
  ) {}

  get subscribers(): number {
    return this.live.size;
  }

  /** Delivers every event after `from` to the subscriber until the returned function is called. */
  async subscribe(from: GlobalCheckpoint, subscriber: FeedSubscriber): Promise<() => void> {
    await this.start();
    const member: Member = { subscriber, seen: from };
    const leave = () => void this.live.delete(member);
    // History the shared reader is already past: read by this subscriber alone, paced by it.
    while (!subscriber.closed && !isAtOrPast(member.seen, this.head)) {
      const page = await this.store.readAll(member.seen, this.options.batchSize ?? 500);
      this.reads.catchUp++;
      if (page.length === 0) break; // the head is behind an open transaction: nothing more is visible yet
      const last = page[page.length - 1]!;
      member.seen = { transactionId: last.transactionId, globalPosition: last.globalPosition };
      subscriber.deliver(page);
      await subscriber.ready();
    }
    // Joining is synchronous with the check above: no batch of the shared loop falls in between.
    if (!subscriber.closed) this.live.add(member);
    return leave;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.alarm.wake();
    await this.loop;
    this.live.clear();
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      this.head = await this.store.visibleHeadCheckpoint();
      this.loop = this.run();
    })().catch((error: unknown) => {
      this.started = undefined; // the next subscriber tries again
      throw error;
    });
    return this.started;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        if (!this.client) await this.listen();
        this.notified = false;
        const batch = await this.store.readAll(this.head, this.options.batchSize ?? 500, this.client);
        this.reads.shared++;
        if (batch.length === 0) {
          if (!this.notified) await this.alarm.sleep(this.options.pollIntervalMs ?? 1000);
          continue;
        }
        const last = batch[batch.length - 1]!;
        this.head = { transactionId: last.transactionId, globalPosition: last.globalPosition };
        for (const member of [...this.live]) this.deliver(member, batch);
        if (batch.length < (this.options.batchSize ?? 500)) await delay(this.options.coalesceMs ?? 50);
      } catch (error) {
        if (this.stopped) break;
        this.options.onError?.(error);
        await this.disconnect();
        await this.alarm.sleep(this.options.pollIntervalMs ?? 1000);
      }
    }
    await this.disconnect();
  }

  private deliver(member: Member, batch: RecordedEvent[]): void {
    if (member.subscriber.closed) {
      this.live.delete(member);
      return;
    }
    // A member that joined ahead of the shared reader has seen the start of this batch already.
    const fresh = isAtOrPast(member.seen, batch[0]!) ? batch.filter((e) => !isAtOrPast(member.seen, e)) : batch;
    member.seen = this.head;
    if (fresh.length > 0) member.subscriber.deliver(fresh);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'sagsspor-change-feed' });
    client.on('error', (error) => this.options.onError?.(error));
    client.on('notification', () => {
      this.notified = true;
      this.alarm.wake();
    });
    await client.connect();
    await client.query(`LISTEN ${APPEND_CHANNEL}`);
    this.client = client;
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
  }
}
