import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import type { DatabaseServer } from '#platform';
import { DATABASE_SERVER } from '../database/database-server.token.js';

const HEALTH_TIMEOUT_MS = 3000;

/** Reports whether PostgreSQL answers, which server it is, and whether every migration is applied. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(DATABASE_SERVER) private readonly server: DatabaseServer,
  ) {}

  async check(key = 'database') {
    const session = this.indicator.check(key);
    // Whether the embedded server's process runs (and how often it was restarted), when we run it.
    const embedded: { process?: Record<string, unknown> } = this.server.embedded ? { process: { ...this.server.embedded() } } : {};
    let timer: NodeJS.Timeout | undefined;
    try {
      // A server that stopped answering (not refusing) must read as down, not hang the probe.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
      });
      const { row, pending } = await Promise.race([this.probe(), timeout]);
      const details = {
        mode: this.server.mode,
        ...embedded,
        serverVersion: row.version as string,
        sizeBytes: Number(row.size),
        migrations: pending ? 'pending' : 'applied',
      };
      return pending ? session.down(details) : session.up(details);
    } catch (error) {
      return session.down({ mode: this.server.mode, ...embedded, message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }

  private async probe() {
    const [row] = await this.dataSource.query(
      `SELECT current_setting('server_version') AS version, pg_database_size(current_database()) AS size`,
    );
    return { row, pending: await this.dataSource.showMigrations() };
  }
}
