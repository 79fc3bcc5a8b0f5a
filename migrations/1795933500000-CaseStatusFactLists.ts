import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's status facts as one list per case instead of one row per fact. With a row per fact a
 * rebuild wrote an index entry and a row for every event (twice the WAL and four times the buffers
 * of the code before the facts table), and live processing read a case's facts back from as many
 * pages as it had facts. A list is read and written as one row (its own table, so the status row
 * read by the lists stays small; the list holds only the fields status reads). Each fact is
 * [event id, type, data, schema version, global position as text]. Kept compressed as PostgreSQL
 * does by default: uncompressed (toast_tuple_target at a page, tried) the lists doubled the WAL of
 * live processing and of a rebuild and saved no measurable CPU.
 */
export class CaseStatusFactLists1795933500000 implements MigrationInterface {
  name = 'CaseStatusFactLists1795933500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proj_case_status_fact_lists (
        municipality text NOT NULL,
        case_id text NOT NULL,
        facts json NOT NULL,
        PRIMARY KEY (municipality, case_id)
      )`);
    await q.query(
      `INSERT INTO proj_case_status_fact_lists (municipality, case_id, facts)
       SELECT municipality, case_id, json_agg(json_build_array(event_id, type, data, schema_version, global_position::text) ORDER BY global_position, event_id)
         FROM proj_case_status_facts GROUP BY municipality, case_id`,
    );
    await q.query(`DROP TABLE proj_case_status_facts`);
  }

  async down(q: QueryRunner): Promise<void> {
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
       SELECT l.municipality, l.case_id, (f->>0)::uuid, (f->>4)::bigint, f->>1, (f->>3)::int, f->2
         FROM proj_case_status_fact_lists l, json_array_elements(l.facts) f
       ON CONFLICT DO NOTHING`,
    );
    await q.query(`DROP TABLE proj_case_status_fact_lists`);
  }
}
