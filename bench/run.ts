// npm run bench: JSON on stdout, progress on stderr. BENCH_SECONDS, BENCH_EVENTS, BENCH_DOCUMENTS and
// BENCH_LOAD_SECONDS scale it down; BENCH_SECTIONS (parseByFamily,import,changeFeed,eventStore,projections,live,timeline)
// picks sections.
import 'reflect-metadata';
import os from 'node:os';
import { openBenchDatabase, settleForReads } from './bench-database.js';
import { changeFeedBench } from './change-feed.bench.js';
import { eventStoreBench } from './event-store.bench.js';
import { importBench } from './import.bench.js';
import { parseFamiliesBench } from './parse-families.bench.js';
import { progress } from './measure.js';
import { projectionsBench } from './projections.bench.js';
import { timelineBench } from './timeline.bench.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const sections = new Set((process.env.BENCH_SECTIONS ?? 'parseByFamily,import,changeFeed,eventStore,projections,live,timeline').split(',').map((s) => s.trim()));

const db = await openBenchDatabase(40);
try {
  const [{ version }] = (await db.pool.query(`SELECT current_setting('server_version') AS version`)).rows;
  const report: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) },
    database: { mode: db.mode, version },
    secondsPerMeasurement: seconds,
  };
  if (sections.has('parseByFamily')) report.parseByFamily = parseFamiliesBench();
  if (sections.has('import')) report.import = await importBench(db);
  if (sections.has('changeFeed')) report.changeFeed = await changeFeedBench(db, seconds);
  if (sections.has('eventStore')) report.eventStore = await eventStoreBench(db, seconds, events);
  if (['projections', 'live', 'timeline'].some((section) => sections.has(section))) {
    // Projections get their own million domain events (the store section's filler is not domain data).
    await db.pool.query('TRUNCATE es_events, es_subscription_checkpoints');
    const projections = await projectionsBench(db, events, { live: sections.has('live') });
    if (sections.has('projections') || sections.has('live')) report.projections = projections;
    if (sections.has('timeline')) {
      await settleForReads(db);
      report.timeline = await timelineBench(db.url, projections.cases, loadSeconds);
    }
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  progress('cleaning up');
  await db.close();
}
