import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Room on each page of the case status rows for their next version: live processing rewrites a
 * case's row every batch that reaches it, and on a full page (fill factor 100) each rewrite went
 * to another page with new entries in all three indexes. With three tenths of each page
 * left free, a rewrite that changes no indexed column (the status stays, only the version, dates
 * and counts move) stays on its page and touches no index (a HOT update). Only new pages are
 * filled to 70 %; the rows kept so far stay where they are, and a rebuild carries the setting over.
 */
export class CaseStatusRoomToUpdate1795933700000 implements MigrationInterface {
  name = 'CaseStatusRoomToUpdate1795933700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proj_case_status SET (fillfactor = 70)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proj_case_status RESET (fillfactor)`);
  }
}
