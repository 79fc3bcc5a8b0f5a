import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data fields case status reads, as the projection keeps them (CASE_STATUS_FIELDS in
 * libs/projections/src/case-status/status-facts.ts; copied here because a migration stays as written).
 */
const FIELDS = [
  'caseId', 'printedCaseNumber', 'provisionalId', 'meetingId', 'body', 'meetingDate', 'itemNumber', 'title', 'closed',
  'decidingBody', 'outcome', 'toBody', 'targetEventId', 'targetType', 'action', 'changes',
];

/**
 * Case status kept each case's facts as a JSON list in its row, so a batch that touched a case
 * rewrote the whole row (kilobytes of JSON) and live catch-up wrote every row once per batch that
 * reached it. The facts move to a table of their own, one row per fact and case, appended and
 * never rewritten, holding only the fields status reads; the status row keeps only what is read.
 * The data is json, not jsonb: it is only ever read back whole, and json is stored and read as text.
 */
export class CaseStatusFacts1764700000140 implements MigrationInterface {
  name = 'CaseStatusFacts1764700000140';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proj_case_status_facts (
        municipality text NOT NULL,
        case_id text NOT NULL,
        event_id uuid NOT NULL,
        global_position bigint NOT NULL,
        type text NOT NULL,
        schema_version integer NOT NULL,
        data json NOT NULL,
        PRIMARY KEY (municipality, case_id, event_id)
      )`);
    await q.query(
      `INSERT INTO proj_case_status_facts (municipality, case_id, event_id, global_position, type, schema_version, data)
       SELECT s.municipality, s.case_id, (f->>'eventId')::uuid, (f->>'position')::bigint, f->>'type', (f->>'version')::int,
              coalesce((SELECT jsonb_object_agg(key, value) FROM jsonb_each(f->'data') WHERE key = ANY($1::text[])), '{}'::jsonb)::json
         FROM proj_case_status s, jsonb_array_elements(s.events) f
       ON CONFLICT DO NOTHING`,
      [FIELDS],
    );
    await q.query(`ALTER TABLE proj_case_status DROP COLUMN events`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proj_case_status ADD COLUMN events jsonb NOT NULL DEFAULT '[]'`);
    await q.query(
      `UPDATE proj_case_status s SET events = f.events
         FROM (SELECT municipality, case_id,
                      jsonb_agg(jsonb_build_object('eventId', event_id, 'type', type, 'data', data::jsonb, 'version', schema_version, 'position', global_position::text)
                                ORDER BY global_position) AS events
                 FROM proj_case_status_facts GROUP BY municipality, case_id) f
        WHERE s.municipality = f.municipality AND s.case_id = f.case_id`,
    );
    await q.query(`DROP TABLE proj_case_status_facts`);
  }
}
