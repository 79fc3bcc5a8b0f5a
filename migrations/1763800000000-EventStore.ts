import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event store. Concurrency is guaranteed by the database alone:
 * - `es_streams.version` is advanced by a compare-and-set inside es_append, so of two writers that
 *   expect the same version exactly one wins;
 * - UNIQUE (stream_id, stream_position) and UNIQUE (stream_id, event_id) back that up;
 * - every event carries the id of the transaction that wrote it (xid8), so readers can deliver in
 *   an order in which nothing that commits later can appear behind a checkpoint.
 */
export class EventStore1763800000000 implements MigrationInterface {
  name = 'EventStore1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE es_streams (
        stream_id text PRIMARY KEY,
        version bigint NOT NULL CHECK (version >= 0)
      )`);
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
    // One round trip per append: idempotency check, version compare-and-set and insert in one call.
    await q.query(`
      CREATE FUNCTION es_append(
        p_stream_id text,
        p_mode text,
        p_expected bigint,
        p_events jsonb,
        p_recorded_at timestamptz
      ) RETURNS TABLE (outcome text, stream_version bigint, first_global_position bigint, last_global_position bigint, transaction_id xid8)
      LANGUAGE plpgsql AS $$
      DECLARE
        v_ids uuid[];
        v_new jsonb;
        v_count bigint;
        v_version bigint;
        v_actual bigint;
      BEGIN
        SELECT array_agg((e->>'eventId')::uuid) INTO v_ids FROM jsonb_array_elements(p_events) e;
        -- Events already stored in this stream (a retried request, a re-imported document) are not written again.
        SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb) INTO v_new
          FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(e, n)
         WHERE NOT EXISTS (SELECT 1 FROM es_events s
                            WHERE s.stream_id = p_stream_id AND s.event_id = (x.e->>'eventId')::uuid);
        v_count := jsonb_array_length(v_new);
        IF v_count = 0 THEN
          RETURN QUERY
            SELECT 'duplicate'::text, coalesce((SELECT version FROM es_streams WHERE es_streams.stream_id = p_stream_id), 0::bigint),
                   min(s.global_position), max(s.global_position), NULL::xid8
              FROM es_events s WHERE s.stream_id = p_stream_id AND s.event_id = ANY (v_ids);
          RETURN;
        END IF;

        IF p_mode = 'any' THEN
          INSERT INTO es_streams AS t VALUES (p_stream_id, v_count)
            ON CONFLICT (stream_id) DO UPDATE SET version = t.version + v_count
            RETURNING t.version INTO v_version;
        ELSIF p_mode = 'no_stream' OR (p_mode = 'exact' AND p_expected = 0) THEN
          INSERT INTO es_streams VALUES (p_stream_id, v_count)
            ON CONFLICT (stream_id) DO NOTHING
            RETURNING version INTO v_version;
        ELSIF p_mode = 'exact' THEN
          UPDATE es_streams t SET version = t.version + v_count
           WHERE t.stream_id = p_stream_id AND t.version = p_expected
           RETURNING t.version INTO v_version;
        ELSIF p_mode = 'stream_exists' THEN
          UPDATE es_streams t SET version = t.version + v_count
           WHERE t.stream_id = p_stream_id
           RETURNING t.version INTO v_version;
        ELSE
          RAISE EXCEPTION 'unknown expected-version mode %', p_mode USING ERRCODE = '22023';
        END IF;

        IF v_version IS NULL THEN
          SELECT coalesce((SELECT version FROM es_streams WHERE es_streams.stream_id = p_stream_id), 0) INTO v_actual;
          RETURN QUERY SELECT 'conflict'::text, v_actual, NULL::bigint, NULL::bigint, NULL::xid8;
          RETURN;
        END IF;

        -- Wakes live subscribers at commit; equal payloads in one transaction fold into one notification.
        PERFORM pg_notify('es_appended', '');
        RETURN QUERY
          WITH inserted AS (
            INSERT INTO es_events (stream_id, stream_position, event_id, event_type, schema_version, data, metadata, recorded_at)
            SELECT p_stream_id, v_version - v_count + x.n, (x.e->>'eventId')::uuid, x.e->>'type',
                   (x.e->>'schemaVersion')::integer, x.e->'data', x.e->'metadata', p_recorded_at
              FROM jsonb_array_elements(v_new) WITH ORDINALITY AS x(e, n)
            RETURNING es_events.global_position
          )
          SELECT 'appended'::text, v_version, min(i.global_position), max(i.global_position), pg_current_xact_id()
            FROM inserted i;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION es_append(text, text, bigint, jsonb, timestamptz)`);
    await q.query(`DROP TABLE es_subscription_checkpoints`);
    await q.query(`DROP TABLE es_events`);
    await q.query(`DROP TABLE es_streams`);
  }
}
