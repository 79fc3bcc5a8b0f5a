// An open-loop load generator, run in a worker thread so that its timing shares no event loop with
// the bench's main thread (the servers under test run in their own processes).
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { LeanHttpClient } from './lean-http-client.js';

export interface OpenLoopRequest {
  port: number;
  /** Requests per second: request i is due at t0 + i / rate, whatever the earlier answers. */
  rate: number;
  seconds: number;
  /** Path of request i (a function cannot cross the thread boundary: a template with {n} and a case count). */
  pathTemplate: string;
  cases: number;
  caseNumberOffset: number;
  headers?: Record<string, string>;
}

export interface OpenLoopResult {
  sent: number;
  completed: number;
  /** Sorted latencies in ms, counted from each request's due time (so a stall is not hidden by a late sender). */
  latenciesMs: number[];
  statuses: Record<string, number>;
  errors: number;
  seconds: number;
  /**
   * Whether the slow answers come together (a pause of the server) or spread (queueing): the slice's
   * own p99, how many answers took longer, and in how many 100 ms windows of due time they fell.
   */
  tail: { p99Ms: number; slower: number; windows100Ms: number };
  /**
   * The generator's own stalls (its event loop's worst delay, its GC pauses): a late send counts in
   * the latency too, so a tail that these explain is not the server's.
   */
  generator: { loopDelayMaxMs: number; gcPauseMs: number; gcMaxMs: number };
}

/** The bench's journal numbers: n -> "NN.NN.00-A00-k-24" (see fillCaseEvents). */
export const benchCaseNumber = (n: number) =>
  `${String(Math.floor(n / 1_000_000)).padStart(2, '0')}.${String(Math.floor(n / 10_000) % 100).padStart(2, '0')}.00-A00-${(n % 10_000) + 1}-24`;

function tailOf(latencies: number[], dueAt: number[]): OpenLoopResult['tail'] {
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
  const windows = new Set<number>();
  let slower = 0;
  latencies.forEach((latency, i) => {
    if (latency <= p99) return;
    slower += 1;
    windows.add(Math.floor(dueAt[i]! / 100));
  });
  return { p99Ms: Math.round(p99 * 10) / 10, slower, windows100Ms: windows.size };
}

function run(request: OpenLoopRequest): Promise<OpenLoopResult> {
  const client = new LeanHttpClient(request.port, 512);
  const total = Math.round(request.rate * request.seconds);
  const latencies: number[] = [];
  const dueAt: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  let completed = 0;
  const t0 = performance.now() + 20;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const gc = { pauseMs: 0, maxMs: 0 };
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.pauseMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  return new Promise((resolve) => {
    const finish = () => {
      client.close();
      loop.disable();
      gcObserver.disconnect();
      const tail = tailOf(latencies, dueAt);
      latencies.sort((a, b) => a - b);
      const generator = { loopDelayMaxMs: Math.round(loop.max / 1e5) / 10, gcPauseMs: Math.round(gc.pauseMs * 10) / 10, gcMaxMs: Math.round(gc.maxMs * 10) / 10 };
      resolve({ sent, completed, latenciesMs: latencies, statuses, errors, seconds: (performance.now() - t0) / 1000, tail, generator });
    };
    const done = () => {
      completed += 1;
      if (completed === total) finish();
    };
    const send = (i: number) => {
      const due = t0 + (i * 1000) / request.rate;
      const n = (request.caseNumberOffset + i * 7919) % request.cases;
      const path = request.pathTemplate.replace('{n}', encodeURIComponent(benchCaseNumber(n)));
      client.get(path, request.headers, (status) => {
        if (status === undefined) errors += 1;
        else {
          latencies.push(performance.now() - due);
          dueAt.push(due - t0);
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
        done();
      });
    };
    // Every tick sends all requests due by now; the tick's own lateness counts in their latency.
    const tick = () => {
      const now = performance.now();
      while (sent < total && t0 + (sent * 1000) / request.rate <= now) send(sent++);
      if (sent < total) setTimeout(tick, Math.max(0, Math.min(1, t0 + (sent * 1000) / request.rate - performance.now())));
    };
    setTimeout(tick, 20);
  });
}

if (parentPort && workerData) {
  const port = parentPort;
  run(workerData as OpenLoopRequest).then((result) => port.postMessage(result));
}
