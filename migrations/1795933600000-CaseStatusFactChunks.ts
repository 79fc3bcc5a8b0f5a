import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's status facts as chunks: each batch that reaches a case adds one row with the facts it
 * brought (keyed by the global position of the chunk's first fact) instead of rewriting the case's
 * whole list. Live processing reaches a case once per batch, so a rewritten list cost its old
 * facts read back, decompressed, concatenated, parsed as json, compressed and written again (with
 * their WAL) every time; a chunk costs only its own facts and one index entry. The lists kept so
 * far become each case's first chunk (key 0: below every fact's position), so nothing is moved.
 */
export class CaseStatusFactChunks1795933600000 implements MigrationInterface {
  name = 'CaseStatusFactChunks1795933600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proj_case_status_fact_lists ADD COLUMN first_position bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE proj_case_status_fact_lists ALTER COLUMN first_position DROP DEFAULT`);
    // A rebuild renames its shadow table's key, so the key is found by what it is, not by its name.
    await q.query(
      `DO $$ DECLARE key text; BEGIN
         SELECT conname INTO STRICT key FROM pg_constraint WHERE conrelid = 'proj_case_status_fact_lists'::regclass AND contype = 'p';
         EXECUTE format('ALTER TABLE proj_case_status_fact_lists DROP CONSTRAINT %I, ADD PRIMARY KEY (municipality, case_id, first_position)', key);
       END $$`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE proj_case_status_fact_lists__merged AS
       SELECT l.municipality, l.case_id, json_agg(e ORDER BY (e->>4)::bigint, e->>0) AS facts
         FROM proj_case_status_fact_lists l, json_array_elements(l.facts) e GROUP BY l.municipality, l.case_id`,
    );
    await q.query(`DROP TABLE proj_case_status_fact_lists`);
    await q.query(`ALTER TABLE proj_case_status_fact_lists__merged RENAME TO proj_case_status_fact_lists`);
    await q.query(`ALTER TABLE proj_case_status_fact_lists ALTER COLUMN facts SET NOT NULL, ADD PRIMARY KEY (municipality, case_id)`);
  }
}
