import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Nothing indexed is without a bound, so no accepted event can fail an index (a btree entry holds
 * at most 2704 bytes, a GIN entry 2712, a tsvector 1 MB). The audit of every index:
 * - es_events (stream_id, ...): stream ids are bounded here, at 1300 bytes (checked for new events;
 *   older ones fitted the index already). Every id the projections index (case id, meeting id,
 *   linked provisional id) is a stream id without its prefix, and no index holds more than two ids
 *   plus fixed-size columns: 2 x 1300 bytes fit a btree entry.
 * - proj_case_status bodies (GIN): a body is event data of any length (a 6,500-letter committee
 *   name in an earlier treatment stopped the projection). Indexed now as the md5 of each body;
 *   the query checks the body itself after the index found the candidates.
 * - proj_case_status title_search: the tsvector of the title's first 100,000 characters (a
 *   tsvector holds at most 1 MB, and each lexeme is capped by PostgreSQL itself); `q` still matches
 *   the whole title by substring.
 * - es_subscription_checkpoints, proj_projection_failures, proj_parked_events: names set by the code.
 * - Every other indexed column is a number, a date, a uuid or a word from a fixed vocabulary.
 */
export class BoundedIndexes1764500000000 implements MigrationInterface {
  name = 'BoundedIndexes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE es_events ADD CONSTRAINT es_events_stream_id_bounded CHECK (octet_length(stream_id) <= 1300) NOT VALID`);
    await q.query(`
      CREATE FUNCTION proj_hashed(text[]) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT ARRAY(SELECT md5(element) FROM unnest($1) AS element) $$`);
    await q.query(`DROP INDEX proj_case_status_bodies`);
    await q.query(`CREATE INDEX proj_case_status_bodies ON proj_case_status USING gin (proj_hashed(bodies))`);
    await q.query(`ALTER TABLE proj_case_status ALTER COLUMN title_search SET EXPRESSION AS (to_tsvector('danish', left(coalesce(title, ''), 100000)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proj_case_status ALTER COLUMN title_search SET EXPRESSION AS (to_tsvector('danish', coalesce(title, '')))`);
    await q.query(`DROP INDEX proj_case_status_bodies`);
    await q.query(`CREATE INDEX proj_case_status_bodies ON proj_case_status USING gin (bodies)`);
    await q.query(`DROP FUNCTION proj_hashed(text[])`);
    await q.query(`ALTER TABLE es_events DROP CONSTRAINT es_events_stream_id_bounded`);
  }
}
