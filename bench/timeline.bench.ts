import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { freePort } from '#platform';
import { BENCH_TOKEN, processCpuMs } from './api-process.js';
import { benchCaseNumber, type OpenLoopRequest, type OpenLoopResult } from './open-loop.worker.js';
import { percentile, progress, round } from './measure.js';
import { casePageBench } from './pages.bench.js';

interface ServerProcess {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** A server in its own process (as deployed), so no load generator shares its event loop. */
async function startServerProcess(script: string, env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/health`);
      break; // any answer: it is up
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${script} did not start within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in MB (Linux /proc), undefined elsewhere. */
function residentMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function openLoop(request: OpenLoopRequest): Promise<OpenLoopResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./open-loop.worker.js', import.meta.url), { workerData: request });
    worker.once('message', (result: OpenLoopResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

interface Tally {
  latenciesMs: number[];
  completed: number;
  seconds: number;
  errors: number;
  notModified: number;
  cpuMs: number;
  peakRssMb: number;
}

const emptyTally = (): Tally => ({ latenciesMs: [], completed: 0, seconds: 0, errors: 0, notModified: 0, cpuMs: 0, peakRssMb: 0 });

/** One open-loop slice against one server, added to its tally (CPU and peak memory of the server process). */
async function openLoopSlice(server: ServerProcess, request: Omit<OpenLoopRequest, 'port'>, tally: Tally): Promise<void> {
  const cpuBefore = processCpuMs(server.pid);
  const sampler = setInterval(() => (tally.peakRssMb = Math.max(tally.peakRssMb, residentMb(server.pid) ?? 0)), 100);
  const result = await openLoop({ ...request, port: server.port }).finally(() => clearInterval(sampler));
  tally.cpuMs += processCpuMs(server.pid) - cpuBefore;
  const ok = result.statuses['200'] ?? 0;
  const notModified = result.statuses['304'] ?? 0;
  tally.latenciesMs.push(...result.latenciesMs);
  tally.completed += result.completed;
  tally.seconds += result.seconds;
  tally.notModified += notModified;
  tally.errors += result.completed - ok - notModified;
}

function openLoopReport(rate: number, tally: Tally) {
  const sorted = tally.latenciesMs.sort((a, b) => a - b);
  return {
    rate,
    achievedPerSecond: round(tally.completed / tally.seconds),
    latencyMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? Number.NaN) },
    errors: tally.errors,
    ...(tally.notModified ? { notModified: tally.notModified } : {}),
    // The server's own CPU per answer: less moved by other load on the machine than latency is.
    cpuPerRequestMs: round(tally.cpuMs / tally.completed, 3),
    rssMb: round(tally.peakRssMb, 0),
  };
}

interface PeakTally {
  requests: number;
  seconds: number;
  cpuMs: number;
  non2xx: number;
  errors: number;
}

async function peakSlice(server: ServerProcess, cases: number, seconds: number, tally: PeakTally): Promise<void> {
  let i = 0;
  const cpuBefore = processCpuMs(server.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: 64,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/cases/${benchCaseNumber((i++ * 7919) % cases)}/timeline` }) }],
  });
  tally.cpuMs += processCpuMs(server.pid) - cpuBefore;
  tally.requests += result.requests.total;
  tally.seconds += result.duration;
  tally.non2xx += result.non2xx;
  tally.errors += result.errors;
}

const peakReport = (t: PeakTally) => ({
  requestsPerSecond: round(t.requests / t.seconds),
  cpuPerRequestMs: round(t.cpuMs / (t.requests || 1), 3),
  non2xx: t.non2xx,
  errors: t.errors,
});

/**
 * GET /cases/{n}/timeline on the API and on a bare node:http + pg server running the same query
 * against the same database: peak (64 connections, closed loop) and latency at fixed rates (open
 * loop: request i sent at t0 + i/rate, latency from that due time). The machine may be shared, so
 * each measurement alternates between the two servers in `rounds` slices: both see the same
 * weather. With `conditional`, the API is also read with a current If-None-Match (304s).
 */
export async function timelineBench(url: string, cases: number, loadSeconds: number, rates = [500, 1000, 2000], rounds = 3) {
  const servers: Record<'api' | 'bare', ServerProcess> = {
    api: await startServerProcess('dist/apps/api/src/main.js', {
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      RUN_PROJECTIONS: 'off',
      API_TOKENS: `bench:admin:${BENCH_TOKEN}`,
    }),
    bare: await startServerProcess('dist/bench/bare-timeline.server.js', { DATABASE_URL: url }),
  };
  const slice = loadSeconds / rounds;
  let offset = 0;
  const request = (rate: number, seconds: number, headers?: Record<string, string>) => ({
    rate,
    seconds,
    pathTemplate: '/cases/{n}/timeline',
    cases,
    caseNumberOffset: (offset++ * 1009) % cases,
    headers,
  });
  try {
    // Warm up (JIT, prepared statements, the pools' connections) before anything counts.
    for (const server of Object.values(servers)) await openLoopSlice(server, request(500, 2), emptyTally());
    const report: Record<'api' | 'bare', Record<string, unknown>> = { api: {}, bare: {} };
    progress(`GET /cases/{n}/timeline, 64 connections closed loop, ${loadSeconds} s each`);
    const peaks = { api: { requests: 0, seconds: 0, cpuMs: 0, non2xx: 0, errors: 0 }, bare: { requests: 0, seconds: 0, cpuMs: 0, non2xx: 0, errors: 0 } };
    for (let r = 0; r < rounds; r++) for (const name of ['api', 'bare'] as const) await peakSlice(servers[name], cases, Math.max(1, Math.round(slice)), peaks[name]);
    for (const name of ['api', 'bare'] as const) report[name].peak = peakReport(peaks[name]);
    for (const rate of rates) {
      progress(`GET /cases/{n}/timeline, open loop at ${rate} req/s, ${loadSeconds} s each`);
      const tallies = { api: emptyTally(), bare: emptyTally() };
      for (let r = 0; r < rounds; r++) for (const name of ['api', 'bare'] as const) await openLoopSlice(servers[name], request(rate, slice), tallies[name]);
      for (const name of ['api', 'bare'] as const) report[name][`openLoop${rate}`] = openLoopReport(rate, tallies[name]);
    }
    // Revalidation: every case of the bench data is at version 10 with no links, so one case's tag is every case's.
    const top = rates.at(-1)!;
    const tag = (await fetch(`http://127.0.0.1:${servers.api.port}/cases/${encodeURIComponent(benchCaseNumber(0))}/timeline`)).headers.get('etag') ?? '';
    progress(`GET /cases/{n}/timeline with If-None-Match, open loop at ${top} req/s, ${loadSeconds} s`);
    const conditional = emptyTally();
    await openLoopSlice(servers.api, request(top, loadSeconds, { 'if-none-match': tag }), conditional);
    report.api[`openLoop${top}IfNoneMatch`] = openLoopReport(top, conditional);
    const ratio = (report.api.peak as { requestsPerSecond: number }).requestsPerSecond / (report.bare.peak as { requestsPerSecond: number }).requestsPerSecond;
    // The case page (issue 13's budget): one request at a time, server time from its Server-Timing.
    const casePage = await casePageBench(`http://127.0.0.1:${servers.api.port}`, benchCaseNumber, cases, Math.max(1, Math.ceil(loadSeconds / 2)));
    return { cases, roundsPerMeasurement: rounds, ...report, peakRatioApiToBare: round(ratio), casePage };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}
