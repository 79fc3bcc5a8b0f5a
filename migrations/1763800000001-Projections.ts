import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models, rebuilt from events and never the source of truth. Each is filled by a checkpointed
 * subscription (es_subscription_checkpoints); `npm run projections:rebuild` builds fresh copies and
 * swaps them in.
 */
export class Projections1763800000001 implements MigrationInterface {
  name = 'Projections1763800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proj_case_status (
        case_id text PRIMARY KEY,
        case_number text,
        linked_to text,
        title text,
        status text,
        status_since date,
        deciding_body text,
        last_outcome text,
        postponements integer NOT NULL DEFAULT 0,
        first_presented date,
        last_activity date,
        version integer NOT NULL DEFAULT 0,
        bodies text[] NOT NULL DEFAULT '{}',
        events jsonb NOT NULL DEFAULT '[]',
        title_search tsvector GENERATED ALWAYS AS (to_tsvector('danish', coalesce(title, ''))) STORED
      )`);
    await q.query(`CREATE INDEX proj_case_status_status ON proj_case_status (status, case_id)`);
    await q.query(`CREATE INDEX proj_case_status_linked_to ON proj_case_status (linked_to) WHERE linked_to IS NOT NULL`);
    await q.query(`CREATE INDEX proj_case_status_title ON proj_case_status USING gin (title_search)`);
    await q.query(`CREATE INDEX proj_case_status_bodies ON proj_case_status USING gin (bodies)`);

    await q.query(`
      CREATE TABLE proj_case_timeline (
        event_id uuid NOT NULL,
        entry smallint NOT NULL,
        case_id text NOT NULL,
        date date NOT NULL,
        body text NOT NULL,
        meeting_id text NOT NULL,
        item_number integer,
        kind text NOT NULL,
        outcome text,
        text text,
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        source text,
        global_position bigint NOT NULL,
        retracted boolean NOT NULL DEFAULT false,
        PRIMARY KEY (global_position, entry)
      )`);
    await q.query(`CREATE INDEX proj_case_timeline_order ON proj_case_timeline (case_id, date, item_number, global_position, entry)`);
    // Corrections name their target by event id.
    await q.query(`CREATE INDEX proj_case_timeline_event ON proj_case_timeline (event_id)`);

    await q.query(`
      CREATE TABLE proj_meetings (
        meeting_id text PRIMARY KEY,
        body text,
        date date,
        events jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX proj_meetings_date ON proj_meetings (date, meeting_id)`);
    await q.query(`
      CREATE TABLE proj_meeting_items (
        meeting_id text NOT NULL,
        case_id text NOT NULL,
        number integer,
        title text,
        closed boolean NOT NULL DEFAULT false,
        outcome text,
        decision_text text,
        decision_event_id uuid,
        postponed boolean NOT NULL DEFAULT false,
        PRIMARY KEY (meeting_id, case_id)
      )`);

    await q.query(`
      CREATE TABLE proj_audit_log (
        global_position bigint PRIMARY KEY,
        event_id uuid NOT NULL,
        case_id text NOT NULL,
        body text NOT NULL,
        meeting_id text NOT NULL,
        meeting_date date NOT NULL,
        item_number integer,
        kind text NOT NULL,
        outcome text,
        recorded_at timestamptz NOT NULL,
        actor text,
        source text
      )`);
    await q.query(`CREATE INDEX proj_audit_log_case ON proj_audit_log (case_id, global_position)`);
    await q.query(`CREATE INDEX proj_audit_log_kind ON proj_audit_log (kind, global_position)`);

  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['proj_audit_log', 'proj_meeting_items', 'proj_meetings', 'proj_case_timeline', 'proj_case_status']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
