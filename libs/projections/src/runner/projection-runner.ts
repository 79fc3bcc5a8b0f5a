import type pg from 'pg';
import { type GlobalCheckpoint, isAtOrPast, type PostgresEventStore, Subscription } from '#event-store';
import { checkpointsOf } from './checkpoints.js';
import { LIVE, type Projection, subscriptionName } from './projection.js';

export interface ProjectionRunnerOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  onError?: (projection: string, error: unknown) => void;
}

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
    options: ProjectionRunnerOptions = {},
  ) {
    this.subscriptions = projections.map(
      (projection) =>
        new Subscription(connectionString, store, {
          name: subscriptionName(projection),
          handler: (events, client) => projection.apply(events, client, LIVE),
          batchSize: options.batchSize ?? 1000,
          pollIntervalMs: options.pollIntervalMs ?? 500,
          onError: (error) => options.onError?.(projection.name, error),
        }),
    );
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
   * Checks the stored checkpoints, so it works when the projections run in another process.
   */
  async waitFor(target: GlobalCheckpoint, names: string[], timeoutMs: number): Promise<boolean> {
    const subscriptions = names.map((name) => subscriptionName({ name }));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoints = await checkpointsOf(this.pool, subscriptions);
      if (subscriptions.every((s) => checkpoints.has(s) && isAtOrPast(checkpoints.get(s)!, target))) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
