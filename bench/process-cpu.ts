import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common build). */
const TICKS = 100;

/** ppid and CPU ticks of a process from /proc/<pid>/stat: its own, and that of its children it has waited for. */
function stat(pid: number): { ppid: number; own: number; reaped: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 (state) on.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ').map(Number);
    return { ppid: fields[1]!, own: fields[11]! + fields[12]!, reaped: fields[13]! + fields[14]! };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds (user + system) a process tree has used so far: the process, its live children and
 * the children that have exited (PostgreSQL's postmaster and its backends). Linux only; undefined elsewhere.
 */
export function treeCpuSeconds(pid: number): number | undefined {
  const root = stat(pid);
  if (!root) return undefined;
  let ticks = root.own + root.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = stat(Number(entry));
    if (child?.ppid === pid) ticks += child.own + child.reaped;
  }
  return ticks / TICKS;
}

/** The postmaster's pid from its data folder's postmaster.pid; undefined when not readable. */
export function postmasterPid(pgDataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(`${pgDataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The wall time and CPU seconds of one piece of work: this process's, and the embedded PostgreSQL's
 * (its postmaster and every backend) when its data folder is known. CPU per unit of work moves less
 * with other load on the machine than a rate does.
 */
export async function cpuDuring<T>(pgDataDir: string | undefined, work: () => Promise<T>) {
  const pid = pgDataDir ? postmasterPid(pgDataDir) : undefined;
  const pgBefore = pid ? treeCpuSeconds(pid) : undefined;
  const before = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(before);
  const pgAfter = pid ? treeCpuSeconds(pid) : undefined;
  return {
    result,
    seconds,
    nodeCpuSeconds: (used.user + used.system) / 1e6,
    postgresCpuSeconds: pgBefore !== undefined && pgAfter !== undefined ? pgAfter - pgBefore : undefined,
  };
}
