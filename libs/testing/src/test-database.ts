import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#migrations';

export interface TestDatabase {
  url: string;
  /** A pool on the test database, closed by drop(). */
  pool: pg.Pool;
  drop(): Promise<void>;
}

export function adminUrl(): string {
  const url = process.env.SAGSSPOR_TEST_ADMIN_URL;
  if (!url) throw new Error('SAGSSPOR_TEST_ADMIN_URL is not set: run tests through jest (npm test), whose globalSetup starts PostgreSQL');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A fresh database with every migration applied, private to the calling test file. */
export async function createTestDatabase(options: { migrate?: boolean; poolSize?: number } = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl(), name);
  if (options.migrate !== false) {
    const dataSource = new DataSource({ ...dataSourceOptions(url, 1), logging: false });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle connection the server closes is dropped by the pool; without a listener it would crash the run.
  pool.on('error', () => undefined);
  return {
    url,
    pool,
    drop: async () => {
      await pool.end();
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
