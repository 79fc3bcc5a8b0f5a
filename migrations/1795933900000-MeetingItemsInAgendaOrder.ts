import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting's items without numbers were listed in case-id order, not as the agenda printed them. Each item row now
 * keeps the global position of its first presentation (the import presents items in their printed order), and the
 * meeting lists unnumbered items by it. Rows projected before are given it from the events, as a rebuild would.
 */
export class MeetingItemsInAgendaOrder1795933900000 implements MigrationInterface {
  name = 'MeetingItemsInAgendaOrder1795933900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proj_meeting_items ADD COLUMN agenda_order bigint`);
    // ItemPresented lives in the case's stream (`case-<id>`), AgendaItemAdded in the meeting's with the case id in its data.
    await q.query(`
      UPDATE proj_meeting_items i SET agenda_order = f.first_position
        FROM (SELECT municipality, data->>'meetingId' AS meeting_id,
                     coalesce(data->>'caseId', substring(stream_id FROM '(?:^|/)case-(.*)$')) AS case_id,
                     coalesce((data->>'itemNumber')::int, 0) AS item, min(global_position) AS first_position
                FROM es_events
               WHERE event_type IN ('ItemPresented', 'AgendaItemAdded') AND data ? 'meetingId'
               GROUP BY 1, 2, 3, 4) f
       WHERE (i.municipality, i.meeting_id, i.case_id, i.item) = (f.municipality, f.meeting_id, f.case_id, f.item)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proj_meeting_items DROP COLUMN agenda_order`);
  }
}
