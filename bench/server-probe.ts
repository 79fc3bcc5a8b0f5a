// Loaded into a server under test with `node --import` (the bench's API and bare server alike): what
// makes a server's latency tail beyond its CPU per request. It counts the main thread's GC pauses by
// kind and samples its event-loop delay, from a `reset` message of the bench to a `report` one (over
// the IPC channel the bench opens), so each number belongs to one load slice. The server's own code
// knows nothing of it.
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export interface ProbeReport {
  /** Main-thread GC pauses: count, total and longest (ms), by kind. */
  gc: Record<'scavenge' | 'markCompact' | 'incremental' | 'weakCallbacks', { count: number; totalMs: number; maxMs: number }>;
  /** How late the event loop ran a 10 ms timer: percentiles and max (ms). */
  loopDelayMs: { p50: number; p99: number; max: number };
  /** V8's heap after the slice (MB): used and committed. */
  heapUsedMb: number;
  heapTotalMb: number;
}

const KINDS: [number, keyof ProbeReport['gc']][] = [
  [constants.NODE_PERFORMANCE_GC_MINOR, 'scavenge'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'markCompact'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
  [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weakCallbacks'],
];

const emptyGc = (): ProbeReport['gc'] => Object.fromEntries(KINDS.map(([, name]) => [name, { count: 0, totalMs: 0, maxMs: 0 }])) as ProbeReport['gc'];

if (process.send) {
  let gc = emptyGc();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      const name = KINDS.find(([k]) => k === kind)?.[1];
      if (!name) continue;
      const tally = gc[name];
      tally.count += 1;
      tally.totalMs += entry.duration;
      tally.maxMs = Math.max(tally.maxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  process.on('message', (message: unknown) => {
    if (message === 'probe:reset') {
      gc = emptyGc();
      loop.reset();
    } else if (message === 'probe:report') {
      const heap = process.memoryUsage();
      const report: ProbeReport = {
        gc: Object.fromEntries(Object.entries(gc).map(([k, t]) => [k, { count: t.count, totalMs: Math.round(t.totalMs * 10) / 10, maxMs: Math.round(t.maxMs * 10) / 10 }])) as ProbeReport['gc'],
        // The timer's own resolution is in every sample: subtract it, as node's docs suggest.
        loopDelayMs: { p50: Math.max(0, ms(loop.percentile(50)) - 10), p99: Math.max(0, ms(loop.percentile(99)) - 10), max: Math.max(0, ms(loop.max) - 10) },
        heapUsedMb: Math.round(heap.heapUsed / 2 ** 20),
        heapTotalMb: Math.round(heap.heapTotal / 2 ** 20),
      };
      process.send!({ probe: report });
    }
  });
  // The channel must not keep a server alive that is told to stop.
  process.channel?.unref();
}
