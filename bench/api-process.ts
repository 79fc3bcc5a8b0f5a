import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '#platform';

export const BENCH_TOKEN = 'bench-token-0123456789';

/** The built API in its own process (as deployed), so the load generator does not share its event loop. */
export async function startApiProcess(url: string, env: Record<string, string> = {}): Promise<{ port: number; cpuMs: () => number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-semi-space-size=32', '--no-allocation-site-pretenuring', 'dist/apps/api/src/main.js'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RUN_PROJECTIONS: 'off', API_TOKENS: `bench:admin:${BENCH_TOKEN}`, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('the API did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    cpuMs: () => processCpuMs(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** CPU time (user + system) a process has used so far, from /proc; NaN where there is no /proc. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks: 100 per second on Linux
  } catch {
    return Number.NaN;
  }
}
