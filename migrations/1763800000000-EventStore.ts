import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event store. Concurrency is guaranteed by the database alone:
 * - UNIQUE (stream_id, stream_position): of two writers that expect the same version, the second
 *   insert of that position fails, and the store reports a version conflict;
 * - UNIQUE (stream_id, event_id): an event is stored at most once per stream (idempotency);
 * - every event carries the id of the transaction that wrote it (xid8), so readers can deliver in
 *   an order in which nothing that commits later can appear behind a checkpoint.
 */
export class EventStore1763800000000 implements MigrationInterface {
  name = 'EventStore1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE es_events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id text NOT NULL,
        stream_position bigint NOT NULL CHECK (stream_position >= 1),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        schema_version integer NOT NULL CHECK (schema_version >= 1),
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT es_events_stream_position_key UNIQUE (stream_id, stream_position),
        CONSTRAINT es_events_stream_event_id_key UNIQUE (stream_id, event_id)
      )`);
    await q.query(`CREATE INDEX es_events_global_order ON es_events (transaction_id, global_position)`);
    await q.query(`
      CREATE TABLE es_subscription_checkpoints (
        subscription text PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        global_position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE es_subscription_checkpoints`);
    await q.query(`DROP TABLE es_events`);
  }
}
