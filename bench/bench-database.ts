import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#migrations';
import { freePort, startDatabaseServer } from '#platform';
import { progress } from './measure.js';

export interface BenchDatabase {
  url: string;
  pool: pg.Pool;
  mode: 'embedded' | 'external';
  /** The embedded server's data folder (for its CPU time); undefined for an external server. */
  pgDataDir?: string;
  /** BENCH_DATABASE named a database that was kept from an earlier run: its data is already there. */
  reused: boolean;
  close(): Promise<void>;
}

/**
 * Reads are timed on settled data, as a service's tables are: freshly written rows would otherwise have their
 * hint bits set (and their pages dirtied and written) by the first reads, and autovacuum and a checkpoint
 * would start on the million new rows in the middle of the timing, landing on whichever server's slice
 * they happen to meet.
 */
export async function settleForReads(db: BenchDatabase): Promise<void> {
  progress('settling the data for reads (VACUUM ANALYZE, CHECKPOINT)');
  await db.pool.query('VACUUM (ANALYZE)');
  // CHECKPOINT needs superuser or pg_checkpoint, which an external server's bench role may lack.
  await db.pool.query('CHECKPOINT').catch((error: Error) => progress(`no CHECKPOINT: ${error.message}`));
}

/**
 * A fresh, migrated database for one benchmark run: on DATABASE_URL's server if set, else on a new
 * embedded server with default (durable) settings, so numbers reflect real commits.
 *
 * BENCH_DATABASE=<name> (with DATABASE_URL) keeps the database after the run under that name and,
 * when it already exists, reuses it: the read sections then skip the minutes of filling and
 * rebuilding 1,000,000 events (see run.ts). Drop it by hand when done.
 */
export async function openBenchDatabase(poolSize: number): Promise<BenchDatabase> {
  const kept = process.env.BENCH_DATABASE;
  if (kept !== undefined && (!process.env.DATABASE_URL || !/^[a-z_][a-z0-9_]*$/.test(kept))) {
    throw new Error('BENCH_DATABASE needs DATABASE_URL (a server that outlives the run) and a lower-case SQL name');
  }
  let dataDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'sagsspor-bench-'));
    await chmod(dataDir, 0o755);
  }
  const server = await startDatabaseServer({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: dataDir ?? '',
    embeddedPgPort: await freePort(),
  });
  const name = kept ?? `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const reused = kept !== undefined && ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [kept])).rowCount ?? 0) > 0;
  if (!reused) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const dataSource = new DataSource({ ...dataSourceOptions(url.toString(), 1), logging: false });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  const pool = new pg.Pool({ connectionString: url.toString(), max: poolSize });
  pool.on('error', () => undefined);
  return {
    url: url.toString(),
    pool,
    mode: server.mode,
    ...(dataDir ? { pgDataDir: path.join(dataDir, 'pg') } : {}),
    reused,
    close: async () => {
      await pool.end();
      if (kept !== undefined) return;
      const cleanup = new pg.Client({ connectionString: server.url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      await server.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
