import os from 'node:os';
import { PostgresEventStore } from '#event-store';
import { allProjections, ProjectionRunner, rebuildProjection, subscriptionName } from '#projections';
import type { BenchDatabase } from './bench-database.js';
import { progress, round } from './measure.js';
import { postmasterPid, treeCpuSeconds } from './process-cpu.js';

const EVENTS_PER_CASE = 10;
const BODY = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';

/**
 * Fills the store with `total` domain events in case streams of ten: each case is presented,
 * postponed, presented again, decided and referenced, at two series of meetings. Written in bulk
 * SQL because only the reading side is measured here.
 */
export async function fillCaseEvents(db: BenchDatabase, total: number): Promise<number> {
  const cases = Math.floor(total / EVENTS_PER_CASE);
  const chunk = 10_000;
  for (let first = 0; first < cases; first += chunk) {
    const last = Math.min(cases, first + chunk) - 1;
    await db.pool.query(
      `INSERT INTO es_events (municipality, stream_id, stream_position, event_id, event_type, schema_version, data, metadata, recorded_at)
       SELECT 'ballerup', 'case-' || c.id, k + 1, gen_random_uuid(),
              (ARRAY['ItemPresented','ItemPostponed','ItemPresented','DecisionTaken','EarlierTreatmentNoted'])[k % 5 + 1], 1,
              jsonb_build_object(
                'caseId', c.id, 'meetingId', 'bench-udvalget-' || to_char(m.date, 'YYYY-MM-DD'), 'body', $3::text,
                'meetingDate', to_char(m.date, 'YYYY-MM-DD'), 'itemNumber', c.n % 20 + 1,
                'title', 'Sag nummer ' || c.n || ' om erhvervsfremme og beskæftigelse', 'closed', false, 'provisional', false,
                'recommendation', '[]'::jsonb, 'summary', '[]'::jsonb, 'attachments', '[]'::jsonb,
                'reason', 'Udsættes.', 'causedByCancellation', false,
                'outcome', 'noted', 'decisionText', 'Taget til efterretning.', 'pointOutcomes', '[]'::jsonb,
                'foundIn', 'tidligere-behandling'),
              jsonb_build_object('actor', 'bench', 'source', 'document:bench.txt#L' || (k * 40 + 1)), now()
         FROM (SELECT n, lpad((n / 1000000)::text, 2, '0') || '.' || lpad((n / 10000 % 100)::text, 2, '0') || '.00-A00-' || (n % 10000 + 1) || '-24' AS id
                 FROM generate_series($1::int, $2::int) AS n) c
        CROSS JOIN generate_series(0, ${EVENTS_PER_CASE - 1}) AS k
        CROSS JOIN LATERAL (SELECT date '2020-01-07' + ((c.n % 200) * 7 + (k / 5) * 35 + (k % 5 / 2) * 14) AS date) m`,
      [first, last, BODY],
    );
  }
  return cases;
}


/**
 * What PostgreSQL did, counted by itself: WAL written (bytes, full-page images) and shared buffers
 * touched (found or read) in this database. Unlike a rate or CPU time these hardly move with other
 * work on the machine, so two builds compare by them in runs minutes apart.
 */
async function databaseWork(db: BenchDatabase) {
  const { rows } = await db.pool.query(
    `SELECT w.wal_bytes::float8 AS wal, w.wal_fpi::float8 AS fpi, (d.blks_hit + d.blks_read)::float8 AS buffers
       FROM pg_stat_wal w, pg_stat_database d WHERE d.datname = current_database()`,
  );
  return rows[0] as { wal: number; fpi: number; buffers: number };
}

/** Wall time, this process's CPU and PostgreSQL's (embedded server only) over one piece of work on `events` events. */
async function measured(db: BenchDatabase, events: number, work: () => Promise<unknown>) {
  const pid = db.pgDataDir ? postmasterPid(db.pgDataDir) : undefined;
  const pgBefore = pid ? treeCpuSeconds(pid) : undefined;
  const workBefore = await databaseWork(db);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const nodeCpu = (cpu.user + cpu.system) / 1e6;
  // A backend that just closed (the live runner's) counts once PostgreSQL has reaped it: until then it reads as a zombie with no time.
  if (pid) await new Promise((resolve) => setTimeout(resolve, 1000));
  const pgAfter = pid ? treeCpuSeconds(pid) : undefined;
  const pgCpu = pgBefore !== undefined && pgAfter !== undefined ? pgAfter - pgBefore : undefined;
  const workAfter = await databaseWork(db);
  return {
    events,
    seconds: round(seconds),
    eventsPerSecond: round(events / seconds),
    // CPU moves less with other work on the machine than wall time does.
    nodeCpuSeconds: round(nodeCpu),
    ...(pgCpu !== undefined ? { postgresCpuSeconds: round(pgCpu), cpuMicrosecondsPerEvent: round(((nodeCpu + pgCpu) * 1e6) / events, 1) } : {}),
    walBytesPerEvent: round((workAfter.wal - workBefore.wal) / events, 1),
    fullPageImagesPerThousandEvents: round(((workAfter.fpi - workBefore.fpi) * 1000) / events, 1),
    buffersPerEvent: round((workAfter.buffers - workBefore.buffers) / events, 2),
    loadAverage: round(os.loadavg()[0]!),
  };
}

/** BENCH_LIVE_BATCH: the live runner's batch size (its default otherwise). */
const liveBatch = Number(process.env.BENCH_LIVE_BATCH ?? 0);

/** BENCH_PROJECTIONS=case-status,meetings measures only those. */
const chosen = () => {
  const names = process.env.BENCH_PROJECTIONS?.split(',').map((n) => n.trim());
  return allProjections().filter((p) => !names || names.includes(p.name));
};

export async function projectionsBench(db: BenchDatabase, events: number, options: { live: boolean }) {
  progress(`filling ${events} case events`);
  const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM es_events');
  const cases = await fillCaseEvents(db, events);
  const total = rows[0].n + cases * EVENTS_PER_CASE;
  const store = new PostgresEventStore(db.pool);
  const rebuild: Record<string, Awaited<ReturnType<typeof measured>>> = {};
  for (const projection of chosen()) {
    progress(`rebuilding ${projection.name} over ${total} events`);
    rebuild[projection.name] = await measured(db, total, () => rebuildProjection(db.pool, store, projection, { batchSize: 5000 }));
  }
  // Live catch-up: the same events through the live runner from an empty read model, one projection
  // at a time (as the rebuilds are measured); what a new projection or an emptied one costs. The
  // ratio to the rebuild's rate in the same run moves less with the machine's load than either rate.
  const live: Record<string, unknown> = {};
  for (const projection of options.live ? chosen() : []) {
    progress(`live catch-up: ${projection.name} over ${total} events`);
    await db.pool.query(`TRUNCATE ${projection.tables.join(', ')}`);
    await db.pool.query('DELETE FROM es_subscription_checkpoints WHERE subscription = $1', [subscriptionName(projection)]);
    const runner = new ProjectionRunner(db.url, db.pool, store, [projection], { pollIntervalMs: 50, ...(liveBatch ? { batchSize: liveBatch } : {}) });
    const result = await measured(db, total, async () => {
      runner.start();
      try {
        await runner.caughtUp();
      } finally {
        await runner.stop();
      }
    });
    live[projection.name] = { ...result, toRebuild: round(result.eventsPerSecond / rebuild[projection.name]!.eventsPerSecond) };
  }
  return { cases, rebuild, ...(options.live ? { liveCatchUp: live } : {}) };
}
