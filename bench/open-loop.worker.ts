// An open-loop load generator, run in a worker thread so that its timing shares no event loop with
// the bench's main thread (the servers under test run in their own processes).
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

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
}

/** The bench's journal numbers: n -> "NN.NN.00-A00-k-24" (see fillCaseEvents). */
export const benchCaseNumber = (n: number) =>
  `${String(Math.floor(n / 1_000_000)).padStart(2, '0')}.${String(Math.floor(n / 10_000) % 100).padStart(2, '0')}.00-A00-${(n % 10_000) + 1}-24`;

function run(request: OpenLoopRequest): Promise<OpenLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(request.rate * request.seconds);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  let completed = 0;
  const t0 = performance.now() + 20;
  return new Promise((resolve) => {
    const finish = () => {
      agent.destroy();
      latencies.sort((a, b) => a - b);
      resolve({ sent, completed, latenciesMs: latencies, statuses, errors, seconds: (performance.now() - t0) / 1000 });
    };
    const done = () => {
      completed += 1;
      if (completed === total) finish();
    };
    const send = (i: number) => {
      const due = t0 + (i * 1000) / request.rate;
      const n = (request.caseNumberOffset + i * 7919) % request.cases;
      const path = request.pathTemplate.replace('{n}', encodeURIComponent(benchCaseNumber(n)));
      const req = http.get({ host: '127.0.0.1', port: request.port, path, agent, headers: request.headers }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => {
          latencies.push(performance.now() - due);
          statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
          done();
        });
      });
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors += 1;
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
