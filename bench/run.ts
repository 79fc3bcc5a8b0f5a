// npm run bench: JSON on stdout, progress on stderr. BENCH_SECONDS, BENCH_EVENTS and BENCH_DOCUMENTS scale it down.
import 'reflect-metadata';
import os from 'node:os';
import { openBenchDatabase } from './bench-database.js';
import { changeFeedBench } from './change-feed.bench.js';
import { eventStoreBench } from './event-store.bench.js';
import { importBench } from './import.bench.js';
import { parseFamiliesBench } from './parse-families.bench.js';
import { progress } from './measure.js';
import { projectionsBench } from './projections.bench.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);

const db = await openBenchDatabase(40);
try {
  const [{ version }] = (await db.pool.query(`SELECT current_setting('server_version') AS version`)).rows;
  const report: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    database: { mode: db.mode, version },
    secondsPerMeasurement: seconds,
  };
  report.parseByFamily = parseFamiliesBench();
  report.import = await importBench(db);
  report.changeFeed = await changeFeedBench(db, seconds);
  report.eventStore = await eventStoreBench(db, seconds, events);
  // Projections get their own million domain events (the store section's filler is not domain data).
  await db.pool.query('TRUNCATE es_events, es_subscription_checkpoints');
  report.projections = await projectionsBench(db, events, Number(process.env.BENCH_LOAD_SECONDS ?? 10));
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  progress('cleaning up');
  await db.close();
}
