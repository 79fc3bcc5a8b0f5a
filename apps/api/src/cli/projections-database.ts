import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '#event-store';
import { dataSourceOptions } from '#migrations';
import { connectDatabaseServer, parseConfig } from '#platform';
import { NotFailing, ProjectionEventFailed, RebuildInProgress } from '#projections';

/** Runs `work` against the configured database (migrated first), for the projection command-line tools. */
export async function withProjectionsDatabase(work: (pool: pg.Pool, store: PostgresEventStore) => Promise<void>): Promise<void> {
  const config = parseConfig(process.env);
  const server = await connectDatabaseServer(config);
  const pool = new pg.Pool({ connectionString: server.url, max: 4 });
  pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
  try {
    const dataSource = new DataSource({ ...dataSourceOptions(server.url, 1), logging: false });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    await work(pool, new PostgresEventStore(pool));
  } finally {
    await pool.end();
    await server.stop();
  }
}

/** The refusals an operator can act on: a message and a non-zero exit code, no stack trace. */
export function exitOnKnownError(error: unknown): never {
  if (error instanceof RebuildInProgress || error instanceof NotFailing) {
    console.error(error.message);
    process.exit(3);
  }
  if (error instanceof ProjectionEventFailed) {
    console.error(`${error.message}\npark it with: npm run projections:park -- ${error.projection} ${error.event.globalPosition} --reason "<why>"`);
    process.exit(4);
  }
  throw error;
}
