import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A projection that cannot apply an event records why here instead of retrying in the dark:
 * /health names it, reads that depend on it say they are stale. An admin may park the event (who,
 * why, when), so the projection skips it and goes on, and replay it after a fix.
 */
export class ProjectionFailures1764500000001 implements MigrationInterface {
  name = 'ProjectionFailures1764500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proj_projection_failures (
        projection text NOT NULL,
        global_position bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        stream_id text NOT NULL,
        error text NOT NULL,
        attempts integer NOT NULL DEFAULT 1,
        first_seen timestamptz NOT NULL DEFAULT now(),
        last_seen timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, global_position)
      )`);
    await q.query(`
      CREATE TABLE proj_parked_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        projection text NOT NULL,
        global_position bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        error text,
        parked_by text NOT NULL,
        reason text NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now(),
        replayed_by text,
        replayed_at timestamptz
      )`);
    // An event is parked at most once at a time; after a replay it may be parked again.
    await q.query(`CREATE UNIQUE INDEX proj_parked_events_open ON proj_parked_events (projection, global_position) WHERE replayed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proj_parked_events`);
    await q.query(`DROP TABLE proj_projection_failures`);
  }
}
