import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections find their target entry through the timeline-order index (municipality, case id: a
 * correction is stored in the stream of the case it corrects, so the target's entries are that
 * case's), so the index on the event id alone goes. Every timeline insert kept a random uuid key in
 * it up to date. A rebuild renames a table's indexes, so the index is found by its definition.
 */
export class CaseTimelineCorrectionsByCase1795933800000 implements MigrationInterface {
  name = 'CaseTimelineCorrectionsByCase1795933800000';

  async up(q: QueryRunner): Promise<void> {
    const rows: { name: string }[] = await q.query(
      `SELECT indexname AS name FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = 'proj_case_timeline' AND indexdef LIKE '%USING btree (event_id)'`,
    );
    for (const { name } of rows) await q.query(`DROP INDEX "${name}"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX proj_case_timeline_event ON proj_case_timeline (event_id)`);
  }
}
