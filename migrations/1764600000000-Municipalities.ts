import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FALLBACK_MUNICIPALITY, parseMunicipality } from '#cases';

/**
 * Every event and read-model row belongs to a municipality. Rows written before get the one
 * DEFAULT_MUNICIPALITY names when this runs (ballerup unless set): PostgreSQL adds a column with a
 * constant default to the catalogue only, so no event row is rewritten; the default is dropped
 * again so that every new row must name its municipality. Every key of the events table then
 * leads with the municipality, as distributing the table by it (one municipality per shard) needs.
 */
export class Municipalities1764600000000 implements MigrationInterface {
  name = 'Municipalities1764600000000';

  constructor(private readonly defaultMunicipality?: string) {}

  /** This migration, giving earlier rows the municipality `slug`. */
  static into(slug: string): typeof Municipalities1764600000000 {
    return class extends Municipalities1764600000000 {
      constructor() {
        super(slug);
      }
    };
  }

  async up(q: QueryRunner): Promise<void> {
    const given = this.defaultMunicipality ?? (process.env.DEFAULT_MUNICIPALITY || FALLBACK_MUNICIPALITY);
    const slug = parseMunicipality(given, 'DEFAULT_MUNICIPALITY').slug;
    const addColumn = async (table: string) => {
      await q.query(`ALTER TABLE ${table} ADD COLUMN municipality text NOT NULL DEFAULT '${slug}'`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN municipality DROP DEFAULT`);
    };

    await addColumn('es_events');
    await q.query(`ALTER TABLE es_events DROP CONSTRAINT es_events_stream_position_key, DROP CONSTRAINT es_events_stream_event_id_key`);
    // The event id leads its key after the municipality: led by (municipality, stream_id) both keys
    // would look alike to the planner, which then may read a whole stream by the event-id key to find one position.
    await q.query(`ALTER TABLE es_events ADD CONSTRAINT es_events_stream_position_key UNIQUE (municipality, stream_id, stream_position),
                                         ADD CONSTRAINT es_events_stream_event_id_key UNIQUE (municipality, event_id, stream_id)`);

    for (const table of ['proj_case_status', 'proj_case_timeline', 'proj_meetings', 'proj_meeting_items', 'proj_audit_log']) await addColumn(table);
    await q.query(`ALTER TABLE proj_case_status DROP CONSTRAINT proj_case_status_pkey, ADD PRIMARY KEY (municipality, case_id)`);
    await q.query(`ALTER TABLE proj_case_status ADD COLUMN scheme text`);
    await q.query(`DROP INDEX proj_case_status_status, proj_case_status_linked_to`);
    await q.query(`CREATE INDEX proj_case_status_status ON proj_case_status (municipality, status, case_id)`);
    await q.query(`CREATE INDEX proj_case_status_linked_to ON proj_case_status (municipality, linked_to) WHERE linked_to IS NOT NULL`);
    await q.query(`DROP INDEX proj_case_timeline_order`);
    await q.query(`CREATE INDEX proj_case_timeline_order ON proj_case_timeline (municipality, case_id, date, item_number, global_position, entry)`);
    await q.query(`ALTER TABLE proj_meetings DROP CONSTRAINT proj_meetings_pkey, ADD PRIMARY KEY (municipality, meeting_id)`);
    await q.query(`DROP INDEX proj_meetings_date`);
    await q.query(`CREATE INDEX proj_meetings_date ON proj_meetings (municipality, date, meeting_id)`);
    // An item is a meeting and an item number (a case may stand on two items of one meeting); 0: number not known.
    await q.query(`ALTER TABLE proj_meeting_items ADD COLUMN item integer NOT NULL DEFAULT 0`);
    await q.query(`UPDATE proj_meeting_items SET item = number WHERE number IS NOT NULL`);
    await q.query(`ALTER TABLE proj_meeting_items DROP CONSTRAINT proj_meeting_items_pkey, ADD PRIMARY KEY (municipality, meeting_id, case_id, item)`);
    await q.query(`DROP INDEX proj_audit_log_case, proj_audit_log_kind`);
    await q.query(`CREATE INDEX proj_audit_log_case ON proj_audit_log (municipality, case_id, global_position)`);
    await q.query(`CREATE INDEX proj_audit_log_kind ON proj_audit_log (municipality, kind, global_position)`);
    await q.query(`CREATE INDEX proj_audit_log_municipality ON proj_audit_log (municipality, global_position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Only a store of one municipality goes back: the old keys cannot tell two apart.
    const { rows } = await q.query(`SELECT count(DISTINCT municipality)::int AS n FROM es_events`);
    if (rows[0].n > 1) throw new Error('The store holds more than one municipality; the schema before municipalities cannot keep them apart');
    await q.query(`ALTER TABLE es_events DROP CONSTRAINT es_events_stream_position_key, DROP CONSTRAINT es_events_stream_event_id_key`);
    await q.query(`ALTER TABLE es_events ADD CONSTRAINT es_events_stream_position_key UNIQUE (stream_id, stream_position),
                                         ADD CONSTRAINT es_events_stream_event_id_key UNIQUE (stream_id, event_id)`);
    await q.query(`ALTER TABLE es_events DROP COLUMN municipality`);
    await q.query(`DROP INDEX proj_audit_log_municipality, proj_audit_log_case, proj_audit_log_kind, proj_meetings_date, proj_case_timeline_order, proj_case_status_status, proj_case_status_linked_to`);
    await q.query(`ALTER TABLE proj_case_status DROP CONSTRAINT proj_case_status_pkey, ADD PRIMARY KEY (case_id), DROP COLUMN scheme`);
    await q.query(`ALTER TABLE proj_meetings DROP CONSTRAINT proj_meetings_pkey, ADD PRIMARY KEY (meeting_id)`);
    await q.query(`DELETE FROM proj_meeting_items a USING proj_meeting_items b
                    WHERE a.meeting_id = b.meeting_id AND a.case_id = b.case_id AND a.item > b.item`);
    await q.query(`ALTER TABLE proj_meeting_items DROP CONSTRAINT proj_meeting_items_pkey, ADD PRIMARY KEY (meeting_id, case_id), DROP COLUMN item`);
    for (const table of ['proj_case_status', 'proj_case_timeline', 'proj_meetings', 'proj_meeting_items', 'proj_audit_log']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN municipality`);
    }
    await q.query(`CREATE INDEX proj_case_status_status ON proj_case_status (status, case_id)`);
    await q.query(`CREATE INDEX proj_case_status_linked_to ON proj_case_status (linked_to) WHERE linked_to IS NOT NULL`);
    await q.query(`CREATE INDEX proj_case_timeline_order ON proj_case_timeline (case_id, date, item_number, global_position, entry)`);
    await q.query(`CREATE INDEX proj_meetings_date ON proj_meetings (date, meeting_id)`);
    await q.query(`CREATE INDEX proj_audit_log_case ON proj_audit_log (case_id, global_position)`);
    await q.query(`CREATE INDEX proj_audit_log_kind ON proj_audit_log (kind, global_position)`);
  }
}
