import { createHash } from 'node:crypto';
import pg from 'pg';
import { type GlobalCheckpoint, isAtOrPast, type RecordedEvent, START } from './event-store.port.js';
import { Alarm } from './alarm.js';
import { APPEND_CHANNEL } from './append-notifier.js';
import type { EventReads } from './narrowed-read.js';
import type { PostgresEventStore } from './postgres-event-store.js';

/**
 * Handles one batch inside the transaction that also stores the checkpoint: effects written through
 * `client` happen exactly once; effects outside it at least once.
 */
export type BatchHandler = (events: RecordedEvent[], client: pg.ClientBase) => Promise<void | BatchStop>;

/**
 * A handler that could not handle the whole batch: the checkpoint moves past the first `handled`
 * events only (whatever the handler wrote commits with it), and the next try waits `retryAfterMs`,
 * which appends do not cut short (only stop() and retryNow() do).
 */
export interface BatchStop {
  handled: number;
  retryAfterMs: number;
}

export interface SubscriptionOptions {
  name: string;
  handler: BatchHandler;
  batchSize?: number;
  /** Only what the handler reads of each event (see EventReads); the whole event otherwise. */
  reads?: EventReads;
  /** Polling fallback when a notification is missed (or LISTEN is unavailable, e.g. behind a pooler). */
  pollIntervalMs?: number;
  /** How often a process that does not hold the lease tries to take it over. */
  leaseRetryMs?: number;
  onError?: (error: unknown) => void;
}

export interface SubscriptionStatus {
  name: string;
  leaseHeld: boolean;
  checkpoint: GlobalCheckpoint;
}

/** The next batch, read while the current one is handled; undefined if that read failed (it is read again). */
interface ReadAhead {
  after: GlobalCheckpoint;
  events: Promise<RecordedEvent[] | undefined>;
}

const checkpointOf = (e: RecordedEvent): GlobalCheckpoint => ({ transactionId: e.transactionId, globalPosition: e.globalPosition });
const sameCheckpoint = (a: GlobalCheckpoint, b: GlobalCheckpoint) => a.transactionId === b.transactionId && a.globalPosition === b.globalPosition;

/** A stable 64-bit advisory lock key for a subscription name. */
function leaseKey(name: string): string {
  return createHash('sha256').update(`sagsspor-subscription:${name}`).digest().readBigInt64BE(0).toString();
}

export async function loadCheckpoint(client: pg.ClientBase | pg.Pool, name: string, forUpdate = false): Promise<GlobalCheckpoint> {
  const { rows } = await client.query(
    `SELECT transaction_id::text, global_position::text FROM es_subscription_checkpoints WHERE subscription = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [name],
  );
  return rows.length ? { transactionId: BigInt(rows[0].transaction_id), globalPosition: BigInt(rows[0].global_position) } : START;
}

export async function storeCheckpoint(client: pg.ClientBase, name: string, checkpoint: GlobalCheckpoint): Promise<void> {
  await client.query(
    `INSERT INTO es_subscription_checkpoints (subscription, transaction_id, global_position, updated_at)
     VALUES ($1, $2::xid8, $3, now())
     ON CONFLICT (subscription) DO UPDATE SET transaction_id = excluded.transaction_id,
       global_position = excluded.global_position, updated_at = now()`,
    [name, checkpoint.transactionId.toString(), checkpoint.globalPosition.toString()],
  );
}

/**
 * Catch-up then live delivery of the global event order to one handler, with a durable checkpoint.
 * A dedicated connection holds a session advisory lock (the lease) for as long as it lives, LISTENs
 * for appends, and runs every batch; so two processes never run the same subscription at once, and
 * if the process dies its connection closes and another process takes over.
 */
export class Subscription {
  private client: pg.Client | undefined;
  private stopped = false;
  private readonly alarm = new Alarm();
  /** Rings only on stop() and retryNow(): appends do not cut a BatchStop's pause short. */
  private readonly retryAlarm = new Alarm();
  private loop: Promise<void> | undefined;
  private checkpoint: GlobalCheckpoint = START;
  private leaseHeld = false;
  private readonly caughtUpWaiters: Array<{ target: GlobalCheckpoint; resolve: () => void }> = [];
  private readonly drainedWaiters: Array<() => void> = [];

  constructor(
    private readonly connectionString: string,
    private readonly store: PostgresEventStore,
    private readonly options: SubscriptionOptions,
  ) {}

  get status(): SubscriptionStatus {
    return { name: this.options.name, leaseHeld: this.leaseHeld, checkpoint: this.checkpoint };
  }

  start(): void {
    this.stopped = false;
    this.loop ??= this.run().finally(() => {
      this.loop = undefined;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.alarm.wake();
    this.retryAlarm.wake();
    await this.loop;
  }

  /** Ends a pause after a BatchStop now (e.g. the event it stopped at was just parked). */
  retryNow(): void {
    this.retryAlarm.wake();
  }

  /**
   * Resolves once the subscription has processed every event committed when it was called. Not
   * "once a read comes back empty": a gap-safe read also comes back empty while an older
   * transaction (of any database on the server) is still open, with newer events already committed.
   */
  async caughtUp(): Promise<void> {
    const target = await this.store.headCheckpoint();
    await new Promise<void>((resolve) => {
      this.caughtUpWaiters.push({ target, resolve });
      this.resolveCaughtUp();
      this.alarm.wake();
    });
  }

  /**
   * Resolves once a read that started after the call found nothing it may deliver yet: everything
   * visible has been processed, while events behind a still-open older transaction may be held back.
   */
  async drained(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.drainedWaiters.push(resolve);
      this.alarm.wake();
    });
  }

  private resolveCaughtUp(): void {
    if (!this.leaseHeld) return;
    for (const waiter of [...this.caughtUpWaiters]) {
      if (!isAtOrPast(this.checkpoint, waiter.target)) continue;
      this.caughtUpWaiters.splice(this.caughtUpWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.connectAndHoldLease();
        if (this.stopped) break;
        await this.processUntilStopped();
      } catch (error) {
        if (!this.stopped) this.options.onError?.(error);
      } finally {
        await this.disconnect();
      }
      if (!this.stopped) await this.alarm.sleep(this.options.leaseRetryMs ?? 1000);
    }
  }

  private async connectAndHoldLease(): Promise<void> {
    while (!this.stopped) {
      const client = new pg.Client({ connectionString: this.connectionString });
      client.on('error', (error) => this.options.onError?.(error));
      await client.connect();
      const { rows } = await client.query('SELECT pg_try_advisory_lock($1::bigint) AS held', [leaseKey(this.options.name)]);
      if (rows[0].held) {
        this.client = client;
        this.leaseHeld = true;
        client.on('notification', () => this.alarm.wake());
        await client.query(`LISTEN ${APPEND_CHANNEL}`);
        return;
      }
      await client.end();
      await this.alarm.sleep(this.options.leaseRetryMs ?? 1000);
    }
  }

  private async processUntilStopped(): Promise<void> {
    const client = this.client!;
    const batchSize = this.options.batchSize ?? 500;
    this.checkpoint = await loadCheckpoint(client, this.options.name);
    let ahead: ReadAhead | undefined;
    while (!this.stopped) {
      // Only a read that starts after drained() was called may answer it; the others wait for the next one.
      const drainedWaiters = this.drainedWaiters.splice(0);
      let batch: RecordedEvent[];
      try {
        // A read ahead is taken only when it found events: an empty one may have started before drained() was called.
        const early = ahead && sameCheckpoint(ahead.after, this.checkpoint) ? await ahead.events : undefined;
        batch = early?.length ? early : await this.store.readAll(this.checkpoint, batchSize, client, this.options.reads);
      } catch (error) {
        this.drainedWaiters.unshift(...drainedWaiters);
        throw error;
      }
      ahead = undefined;
      if (batch.length === 0) {
        drainedWaiters.forEach((resolve) => resolve());
        this.resolveCaughtUp();
        await this.alarm.sleep(this.options.pollIntervalMs ?? 1000);
        continue;
      }
      this.drainedWaiters.unshift(...drainedWaiters);
      // A full batch: more is likely waiting. Read it (on another connection) while this one is handled,
      // so that PostgreSQL's reading and the handler's work overlap, as in a rebuild. Used only if this
      // batch ends where the read began (no BatchStop, no checkpoint moved by someone else).
      if (batch.length === batchSize) {
        const after = checkpointOf(batch.at(-1)!);
        ahead = { after, events: this.store.readAll(after, batchSize, undefined, this.options.reads).catch(() => undefined) };
      }
      let stop: BatchStop | void;
      let next = this.checkpoint;
      await client.query('BEGIN');
      try {
        // Fencing: someone else (a projection rebuild swapping tables in) may have moved the
        // checkpoint. The row lock orders us after them; a moved checkpoint means re-read from it.
        const stored = await loadCheckpoint(client, this.options.name, true);
        if (!sameCheckpoint(stored, this.checkpoint)) {
          await client.query('ROLLBACK');
          this.checkpoint = stored;
          continue;
        }
        stop = await this.options.handler(batch, client);
        const last = batch[(stop ? Math.min(stop.handled, batch.length) : batch.length) - 1];
        if (last) {
          next = checkpointOf(last);
          await storeCheckpoint(client, this.options.name, next);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      this.checkpoint = next;
      this.resolveCaughtUp();
      if (stop) await this.retryAlarm.sleep(stop.retryAfterMs);
    }
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.leaseHeld = false;
    // Closing the session releases the advisory lock.
    if (client) await client.end().catch(() => undefined);
  }
}
