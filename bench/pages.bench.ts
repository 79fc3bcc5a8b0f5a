import { percentile, progress, round } from './measure.js';

interface Sample {
  /** At the client, over loopback, one request at a time. */
  wallMs: number;
  /** The page handler's own time (reads and rendering), from its Server-Timing header. */
  serverMs: number;
  bytes: number;
}

async function sample(url: string): Promise<Sample> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Accept: 'text/html' } });
  const body = await response.arrayBuffer();
  const wallMs = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const serverMs = Number(/page;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN);
  return { wallMs, serverMs, bytes: body.byteLength };
}

function summary(samples: Sample[]) {
  const wall = samples.map((s) => s.wallMs).sort((a, b) => a - b);
  const server = samples.map((s) => s.serverMs).sort((a, b) => a - b);
  return {
    requests: samples.length,
    serverMs: { p50: round(percentile(server, 50)), p95: round(percentile(server, 95)), p99: round(percentile(server, 99)) },
    wallMs: { p50: round(percentile(wall, 50)), p95: round(percentile(wall, 95)), p99: round(percentile(wall, 99)) },
    maxBytes: Math.max(...samples.map((s) => s.bytes)),
  };
}

/**
 * GET /sager/{n} (and with ?asOf=, which folds the case's events) one request at a time for
 * `seconds` each, on cases spread over the whole store. Targets: p95 <= 30 ms server time, <= 100 KB.
 */
export async function casePageBench(baseUrl: string, caseNumber: (i: number) => string, cases: number, seconds: number) {
  const run = async (query: string) => {
    const samples: Sample[] = [];
    const deadline = performance.now() + seconds * 1000;
    for (let i = 0; performance.now() < deadline; i++) samples.push(await sample(`${baseUrl}/sager/${caseNumber((i * 7919) % cases)}${query}`));
    return summary(samples);
  };
  progress(`GET /sager/{n} for ${seconds} s`);
  const current = await run('');
  progress(`GET /sager/{n}?asOf= for ${seconds} s`);
  const asOf = await run(`?asOf=${new Date().toISOString().slice(0, 10)}`);
  return { cases, current, asOf, targets: { serverMsP95: 30, maxBytes: 100_000 } };
}
