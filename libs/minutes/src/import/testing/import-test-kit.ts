// Test helpers for the importer's integration tests: a store with an importer on it, and the read
// models as plain rows. Not used by production code.
import type pg from 'pg';
import { FixedClock } from '#cases';
import { PostgresEventStore } from '#event-store';
import { ProjectionRunner, allProjections } from '#projections';
import { createStandaloneImporter, type StandaloneImporter } from '../importer-context.js';

/** Well after every bundled meeting: decisions at them are in the past. */
export const IMPORT_TEST_NOW = new Date('2025-01-01T12:00:00Z');

export interface ImportKit extends StandaloneImporter {
  store: PostgresEventStore;
}

export async function importKit(pool: pg.Pool): Promise<ImportKit> {
  const store = new PostgresEventStore(pool);
  return { ...(await createStandaloneImporter(store, new FixedClock(IMPORT_TEST_NOW))), store };
}

export async function eventCount(pool: pg.Pool): Promise<number> {
  return Number((await pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
}

/** Runs every projection until it has caught up with the store, then stops it. */
export async function project(url: string, pool: pg.Pool, store: PostgresEventStore): Promise<void> {
  const runner = new ProjectionRunner(url, pool, store, allProjections(), { pollIntervalMs: 20 });
  runner.start();
  try {
    await runner.caughtUp();
  } finally {
    await runner.stop();
  }
}

/**
 * What a reader sees of every case: status rows and timeline rows, without what depends on arrival
 * (global positions, event ids chosen by whichever document came first) and in a stable order.
 */
export async function caseReadModels(pool: pg.Pool) {
  const status = await pool.query(
    `SELECT case_id, case_number, linked_to, title, status, status_since::text, deciding_body, last_outcome, postponements,
            first_presented::text, last_activity::text, bodies
       FROM proj_case_status ORDER BY case_id`,
  );
  const timeline = await pool.query(
    `SELECT case_id, date::text, body, meeting_id, item_number, kind, outcome, text, reason, details, source, retracted
       FROM proj_case_timeline
      ORDER BY case_id, date, meeting_id, item_number NULLS LAST, kind, outcome NULLS FIRST, text NULLS FIRST, source NULLS FIRST`,
  );
  return { status: status.rows, timeline: timeline.rows };
}
