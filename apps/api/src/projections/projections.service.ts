import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type pg from 'pg';
import { DATABASE_URL, PG_POOL, PostgresEventStore } from '#event-store';
import { allProjections, checkpointsOf, listParked, openFailures, ProjectionRunner, type ProjectionFailure, subscriptionName } from '#projections';

export const RUN_PROJECTIONS = Symbol('RUN_PROJECTIONS');

/** What a read-your-writes wait found. */
export type PositionWait = { state: 'fresh' } | { state: 'stale' } | { state: 'stuck'; failures: ProjectionFailure[] };

export interface ProjectionHealth {
  status: 'ok' | 'failing';
  /** The global position of the last event applied. */
  position: string;
  failure?: ProjectionFailure;
  parkedEvents: number;
}

interface CachedFailures {
  until: number;
  value: Promise<ProjectionFailure[]>;
  /** The value once it is known, so that a read need not wait for it. */
  settled?: ProjectionFailure[];
}

/** How long the answer to "which projections are failing" is reused by reads (one query a second at most). */
const FAILURES_TTL_MS = 1000;

/**
 * Runs the projections in this process (unless RUN_PROJECTIONS=off, when another process does)
 * and lets reads wait for a write's position: read-your-writes across processes, since it looks
 * at the stored checkpoints and failures.
 */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  readonly runner: ProjectionRunner;
  private failures: CachedFailures | undefined;

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(DATABASE_URL) databaseUrl: string,
    private readonly store: PostgresEventStore,
    @Inject(RUN_PROJECTIONS) private readonly run: boolean,
  ) {
    this.runner = new ProjectionRunner(databaseUrl, pool, store, allProjections(), {
      onError: (name, error) => this.logger.error(`projection ${name} lost its connection; it reconnects: ${(error as Error).message}`),
      onFailure: ({ projection, event, error, attempts }) => {
        this.failures = undefined;
        this.logger.error(
          `projection ${projection} cannot apply event ${event.globalPosition} (${event.type} ${event.eventId}, attempt ${attempts}); ` +
            `it retries with backoff until the event is fixed or parked (POST /admin/projections/${projection}/parked-events): ${(error as Error).message}`,
        );
      },
    });
  }

  onApplicationBootstrap(): void {
    if (this.run) this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** Open failures of every projection, as recorded by whichever process runs them (cached briefly). */
  async failing(): Promise<ProjectionFailure[]> {
    if (!this.failures || this.failures.until < Date.now()) {
      const value = openFailures(this.pool);
      const entry: CachedFailures = { until: Date.now() + FAILURES_TTL_MS, value };
      this.failures = entry;
      value.then(
        (failures) => (entry.settled = failures),
        () => {
          if (this.failures === entry) this.failures = undefined;
        },
      );
    }
    return this.failures.value;
  }

  /** The cached answer of `failing()` when it is known and fresh, without waiting (undefined: ask `failing()`). */
  failingNow(): ProjectionFailure[] | undefined {
    const cached = this.failures;
    return cached && cached.until >= Date.now() ? cached.settled : undefined;
  }

  /** After an admin parked or replayed an event: forget the cached failures and retry now. */
  changed(projection: string): void {
    this.failures = undefined;
    this.runner.retryNow(projection);
  }

  /**
   * Waits until the named projections have applied the event at `position`, at most `timeoutMs`;
   * answers at once when one of them is stuck on an earlier event.
   */
  async waitForPosition(position: bigint, names: string[], timeoutMs = 3000): Promise<PositionWait> {
    const target = await this.store.checkpointOf(position);
    if (!target || names.length === 0) return { state: 'fresh' }; // no such event, or no projection read: nothing to wait for
    let stuck: ProjectionFailure[] = [];
    const result = await this.runner.waitFor(target, names, timeoutMs, async (behind) => {
      stuck = (await this.failing()).filter((f) => behind.includes(f.projection));
      return stuck.length > 0;
    });
    return result === 'reached' ? { state: 'fresh' } : result === 'stuck' ? { state: 'stuck', failures: stuck } : { state: 'stale' };
  }

  /** Each projection's position, its open failure and how many of its events are parked. */
  async health(): Promise<Record<string, ProjectionHealth>> {
    const names = this.runner.projections.map((p) => p.name);
    const [checkpoints, failures, parked] = await Promise.all([
      checkpointsOf(this.pool, names.map((name) => subscriptionName({ name }))),
      openFailures(this.pool),
      listParked(this.pool),
    ]);
    return Object.fromEntries(
      names.map((name) => {
        const failure = failures.find((f) => f.projection === name);
        const health: ProjectionHealth = {
          status: failure ? 'failing' : 'ok',
          position: (checkpoints.get(subscriptionName({ name }))?.globalPosition ?? 0n).toString(),
          ...(failure ? { failure } : {}),
          parkedEvents: parked.filter((p) => p.projection === name && !p.replayedAt).length,
        };
        return [name, health];
      }),
    );
  }
}
