import { chmod, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
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

const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
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

  describe('when the server dies under the app', () => {
    it('is started again on the same folder and port, with every committed row', async () => {
      const said: string[] = [];
      const server = await startDatabaseServer({ dataDir, embeddedPgPort: await freePort(), announce: (m) => said.push(m) });
      try {
        await query(server.url, `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('committed before the crash')`);
        const first = await postmasterPid(dataDir);
        process.kill(first, 'SIGKILL');
        await waitFor(() => server.embedded!().restarts === 1, 30_000);
        expect(server.embedded!()).toEqual({ running: true, restarts: 1, lastExit: 'killed by SIGKILL' });
        expect(await postmasterPid(dataDir)).not.toBe(first);
        expect(await query(server.url, 'SELECT v FROM kept')).toEqual([{ v: 'committed before the crash' }]);
        expect(said).toEqual(expect.arrayContaining([expect.stringContaining('died (killed by SIGKILL); starting it again'), expect.stringContaining('runs again')]));
      } finally {
        await server.stop();
      }
    }, 60_000);

    it('is not started again once shutdown has begun (Ctrl-C reaches PostgreSQL too), and stop() returns', async () => {
      const server = await startDatabaseServer({ dataDir, embeddedPgPort: await freePort() });
      const pid = await postmasterPid(dataDir);
      server.expectExit!();
      process.kill(pid, 'SIGINT');
      await waitFor(() => !server.embedded!().running, 30_000);
      await server.stop();
      expect(server.embedded!()).toEqual({ running: false, restarts: 0 });
      await expect(readFile(path.join(dataDir, 'pg', 'postmaster.pid'))).rejects.toMatchObject({ code: 'ENOENT' });
    }, 60_000);

    it('hands over to onFatal (the API exits non-zero) when it cannot be started again in time', async () => {
      let fatal: Error | undefined;
      const server = await startDatabaseServer({ dataDir, embeddedPgPort: await freePort(), restartWithinMs: 1500, onFatal: (error) => (fatal = error) });
      try {
        process.kill(await postmasterPid(dataDir), 'SIGKILL');
        await rename(path.join(dataDir, 'pg'), path.join(dataDir, 'pg-away')); // its cluster gone: every restart fails
        await waitFor(() => fatal !== undefined, 20_000);
        expect(fatal!.message).toContain('The embedded PostgreSQL died (killed by SIGKILL) and could not be started again within 1.5 s');
        expect(server.embedded!()).toMatchObject({ running: false, restarts: 0 });
      } finally {
        await server.stop();
      }
    }, 60_000);
  });
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
