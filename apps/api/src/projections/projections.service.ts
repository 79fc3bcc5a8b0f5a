import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type pg from 'pg';
import { DATABASE_URL, PG_POOL, PostgresEventStore } from '#event-store';
import { allProjections, ProjectionRunner } from '#projections';

export const RUN_PROJECTIONS = Symbol('RUN_PROJECTIONS');

/**
 * Runs the projections in this process (unless RUN_PROJECTIONS=off, when another process does)
 * and lets reads wait for a write's position: read-your-writes across processes, since it looks
 * at the stored checkpoints.
 */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  readonly runner: ProjectionRunner;

  constructor(
    @Inject(PG_POOL) pool: pg.Pool,
    @Inject(DATABASE_URL) databaseUrl: string,
    private readonly store: PostgresEventStore,
    @Inject(RUN_PROJECTIONS) private readonly run: boolean,
  ) {
    this.runner = new ProjectionRunner(databaseUrl, pool, store, allProjections(), {
      onError: (name, error) => this.logger.error(`projection ${name} failed; it will retry: ${(error as Error).message}`),
    });
  }

  onApplicationBootstrap(): void {
    if (this.run) this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** True once every projection has applied the event at `position` (false after `timeoutMs`). */
  async waitForPosition(position: bigint, timeoutMs = 3000): Promise<boolean> {
    const target = await this.store.checkpointOf(position);
    if (!target) return true; // no such event: nothing to wait for
    return this.runner.waitFor(target, this.runner.projections.map((p) => p.name), timeoutMs);
  }
}
