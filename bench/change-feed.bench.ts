import http from 'node:http';
import autocannon from 'autocannon';
import { BENCH_TOKEN, startApiProcess } from './api-process.js';
import type { BenchDatabase } from './bench-database.js';
import { progress, round } from './measure.js';

const MEETINGS = 64;
const WRITERS = 16;

/** An SSE client that takes everything as it comes and only counts messages (a reader that keeps up). */
function sseClient(port: number): { received: () => number; cut: () => boolean; close: () => void } {
  let messages = 0;
  let closing = false;
  let cut = false;
  let tail = '';
  const request = http.get({ host: '127.0.0.1', port, path: `/events/stream?after=${Number.MAX_SAFE_INTEGER}` }, (response) => {
    response.setEncoding('latin1');
    response.on('data', (chunk: string) => {
      // Messages end in a blank line; the tail keeps one split across chunks from being missed.
      const text = tail + chunk;
      for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) messages++;
      tail = text.endsWith('\n') && !text.endsWith('\n\n') ? '\n' : '';
    });
    // The server closing a stream the client still reads: it was dropped.
    response.on('close', () => (cut ||= !closing));
  });
  request.on('error', () => undefined);
  return {
    received: () => messages,
    cut: () => cut,
    close: () => {
      closing = true;
      request.destroy();
    },
  };
}

/**
 * Write throughput over HTTP (PresentItem: a new case on one of 64 meetings, 16 connections)
 * with no SSE client connected and with `clients` connected and reading, alternating in rounds
 * of two seconds, so that a machine whose load drifts during the run affects both alike.
 */
export async function changeFeedBench(db: BenchDatabase, seconds: number, clients = 50) {
  const api = await startApiProcess(db.url, { WRITE_RATE_LIMIT: '1000000', RUN_PROJECTIONS: 'on' });
  try {
    const headers = { authorization: `Bearer ${BENCH_TOKEN}`, 'content-type': 'application/json' };
    for (let m = 0; m < MEETINGS; m++) {
      const date = new Date(Date.UTC(2030, 0, 1 + m)).toISOString().slice(0, 10);
      const answer = await fetch(`http://127.0.0.1:${api.port}/meetings`, { method: 'POST', headers, body: JSON.stringify({ body: 'Benchudvalget', date }) });
      if (answer.status !== 201) throw new Error(`scheduling a bench meeting answered ${answer.status}`);
    }
    let n = 0;
    const writes = async (duration: number) => {
      const cpuBefore = api.cpuMs();
      const result = await autocannon({
        url: `http://127.0.0.1:${api.port}`,
        connections: WRITERS,
        duration,
        requests: [
          {
            method: 'POST',
            headers,
            setupRequest: (request) => {
              const i = n++;
              const date = new Date(Date.UTC(2030, 0, 1 + (i % MEETINGS))).toISOString().slice(0, 10);
              return { ...request, path: `/meetings/benchudvalget-${date}/items`, body: JSON.stringify({ caseNumber: `99.00.00-A00-${i + 1}-30`, title: `Sag ${i + 1}` }) };
            },
          },
        ],
      });
      return { writes: result.requests.total, seconds: duration, apiCpuMs: api.cpuMs() - cpuBefore, p99Ms: result.latency.p99, failed: result.non2xx + result.errors };
    };

    // Many short rounds: bursts of other work on the machine fall on both sides alike.
    const duration = 2;
    const rounds = Math.max(2, Math.round(seconds / duration));
    const alone: Array<Awaited<ReturnType<typeof writes>>> = [];
    const shared: Array<Awaited<ReturnType<typeof writes>>> = [];
    let delivered: number[] = [];
    let dropped = 0;
    for (let round = 1; round <= rounds; round++) {
      progress(`writes over HTTP, ${WRITERS} connections, no SSE client, ${duration} s (round ${round} of ${rounds})`);
      alone.push(await writes(duration));
      progress(`the same with ${clients} SSE clients reading, ${duration} s (round ${round} of ${rounds})`);
      const readers = Array.from({ length: clients }, () => sseClient(api.port));
      await new Promise((resolve) => setTimeout(resolve, 300));
      shared.push(await writes(duration));
      await new Promise((resolve) => setTimeout(resolve, 500));
      delivered = readers.map((r) => r.received());
      dropped += readers.filter((r) => r.cut()).length;
      readers.forEach((r) => r.close());
    }
    const summary = (runs: typeof alone) => ({
      writesPerSecond: round(runs.reduce((a, r) => a + r.writes, 0) / runs.reduce((a, r) => a + r.seconds, 0)),
      // The API process's CPU per write: what the SSE clients cost it, less swayed by other load on the machine.
      apiCpuMsPerWrite: round(runs.reduce((a, r) => a + r.apiCpuMs, 0) / runs.reduce((a, r) => a + r.writes, 0), 3),
      p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
      failed: runs.reduce((a, r) => a + r.failed, 0),
    });
    const without = summary(alone);
    const withClients = summary(shared);
    return {
      writers: WRITERS,
      sseClients: clients,
      withoutSse: without,
      withSseClients: withClients,
      ratio: round(withClients.writesPerSecond / without.writesPerSecond),
      droppedClients: dropped,
      // Each PresentItem is two events; clients that connected before the last requests of the round before also got those.
      lastRound: { writes: shared.at(-1)!.writes, eventsPerClient: { min: Math.min(...delivered), max: Math.max(...delivered) } },
    };
  } finally {
    await api.stop();
  }
}
