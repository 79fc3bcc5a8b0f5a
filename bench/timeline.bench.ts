import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { freePort } from '#platform';
import { benchCaseNumber, type OpenLoopRequest, type OpenLoopResult } from './open-loop.worker.js';
import { percentile, progress, round } from './measure.js';

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

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
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

async function openLoopReport(server: ServerProcess, request: Omit<OpenLoopRequest, 'port'>) {
  let peakRss = residentMb(server.pid) ?? 0;
  const cpuBefore = cpuMs(server.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, residentMb(server.pid) ?? 0)), 100);
  const result = await openLoop({ ...request, port: server.port }).finally(() => clearInterval(sampler));
  const cpuPerRequestMs = (cpuMs(server.pid) - cpuBefore) / result.completed;
  const ok = result.statuses['200'] ?? 0;
  const notModified = result.statuses['304'] ?? 0;
  return {
    rate: request.rate,
    achievedPerSecond: round(result.completed / result.seconds),
    latencyMs: {
      p50: round(percentile(result.latenciesMs, 50)),
      p99: round(percentile(result.latenciesMs, 99)),
      max: round(result.latenciesMs.at(-1) ?? Number.NaN),
    },
    errors: result.errors + (result.completed - result.errors - ok - notModified),
    ...(notModified ? { notModified } : {}),
    // The server's own CPU per answer: unlike latency, hardly moved by other load on the machine.
    cpuPerRequestMs: round(cpuPerRequestMs, 3),
    rssMb: round(peakRss, 0),
  };
}

async function peak(server: ServerProcess, cases: number, seconds: number) {
  let i = 0;
  const cpuBefore = cpuMs(server.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: 64,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/cases/${benchCaseNumber((i++ * 7919) % cases)}/timeline` }) }],
  });
  const cpuPerRequestMs = (cpuMs(server.pid) - cpuBefore) / (result.requests.total || 1);
  return { requestsPerSecond: round(result.requests.average), cpuPerRequestMs: round(cpuPerRequestMs, 3), non2xx: result.non2xx, errors: result.errors };
}

/**
 * GET /cases/{n}/timeline on the API and on a bare node:http + pg server running the same query,
 * one after the other against the same database: peak (64 connections, closed loop) and latency
 * at fixed rates (open loop: request i sent at t0 + i/rate, latency from that due time).
 */
export async function timelineBench(url: string, cases: number, loadSeconds: number, rates = [500, 1000, 2000]) {
  const servers = {
    api: () =>
      startServerProcess('dist/apps/api/src/main.js', {
        DATABASE_URL: url,
        LOG_LEVEL: 'warn',
        RUN_PROJECTIONS: 'off',
        API_TOKENS: 'bench:admin:bench-token-0123456789',
      }),
    bare: () => startServerProcess('dist/bench/bare-timeline.server.js', { DATABASE_URL: url }),
  };
  const report: Record<string, Record<string, unknown>> = { api: {}, bare: {} };
  let offset = 0;
  for (const [name, start] of Object.entries(servers)) {
    const server = await start();
    try {
      // Warm up (JIT, prepared statements, the pool's connections) before anything counts.
      await openLoop({ port: server.port, rate: 500, seconds: 2, pathTemplate: '/cases/{n}/timeline', cases, caseNumberOffset: offset++ });
      progress(`${name}: GET /cases/{n}/timeline, 64 connections closed loop for ${loadSeconds} s`);
      report[name]!.peak = await peak(server, cases, loadSeconds);
      for (const rate of rates) {
        progress(`${name}: GET /cases/{n}/timeline, open loop at ${rate} req/s for ${loadSeconds} s`);
        report[name]![`openLoop${rate}`] = await openLoopReport(server, {
          rate,
          seconds: loadSeconds,
          pathTemplate: '/cases/{n}/timeline',
          cases,
          caseNumberOffset: offset++ * 1009,
        });
      }
    } finally {
      await server.stop();
    }
  }
  const apiPeak = (report.api!.peak as { requestsPerSecond: number }).requestsPerSecond;
  const barePeak = (report.bare!.peak as { requestsPerSecond: number }).requestsPerSecond;
  return { cases, ...report, peakRatioApiToBare: round(apiPeak / barePeak) };
}
