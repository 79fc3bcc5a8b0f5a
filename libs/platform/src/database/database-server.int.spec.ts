import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase } from '#testing';
import { DataDirInUseError } from './data-dir-lock.js';
import { startDatabaseServer } from './database-server.js';
import { freePort } from '../net/free-port.js';


async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sagsspor-data-'));
  await chmod(dir, 0o755);
  return dir;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startDatabaseServer (embedded)', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await tempDir();
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps data across a stop and a restart on the same DATA_DIR', async () => {
    const port = await freePort();
    const first = await startDatabaseServer({ dataDir, embeddedPgPort: port });
    expect(first.mode).toBe('embedded');
    await query(first.url, `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('survives restarts')`);
    await first.stop();

    const second = await startDatabaseServer({ dataDir, embeddedPgPort: port });
    try {
      expect(await query(second.url, 'SELECT v FROM kept')).toEqual([{ v: 'survives restarts' }]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('refuses a second server on a DATA_DIR that is in use, with a message naming it', async () => {
    const running = await startDatabaseServer({ dataDir, embeddedPgPort: await freePort() });
    try {
      const attempt = startDatabaseServer({ dataDir, embeddedPgPort: await freePort() });
      await expect(attempt).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(attempt).rejects.toThrow(`DATA_DIR ${dataDir} is in use`);
      // The refused start did not disturb the running server.
      expect(await query(running.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await running.stop();
    }
  }, 60_000);
});

describe('startDatabaseServer (DATABASE_URL)', () => {
  it('uses the given server and starts no embedded one', async () => {
    const database = await createTestDatabase({ migrate: false });
    const dataDir = path.join(await tempDir(), 'never-created');
    try {
      const server = await startDatabaseServer({ databaseUrl: database.url, dataDir, embeddedPgPort: 1 });
      expect(server).toMatchObject({ mode: 'external', url: database.url });
      expect(await query(server.url, 'SELECT current_database() AS db')).toEqual([{ db: new URL(database.url).pathname.slice(1) }]);
      await expect(readdir(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
      await server.stop();
    } finally {
      await database.drop();
    }
  });
});
