import type pg from 'pg';
import { type BatchStop, type GlobalCheckpoint, isAtOrPast, type PostgresEventStore, type RecordedEvent, Subscription } from '#event-store';
import { checkpointsOf } from './checkpoints.js';
import { applyGuarded } from './guarded-apply.js';
import { LIVE, type Projection, subscriptionName } from './projection.js';
import { batchMarks, clearFailures, recordFailure } from './projection-failures.js';

export interface ProjectionRunnerOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  /** A lost connection or lease: the subscription reconnects. */
  onError?: (projection: string, error: unknown) => void;
  /** An event the projection cannot apply: recorded, then retried after `retry` backoff. */
  onFailure?: (failure: { projection: string; event: RecordedEvent; error: unknown; attempts: number }) => void;
  /** Backoff after a failed event: `baseMs` doubled per failed attempt, at most `maxMs`. */
  retry?: { baseMs?: number; maxMs?: number };
}

const position = (e: RecordedEvent) => e.globalPosition.toString();

/**
 * Runs each projection as its own leased, checkpointed subscription. Any number of processes may
 * run it: the lease lets exactly one apply each projection at a time.
 */
export class ProjectionRunner {
  private readonly subscriptions: Subscription[];

  constructor(
    private readonly connectionString: string,
    private readonly pool: pg.Pool,
    store: PostgresEventStore,
    readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.subscriptions = projections.map(
      (projection) =>
        new Subscription(connectionString, store, {
          name: subscriptionName(projection),
          handler: (events, client) => this.applyLive(projection, events, client),
          batchSize: options.batchSize ?? projection.liveBatchSize ?? 5000,
          reads: projection.reads,
          pollIntervalMs: options.pollIntervalMs ?? 500,
          onError: (error) => options.onError?.(projection.name, error),
        }),
    );
  }

  /**
   * Applies a batch, skipping parked events. An event the projection cannot apply stops it there:
   * the events before it are applied, the failure is recorded (with the checkpoint, in one
   * transaction) and the subscription waits before it tries that event again, longer each time.
   */
  private async applyLive(projection: Projection, events: RecordedEvent[], client: pg.ClientBase): Promise<void | BatchStop> {
    const marks = await batchMarks(client, projection.name, events);
    const applicable = marks.parked.size > 0 ? events.filter((e) => !marks.parked.has(position(e))) : events;
    const outcome = await applyGuarded(client, projection, applicable, LIVE);
    if (!outcome.failure) {
      if (marks.failed.size > 0) await clearFailures(client, projection.name, marks.failed);
      return;
    }
    const { event, error } = outcome.failure;
    const handled = events.indexOf(event);
    const passed = events.slice(0, handled).map(position).filter((p) => marks.failed.has(p));
    if (passed.length > 0) await clearFailures(client, projection.name, passed);
    const attempts = await recordFailure(client, projection.name, event, error);
    this.options.onFailure?.({ projection: projection.name, event, error, attempts });
    const { baseMs = 1000, maxMs = 15_000 } = this.options.retry ?? {};
    return { handled, retryAfterMs: Math.min(maxMs, baseMs * 2 ** Math.min(attempts - 1, 30)) };
  }

  /** Tries a stopped projection again now (its failing event was just parked), not after its backoff. */
  retryNow(name: string): void {
    this.subscriptions[this.projections.findIndex((p) => p.name === name)]?.retryNow();
  }

  start(): void {
    for (const subscription of this.subscriptions) subscription.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.stop()));
  }

  /** Resolves once every projection has applied everything visible now (used by tests and rebuilds). */
  async caughtUp(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.caughtUp()));
  }

  get status() {
    return this.subscriptions.map((s) => s.status);
  }

  /**
   * Read-your-writes: waits until the named projections have reached `target`, at most `timeoutMs`.
   * Checks the stored checkpoints, so it works when the projections run in another process. Gives
   * up at once when `stuck` says a projection still behind cannot get there (it is failing on an event).
   */
  async waitFor(
    target: GlobalCheckpoint,
    names: string[],
    timeoutMs: number,
    stuck: (behind: string[]) => Promise<boolean> = async () => false,
  ): Promise<'reached' | 'stuck' | 'timeout'> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoints = await checkpointsOf(this.pool, names.map((name) => subscriptionName({ name })));
      const behind = names.filter((name) => {
        const checkpoint = checkpoints.get(subscriptionName({ name }));
        return !checkpoint || !isAtOrPast(checkpoint, target);
      });
      if (behind.length === 0) return 'reached';
      if (await stuck(behind)) return 'stuck';
      if (Date.now() >= deadline) return 'timeout';
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
