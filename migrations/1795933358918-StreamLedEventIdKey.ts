import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event-id key ordered (municipality, stream_id, event_id): the same constraint (an event id
 * once per stream), but a batch's new entries now sit beside each other under their stream, where
 * ordered (municipality, event_id, stream_id) each of a batch's random ids went to its own page of
 * an index as large as the whole store (batches of 100 with 4 writers fell from 0.72 to about 0.5
 * of raw PostgreSQL). Both keys now lead with (municipality, stream_id); the store's position
 * checks are written so that only the position key can serve them (see postgres-event-store.ts).
 * Only the index is rebuilt; no event row is touched.
 */
export class StreamLedEventIdKey1795933358918 implements MigrationInterface {
  name = 'StreamLedEventIdKey1795933358918';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE es_events DROP CONSTRAINT es_events_stream_event_id_key,
                                         ADD CONSTRAINT es_events_stream_event_id_key UNIQUE (municipality, stream_id, event_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE es_events DROP CONSTRAINT es_events_stream_event_id_key,
                                         ADD CONSTRAINT es_events_stream_event_id_key UNIQUE (municipality, event_id, stream_id)`);
  }
}
