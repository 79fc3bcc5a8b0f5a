import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '#platform';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLERK_TOKEN = 'clerk-token-0123456789abcdef';

/** Compiles the app as `npm run build` does, so the crash tests run what `npm start` runs. */
export function buildApp(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  // The pages' templates and assets are not TypeScript: the build copies them beside the code.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/copy-page-assets.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

/** A fresh data folder that the `postgres` user can reach when the tests run as root. */
export async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sagsspor-crash-'));
  await chmod(dir, 0o755);
  return dir;
}

export interface ApiProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything it printed so far (for failure messages). */
  output(): string;
  /** Resolves with the exit code (or signal) once it has ended. */
  readonly exited: Promise<number | NodeJS.Signals>;
  /** Sends a request to it. */
  fetch(pathname: string, init?: RequestInit & { key?: string }): Promise<{ status: number; headers: Headers; body: any }>;
}

/** Starts `node dist/apps/api/src/main.js`, the built app, with its own port and the given environment. */
export async function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', DEMO_DATA: 'off', API_TOKENS: `clerk:clerk:${CLERK_TOKEN}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, like `npm start` in a terminal: Ctrl-C can be sent to all of it.
    detached: true,
  });
  let printed = '';
  child.stdout!.on('data', (chunk) => (printed += chunk));
  child.stderr!.on('data', (chunk) => (printed += chunk));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal!)));
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    url,
    output: () => printed,
    exited,
    fetch: async (pathname, init = {}) => {
      const { key, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (rest.body !== undefined) headers.set('Content-Type', 'application/json');
      if (rest.method && rest.method !== 'GET') headers.set('Authorization', `Bearer ${CLERK_TOKEN}`);
      if (key) headers.set('Idempotency-Key', key);
      const response = await fetch(`${url}${pathname}`, { ...rest, headers, signal: AbortSignal.timeout(10_000) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** Polls until `check` holds, at most `timeoutMs`; the last value either way. */
export async function until<T>(probe: () => Promise<T>, check: (value: T) => boolean, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let value: T | undefined;
    try {
      value = await probe();
      if (check(value)) return value;
    } catch {
      // not answering yet
    }
    if (Date.now() >= deadline) {
      if (value === undefined) throw new Error(`gave up after ${timeoutMs} ms: no answer`);
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Starts the API and waits until /health answers 200 (or the process ends). */
export async function startApiProcess(env: Record<string, string>, timeoutMs = 40_000): Promise<ApiProcess> {
  const api = await spawnApi(env);
  const ended = api.exited.then((code) => {
    throw new Error(`the API exited (${code}) while starting:\n${api.output()}`);
  });
  const healthy = until(() => api.fetch('/health'), (r) => r.status === 200, timeoutMs).then((r) => {
    if (r.status !== 200) throw new Error(`the API did not become healthy in ${timeoutMs} ms:\n${api.output()}`);
  });
  await Promise.race([healthy, ended]);
  ended.catch(() => undefined);
  return api;
}

/** The pid in the cluster's postmaster.pid, if any. */
export function postmasterPid(pgDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the APIs a test left running: SIGTERM, then SIGKILL. */
export async function stopApis(apis: ApiProcess[]): Promise<void> {
  for (const api of apis) {
    if (api.child.exitCode !== null || api.child.signalCode !== null) continue;
    api.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([api.exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), 15_000)))]);
    clearTimeout(timer);
    if (done === 'timeout') api.child.kill('SIGKILL');
  }
}

/** Stops a PostgreSQL a failed test may have left orphaned on `pgDir`. */
export function stopOrphan(pgDir: string): void {
  const pid = postmasterPid(pgDir);
  if (pid && isAlive(pid)) process.kill(pid, 'SIGQUIT');
}
