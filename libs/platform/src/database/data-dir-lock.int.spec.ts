import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { adminUrl } from '#testing';
import { DataDirInUseError, lockDataDir, stopOrphanPostgres } from './data-dir-lock.js';
import { isAlive, startTime } from './processes.js';

/** A process of the given program that lives until killed, for pids that are alive. */
function running(command: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child));
    child.once('error', reject);
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));

describe('the data folder lock after a crash (real processes)', () => {
  let dataDir: string;
  let children: ChildProcess[];
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'sagsspor-lock-'));
    await chmod(dataDir, 0o755);
    children = [];
  });
  afterEach(async () => {
    for (const child of children) {
      child.kill('SIGKILL');
      await exited(child);
    }
    await rm(dataDir, { recursive: true, force: true });
  });
  const lockFile = () => path.join(dataDir, 'sagsspor.lock');
  async function holder(command: string, args: string[]) {
    const child = await running(command, args);
    children.push(child);
    return child;
  }

  it('refuses a folder whose lock belongs to a live node process, naming its pid and command', async () => {
    const node = await holder(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    await writeFile(lockFile(), `${node.pid}\n${startTime(node.pid!) ?? ''}\n`);
    const attempt = lockDataDir(dataDir);
    await expect(attempt).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(attempt).rejects.toThrow(new RegExp(`another running Sagsspor process: \\S*node.*\\(pid ${node.pid}\\)`));
    expect(await readFile(lockFile(), 'utf8')).toContain(`${node.pid}\n`);
  });

  it.each([
    ['a process that is gone', async () => {
      const gone = await holder('sleep', ['60']);
      gone.kill('SIGKILL');
      await exited(gone);
      return `${gone.pid}\n`;
    }],
    ['a reused pid of a program that is not Sagsspor', async () => `${(await holder('sleep', ['60'])).pid}\n`],
    ['a node process started after the lock was written', async () => `${(await holder(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])).pid}\n1\n`],
    ['an earlier life of our own pid (a restarted container)', async () => `${process.pid}\n1\n`],
  ])('takes over a lock left by %s', async (_, content) => {
    await writeFile(lockFile(), await content());
    const unlock = await lockDataDir(dataDir);
    expect((await readFile(lockFile(), 'utf8')).split('\n')[0]).toBe(String(process.pid));
    await unlock();
  });

  it('removes a postmaster.pid whose pid now belongs to another program, and leaves that program alone', async () => {
    const pgDir = path.join(dataDir, 'pg');
    await mkdir(pgDir);
    const stranger = await holder('sleep', ['60']);
    await writeFile(path.join(pgDir, 'postmaster.pid'), `${stranger.pid}\n${pgDir}\n`);
    const said: string[] = [];
    await stopOrphanPostgres(dataDir, pgDir, { log: (m) => said.push(m) });
    await expect(readFile(path.join(pgDir, 'postmaster.pid'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(isAlive(stranger.pid!)).toBe(true);
    expect(said.join('\n')).toContain('removing the stale');
  });

  // Needs the tests' own embedded server (not one behind TEST_DATABASE_URL) to lend its pid.
  const testServerDir = process.env.SAGSSPOR_TEST_TMP && path.join(process.env.SAGSSPOR_TEST_TMP, 'pg');
  (testServerDir ? it : it.skip)("never stops another folder's PostgreSQL that got the pid, nor removes the pid file for it", async () => {
    const postmaster = Number((await readFile(path.join(testServerDir!, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const pgDir = path.join(dataDir, 'pg');
    await mkdir(pgDir);
    await writeFile(path.join(pgDir, 'postmaster.pid'), `${postmaster}\n${pgDir}\n`);
    await stopOrphanPostgres(dataDir, pgDir);
    expect(isAlive(postmaster)).toBe(true);
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    } finally {
      await client.end();
    }
    expect(await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).toContain(`${postmaster}\n`);
  });
});
