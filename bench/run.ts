// npm run bench: JSON on stdout, progress on stderr. BENCH_SECONDS, BENCH_EVENTS, BENCH_DOCUMENTS and
// BENCH_LOAD_SECONDS scale it down; BENCH_SECTIONS (parseByFamily,import,changeFeed,eventStore,projections,live,timeline)
// picks sections.
import 'reflect-metadata';
import os from 'node:os';
import { type BenchDatabase, openBenchDatabase, settleForReads } from './bench-database.js';
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

/** Cases of a kept database whose case status and timeline are at its head (0: fill it afresh). */
async function benchCasesIn(db: BenchDatabase): Promise<number> {
  const { rows } = await db.pool.query(
    `SELECT (SELECT count(*) FROM proj_case_status)::int AS cases,
            (SELECT count(*) FROM es_subscription_checkpoints
              WHERE global_position = (SELECT max(global_position) FROM es_events))::int AS current`,
  );
  return rows[0].current >= 2 ? rows[0].cases : 0;
}

const db = await openBenchDatabase(40);
try {
  const [{ version }] = (await db.pool.query(`SELECT current_setting('server_version') AS version`)).rows;
  const report: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, nodeFlags: process.execArgv, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) },
    database: { mode: db.mode, version },
    secondsPerMeasurement: seconds,
  };
  if (sections.has('parseByFamily')) report.parseByFamily = parseFamiliesBench();
  if (sections.has('import')) report.import = await importBench(db);
  if (sections.has('changeFeed')) report.changeFeed = await changeFeedBench(db, seconds);
  if (sections.has('eventStore')) report.eventStore = await eventStoreBench(db, seconds, events);
  if (['projections', 'live', 'timeline'].some((section) => sections.has(section))) {
    const onlyReads = !sections.has('projections') && !sections.has('live');
    // A kept database (BENCH_DATABASE) that holds the read models already: the timeline reads them as they are.
    const keptCases = db.reused && onlyReads ? await benchCasesIn(db) : 0;
    if (keptCases > 0) progress(`reusing the ${keptCases} cases of database ${process.env.BENCH_DATABASE}`);
    let cases = keptCases;
    if (!cases) {
      // Projections get their own million domain events (the store section's filler is not domain data).
      await db.pool.query('TRUNCATE es_events, es_subscription_checkpoints');
      const projections = await projectionsBench(db, events, { live: sections.has('live') });
      if (!onlyReads) report.projections = projections;
      cases = projections.cases;
    }
    if (sections.has('timeline')) {
      await settleForReads(db);
      report.timeline = await timelineBench(db.url, cases, loadSeconds, db.pgDataDir);
    }
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  progress('cleaning up');
  await db.close();
}
