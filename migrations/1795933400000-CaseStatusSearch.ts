import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case list's search (title words, bodies) moves to a table of its own, written only when a
 * case's title or bodies change. In the status row the generated tsvector and the two GIN indexes
 * were updated by every rewrite of the row, and live processing rewrites a case's row for every
 * batch that reaches the case (about half the upsert's cost, while most facts change neither).
 * The status row keeps the title and bodies it shows; the search row holds copies with the indexes.
 */
export class CaseStatusSearch1795933400000 implements MigrationInterface {
  name = 'CaseStatusSearch1795933400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proj_case_status_search (
        municipality text NOT NULL,
        case_id text NOT NULL,
        title text,
        bodies text[] NOT NULL DEFAULT '{}',
        title_search tsvector GENERATED ALWAYS AS (to_tsvector('danish', left(coalesce(title, ''), 100000))) STORED,
        PRIMARY KEY (municipality, case_id)
      )`);
    await q.query(
      `INSERT INTO proj_case_status_search (municipality, case_id, title, bodies)
       SELECT municipality, case_id, title, bodies FROM proj_case_status`,
    );
    await q.query(`CREATE INDEX proj_case_status_search_title ON proj_case_status_search USING gin (title_search)`);
    await q.query(`CREATE INDEX proj_case_status_search_bodies ON proj_case_status_search USING gin (proj_hashed(bodies))`);
    await q.query(`DROP INDEX proj_case_status_title, proj_case_status_bodies`);
    await q.query(`ALTER TABLE proj_case_status DROP COLUMN title_search`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE proj_case_status ADD COLUMN title_search tsvector GENERATED ALWAYS AS (to_tsvector('danish', left(coalesce(title, ''), 100000))) STORED`,
    );
    await q.query(`CREATE INDEX proj_case_status_title ON proj_case_status USING gin (title_search)`);
    await q.query(`CREATE INDEX proj_case_status_bodies ON proj_case_status USING gin (proj_hashed(bodies))`);
    await q.query(`DROP TABLE proj_case_status_search`);
  }
}
