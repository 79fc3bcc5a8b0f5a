import { promises as fs } from 'node:fs';
import path from 'node:path';
import { commandLine, isAlive, startTime, waitForExit } from './processes.js';

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number, what: string) {
    super(
      `DATA_DIR ${dataDir} is in use by ${what} (pid ${pid}). ` +
        'Stop that process first, or point DATA_DIR at another folder.',
    );
    this.name = 'DataDirInUseError';
  }
}

async function readLines(file: string): Promise<string[] | undefined> {
  try {
    return (await fs.readFile(file, 'utf8')).split('\n').map((line) => line.trim());
  } catch {
    return undefined;
  }
}

function pidOf(line: string | undefined): number | undefined {
  const pid = Number(line);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Node itself, or a packaged Sagsspor binary: what may hold a data folder's lock. */
function isSagsspor(command: string): boolean {
  const executable = path.basename(command.split(' ')[0] ?? '');
  return /^node(js)?(\d|\.|$)/i.test(executable) || /sagsspor/i.test(executable);
}

/**
 * The live Sagsspor process that holds the lock, or undefined when the lock is stale: its pid is
 * gone, or now belongs to another program (pids are reused after a crash), or to a later process.
 */
function liveOwner(lines: string[]): { pid: number; command: string } | undefined {
  const pid = pidOf(lines[0]);
  if (pid === undefined || !isAlive(pid)) return undefined;
  // Our own pid: a container restarted (its pids repeat), or this very process already holds it.
  const command = pid === process.pid ? 'this process' : commandLine(pid);
  // Alive but unreadable (another user without /proc access): assume the worst, it is ours.
  if (command === undefined) return { pid, command: 'an unknown process' };
  if (pid !== process.pid && !isSagsspor(command)) return undefined;
  const started = lines[1];
  if (started && startTime(pid) !== undefined && startTime(pid) !== started) return undefined;
  return { pid, command };
}

/**
 * Takes an exclusive lock on a data folder: an O_EXCL lock file holding our pid and start time. A
 * lock whose owner is gone is stale and taken over, so a crash never leaves the folder unusable.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, 'sagsspor.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await fs.open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n${startTime(process.pid) ?? ''}\n`);
      await handle.close();
      return async () => {
        if (pidOf((await readLines(lockFile))?.[0]) === process.pid) await fs.rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = liveOwner((await readLines(lockFile)) ?? []);
      if (owner) throw new DataDirInUseError(dataDir, owner.pid, `another running Sagsspor process: ${owner.command}`);
      await fs.rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock DATA_DIR ${dataDir}: the lock file keeps reappearing`);
}

/**
 * Whether the postgres process `pid` serves the cluster in `pgDir`. The postmaster works in its data
 * folder, so its cwd says it whatever path spelling (symlinks) started it; else its `-D` argument.
 */
async function servesFolder(pid: number, command: string, pgDir: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  const folder = await fs.realpath(`/proc/${pid}/cwd`).catch(() => / -D (\S+)/.exec(command)?.[1]);
  return folder !== undefined && (await real(folder)) === (await real(pgDir));
}

export interface OrphanOptions {
  log?: (message: string) => void;
  /** How long a fast shutdown may take before the orphan is stopped at once (crash recovery on start). */
  fastShutdownMs?: number;
}

/**
 * Called with the data folder's lock held. A PostgreSQL still running on our cluster then belongs
 * to a Sagsspor process that is gone (killed with -9, so it never stopped its child). We stop it
 * rather than adopt it: it is not our child, so we could neither see it die nor read its log, and it
 * runs with the port and flags of the earlier start. Its fast shutdown rolls back only transactions
 * of the dead process, which were never acknowledged; everything committed stays.
 */
export async function stopOrphanPostgres(dataDir: string, pgDir: string, options: OrphanOptions = {}): Promise<void> {
  const log = options.log ?? (() => undefined);
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const lines = await readLines(pidFile);
  const pid = pidOf(lines?.[0]);
  if (pid === undefined || !isAlive(pid)) return; // PostgreSQL clears a stale postmaster.pid itself.
  const command = commandLine(pid);
  if (command !== undefined && !/postgres/.test(command)) {
    // The pid was reused by another program; PostgreSQL would take it for a live server and refuse to start.
    log(`removing the stale ${pidFile} (pid ${pid} is now "${command}")`);
    await fs.rm(pidFile, { force: true });
    return;
  }
  if (command !== undefined && !(await servesFolder(pid, command, pgDir))) {
    // Another cluster's server that got the pid (after a reboot): not ours to stop, and its pid file
    // is PostgreSQL's to judge (it refuses to start, naming the file, rather than risk two servers).
    log(`${pidFile} names pid ${pid}, a PostgreSQL of another folder; leaving both alone`);
    return;
  }
  log(`stopping the PostgreSQL (pid ${pid}) left running on ${pgDir} by a Sagsspor process that is gone`);
  const steps: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', options.fastShutdownMs ?? 30_000], // fast shutdown: checkpoint, clean stop
    ['SIGQUIT', 10_000], // immediate shutdown: WAL replay on the next start
  ];
  for (const [signal, timeoutMs] of steps) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw new DataDirInUseError(dataDir, pid, `a PostgreSQL server left running by an earlier start that we may not stop (${(error as Error).message})`);
    }
    if (await waitForExit(pid, timeoutMs)) return;
  }
  throw new DataDirInUseError(dataDir, pid, 'a PostgreSQL server left running by an earlier start that does not stop');
}
