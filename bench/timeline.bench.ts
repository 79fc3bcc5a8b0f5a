import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { freePort } from '#platform';
import { BENCH_TOKEN, processCpuMs } from './api-process.js';
import { benchCaseNumber, type OpenLoopRequest, type OpenLoopResult } from './open-loop.worker.js';
import { percentile, progress, round } from './measure.js';
import { postmasterPid, treeCpuSeconds } from './process-cpu.js';
import type { ProbeReport } from './server-probe.js';
import { casePageBench } from './pages.bench.js';

interface ServerProcess {
  port: number;
  pid: number;
  /** GC pauses and event-loop delay of the server since the last call (see server-probe.ts). */
  probe(): Promise<ProbeReport | undefined>;
  stop(): Promise<void>;
}

const PROBE = new URL('./server-probe.js', import.meta.url).href;

/** A server in its own process (as deployed), so no load generator shares its event loop. */
async function startServerProcess(script: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, '--import', PROBE, script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  child.channel?.unref();
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
    probe: () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), 2000);
        child.once('message', (message: { probe?: ProbeReport }) => {
          clearTimeout(timer);
          resolve(message.probe);
          child.send('probe:reset');
        });
        child.send('probe:report');
      }),
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
    // A young generation large enough that the generator's own scavenges stay short and rare: its pauses count in the latency.
    const worker = new Worker(new URL('./open-loop.worker.js', import.meta.url), { workerData: request, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
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
  probes: ProbeReport[];
  tails: OpenLoopResult['tail'][];
  generators: OpenLoopResult['generator'][];
  /** CPU of the embedded PostgreSQL (postmaster and backends) during the slices, when its folder is known. */
  postgresCpuMs: number;
  /** CPU of the bench's own process (the load generator's thread most of it) during the slices. */
  generatorCpuMs: number;
  /** How long the server's main thread was ready to run but waited for a core (Linux schedstat). */
  runQueueWaitMs: number;
}

const emptyTally = (): Tally => ({ latenciesMs: [], completed: 0, seconds: 0, errors: 0, notModified: 0, cpuMs: 0, peakRssMb: 0, probes: [], tails: [], generators: [], postgresCpuMs: 0, runQueueWaitMs: 0, generatorCpuMs: 0 });

/** The embedded PostgreSQL's postmaster (for its CPU time), if the bench knows its data folder. */
let postmaster: number | undefined;
const postgresCpuMs = () => (postmaster ? (treeCpuSeconds(postmaster) ?? Number.NaN) * 1000 : Number.NaN);

/**
 * Time the process's main thread has spent runnable but not running (waiting for a core), in ms,
 * from /proc/<pid>/task/<pid>/schedstat; NaN where Linux does not keep it. On a shared machine this
 * tells a server that paused (GC, a long task) from one that was kept off the cores by other work.
 */
function runQueueWaitMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** One open-loop slice against one server, added to its tally (CPU and peak memory of the server process). */
async function openLoopSlice(server: ServerProcess, request: Omit<OpenLoopRequest, 'port'>, tally: Tally): Promise<void> {
  await server.probe(); // starts the server's counts afresh
  const pgBefore = postgresCpuMs();
  const waitBefore = runQueueWaitMs(server.pid);
  const cpuBefore = processCpuMs(server.pid);
  const generatorBefore = process.cpuUsage();
  const sampler = setInterval(() => (tally.peakRssMb = Math.max(tally.peakRssMb, residentMb(server.pid) ?? 0)), 100);
  const result = await openLoop({ ...request, port: server.port }).finally(() => clearInterval(sampler));
  tally.cpuMs += processCpuMs(server.pid) - cpuBefore;
  tally.postgresCpuMs += postgresCpuMs() - pgBefore;
  tally.runQueueWaitMs += runQueueWaitMs(server.pid) - waitBefore;
  const generatorCpu = process.cpuUsage(generatorBefore);
  tally.generatorCpuMs += (generatorCpu.user + generatorCpu.system) / 1000;
  const probe = await server.probe();
  if (probe) tally.probes.push(probe);
  tally.tails.push(result.tail);
  tally.generators.push(result.generator);
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
    // PostgreSQL's CPU per answer (its server processes; the embedded server only): on 2 cores the
    // database's share decides, as much as the server's, how far below saturation a rate runs.
    ...(Number.isNaN(tally.postgresCpuMs) ? {} : { postgresCpuPerRequestMs: round(tally.postgresCpuMs / tally.completed, 3) }),
    rssMb: round(tally.peakRssMb, 0),
    ...(Number.isNaN(tally.runQueueWaitMs) ? {} : { runQueueWaitMsPerSecond: round(tally.runQueueWaitMs / tally.seconds, 1) }),
    ...(tally.probes.length ? { server: serverReport(tally.probes, tally.completed) } : {}),
    // Per slice: its p99, the answers slower than it and the 100 ms windows of due time they fell in
    // (few windows: the server paused; many: it queued).
    tail: tally.tails,
    // The load generator's own worst loop delay and GC pauses (ms): its stalls count in the latency too.
    generator: {
      cpuPerRequestMs: round(tally.generatorCpuMs / tally.completed, 3),
      loopDelayMaxMs: Math.max(...tally.generators.map((g) => g.loopDelayMaxMs)),
      gcPauseMs: round(tally.generators.reduce((sum, g) => sum + g.gcPauseMs, 0), 1),
      gcMaxMs: Math.max(...tally.generators.map((g) => g.gcMaxMs)),
    },
  };
}

/** What the server's probe saw over a measurement's slices: GC pauses summed, loop delay at its worst slice. */
function serverReport(probes: ProbeReport[], requests: number) {
  const gc = Object.fromEntries(
    Object.keys(probes[0]!.gc).map((kind) => {
      const tallies = probes.map((p) => p.gc[kind as keyof ProbeReport['gc']]);
      const totalMs = tallies.reduce((sum, t) => sum + t.totalMs, 0);
      return [kind, { count: tallies.reduce((sum, t) => sum + t.count, 0), totalMs: round(totalMs, 1), maxMs: Math.max(...tallies.map((t) => t.maxMs)) }];
    }),
  );
  const gcMs = probes.reduce((sum, p) => sum + Object.values(p.gc).reduce((s, t) => s + t.totalMs, 0), 0);
  return {
    gc,
    gcPauseMsPerThousandRequests: round((gcMs * 1000) / (requests || 1), 1),
    loopDelayMs: {
      p50: Math.max(...probes.map((p) => p.loopDelayMs.p50)),
      p99: Math.max(...probes.map((p) => p.loopDelayMs.p99)),
      max: Math.max(...probes.map((p) => p.loopDelayMs.max)),
    },
    heapUsedMb: Math.max(...probes.map((p) => p.heapUsedMb)),
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

/** The API's settings in the bench: its own process, no projections running, a token for writes. */
const apiEnv = (url: string) => ({ DATABASE_URL: url, LOG_LEVEL: 'warn', RUN_PROJECTIONS: 'off', API_TOKENS: `bench:admin:${BENCH_TOKEN}` });

/** BENCH_API_NODE_FLAGS / BENCH_API_B_NODE_FLAGS: extra node flags for the API (and its B build), space-separated. */
const flags = (name: string) => (process.env[name] ?? '').split(' ').filter(Boolean);

type ServerName = 'api' | 'bare' | 'apiB';

/**
 * GET /cases/{n}/timeline on the API and on a bare node:http + pg server running the same query
 * against the same database: peak (64 connections, closed loop) and latency at fixed rates (open
 * loop: request i sent at t0 + i/rate, latency from that due time). The machine may be shared, so
 * each measurement alternates between the two servers in `rounds` slices: both see the same
 * weather. With `conditional`, the API is also read with a current If-None-Match (304s).
 *
 * For finding what an API change buys: BENCH_API_B=<another build's dist/apps/api/src/main.js> adds
 * that build as a third server (`apiB`) in the same alternation; BENCH_TIMELINE_RATES=1000 picks the
 * open-loop rates, BENCH_TIMELINE_ROUNDS the slices per measurement, and BENCH_TIMELINE_OPEN_LOOP_ONLY=1
 * leaves out the peak, the revalidation and the case page.
 */
export async function timelineBench(url: string, cases: number, loadSeconds: number, pgDataDir?: string, rates = [500, 1000, 2000], rounds = 3) {
  // BENCH_PG_DATA_DIR: the data folder of the PostgreSQL behind DATABASE_URL, when it runs on this machine.
  const pgFolder = pgDataDir ?? process.env.BENCH_PG_DATA_DIR;
  postmaster = pgFolder ? postmasterPid(pgFolder) : undefined;
  rates = process.env.BENCH_TIMELINE_RATES ? process.env.BENCH_TIMELINE_RATES.split(',').map(Number) : rates;
  rounds = Number(process.env.BENCH_TIMELINE_ROUNDS ?? rounds);
  const openLoopOnly = process.env.BENCH_TIMELINE_OPEN_LOOP_ONLY === '1';
  const servers: Partial<Record<ServerName, ServerProcess>> = {
    api: await startServerProcess('dist/apps/api/src/main.js', apiEnv(url), flags('BENCH_API_NODE_FLAGS')),
    bare: await startServerProcess('dist/bench/bare-timeline.server.js', { DATABASE_URL: url }),
  };
  if (process.env.BENCH_API_B) servers.apiB = await startServerProcess(process.env.BENCH_API_B, apiEnv(url), flags('BENCH_API_B_NODE_FLAGS'));
  const names = Object.keys(servers) as ServerName[];
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
    for (const name of names) await openLoopSlice(servers[name]!, request(500, 2), emptyTally());
    const report = Object.fromEntries(names.map((name) => [name, {} as Record<string, unknown>])) as Record<ServerName, Record<string, unknown>>;
    if (!openLoopOnly) {
      progress(`GET /cases/{n}/timeline, 64 connections closed loop, ${loadSeconds} s each`);
      const peaks = Object.fromEntries(names.map((name) => [name, { requests: 0, seconds: 0, cpuMs: 0, non2xx: 0, errors: 0 }])) as Record<ServerName, PeakTally>;
      for (let r = 0; r < rounds; r++) for (const name of names) await peakSlice(servers[name]!, cases, Math.max(1, Math.round(slice)), peaks[name]);
      for (const name of names) report[name].peak = peakReport(peaks[name]);
    }
    for (const rate of rates) {
      progress(`GET /cases/{n}/timeline, open loop at ${rate} req/s, ${loadSeconds} s each`);
      const tallies = Object.fromEntries(names.map((name) => [name, emptyTally()])) as Record<ServerName, Tally>;
      for (let r = 0; r < rounds; r++) for (const name of names) await openLoopSlice(servers[name]!, request(rate, slice), tallies[name]);
      for (const name of names) report[name][`openLoop${rate}`] = openLoopReport(rate, tallies[name]);
    }
    if (openLoopOnly) return { cases, roundsPerMeasurement: rounds, ...report };
    const api = servers.api!;
    // Revalidation: every case of the bench data is at version 10 with no links, so one case's tag is every case's.
    const top = rates.at(-1)!;
    const tag = (await fetch(`http://127.0.0.1:${api.port}/cases/${encodeURIComponent(benchCaseNumber(0))}/timeline`)).headers.get('etag') ?? '';
    progress(`GET /cases/{n}/timeline with If-None-Match, open loop at ${top} req/s, ${loadSeconds} s`);
    const conditional = emptyTally();
    await openLoopSlice(api, request(top, loadSeconds, { 'if-none-match': tag }), conditional);
    report.api[`openLoop${top}IfNoneMatch`] = openLoopReport(top, conditional);
    const ratio = (report.api.peak as { requestsPerSecond: number }).requestsPerSecond / (report.bare.peak as { requestsPerSecond: number }).requestsPerSecond;
    // The case page (issue 13's budget): one request at a time, server time from its Server-Timing.
    const casePage = await casePageBench(`http://127.0.0.1:${api.port}`, benchCaseNumber, cases, Math.max(1, Math.ceil(loadSeconds / 2)));
    return { cases, roundsPerMeasurement: rounds, ...report, peakRatioApiToBare: round(ratio), casePage };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server!.stop()));
  }
}
