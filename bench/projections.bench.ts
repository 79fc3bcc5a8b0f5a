import autocannon from 'autocannon';
import { PostgresEventStore } from '#event-store';
import { allProjections, rebuildProjection } from '#projections';
import { startApiProcess } from './api-process.js';
import type { BenchDatabase } from './bench-database.js';
import { progress, round } from './measure.js';
import { casePageBench } from './pages.bench.js';

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
      `INSERT INTO es_events (stream_id, stream_position, event_id, event_type, schema_version, data, metadata, recorded_at)
       SELECT 'case-' || c.id, k + 1, gen_random_uuid(),
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

export async function projectionsBench(db: BenchDatabase, events: number, loadSeconds: number) {
  progress(`filling ${events} case events`);
  const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM es_events');
  const cases = await fillCaseEvents(db, events);
  const total = rows[0].n + cases * EVENTS_PER_CASE;
  const store = new PostgresEventStore(db.pool);
  const rebuild: Record<string, unknown> = {};
  for (const projection of allProjections()) {
    progress(`rebuilding ${projection.name} over ${total} events`);
    const report = await rebuildProjection(db.pool, store, projection, { batchSize: 5000 });
    rebuild[projection.name] = { events: report.events, seconds: round(report.seconds), eventsPerSecond: round(report.eventsPerSecond) };
  }

  progress(`GET /cases/{n}/timeline with 64 connections for ${loadSeconds} s`);
  const api = await startApiProcess(db.url);
  try {
    let i = 0;
    const caseNumber = (n: number) => `${String(Math.floor(n / 1_000_000)).padStart(2, '0')}.${String(Math.floor(n / 10_000) % 100).padStart(2, '0')}.00-A00-${(n % 10_000) + 1}-24`;
    const load = async (connections: number, duration: number) => {
      const result = await autocannon({
        url: `http://127.0.0.1:${api.port}`,
        connections,
        duration,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/cases/${caseNumber((i++ * 7919) % cases)}/timeline` }) }],
      });
      return {
        cases,
        connections,
        requestsPerSecond: round(result.requests.average),
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        non2xx: result.non2xx,
        errors: result.errors,
      };
    };
    // 64 connections saturate the machine; one connection shows a request's own latency.
    const saturated = await load(64, loadSeconds);
    progress(`GET /cases/{n}/timeline with 1 connection for ${Math.ceil(loadSeconds / 2)} s`);
    const single = await load(1, Math.ceil(loadSeconds / 2));
    const casePage = await casePageBench(`http://127.0.0.1:${api.port}`, caseNumber, cases, Math.ceil(loadSeconds / 2));
    return { rebuild, timeline: saturated, timelineOneConnection: single, casePage };
  } finally {
    await api.stop();
  }
}
