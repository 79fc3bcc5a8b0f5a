import { promises as fs } from 'node:fs';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number, what: string) {
    super(
      `DATA_DIR ${dataDir} is in use by ${what} (pid ${pid}). ` +
        'Stop that process first, or point DATA_DIR at another folder.',
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readPid(file: string): Promise<number | undefined> {
  try {
    const first = (await fs.readFile(file, 'utf8')).split('\n')[0]?.trim();
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes an exclusive lock on a data folder: an O_EXCL lock file holding our pid. A lock whose
 * owner is dead is stale and taken over, so a crash never leaves the folder unusable.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, 'sagsspor.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await fs.open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => {
        if ((await readPid(lockFile)) === process.pid) await fs.rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readPid(lockFile);
      if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(dataDir, owner, 'another running Sagsspor server');
      }
      await fs.rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock DATA_DIR ${dataDir}: the lock file keeps reappearing`);
}

/** A PostgreSQL left running by a killed parent still owns the cluster; starting another would fail obscurely. */
export async function assertNoOrphanPostgres(dataDir: string, pgDir: string): Promise<void> {
  const pid = await readPid(path.join(pgDir, 'postmaster.pid'));
  if (pid !== undefined && isAlive(pid)) {
    throw new DataDirInUseError(dataDir, pid, 'a PostgreSQL server left running by an earlier start');
  }
}
