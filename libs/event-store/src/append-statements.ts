import type { ExpectedVersion, NewEvent } from './event-store.port.js';

// Both keys of es_events lead with (municipality, stream_id), and on a table without statistics
// yet (a new store) the planner rates them alike for a stream's equality conditions and may
// answer a position check from the event-id key, reading the stream up to its end. Every
// position check therefore orders by stream_position, which only the position key delivers
// without a sort, and reads one entry.

/** SQL: the last position of the stream named by the parameters (NULL for an empty stream). */
export const lastPosition = (municipality: string, stream: string) =>
  `(SELECT stream_position FROM es_events WHERE municipality = ${municipality} AND stream_id = ${stream} ORDER BY stream_position DESC LIMIT 1)`;

/** SQL: the stream's first position from `position` on; equals `position` when that one is taken. */
export const firstPositionFrom = (municipality: string, stream: string, position: string) =>
  `(SELECT stream_position FROM es_events WHERE municipality = ${municipality} AND stream_id = ${stream} AND stream_position >= ${position}
     ORDER BY stream_position LIMIT 1)`;

// The parameters of both appends: $1 the stream, $2 the version the new events follow when given
// (exact; no_stream = 0), $3 when they are recorded, $4 the municipality; then the events.
const COLUMNS = '(municipality, stream_id, stream_position, event_id, event_type, schema_version, data, metadata, recorded_at)';

/** SQL: the position the new events follow: the expected one, or for `any` and `stream_exists` the stream's end. */
function base(expected: ExpectedVersion): string {
  return expected.kind === 'exact' || expected.kind === 'no_stream' ? '$2::bigint' : `greatest($2::bigint, coalesce(${lastPosition('$4', '$1')}, 0))`;
}

/** SQL: the condition the stream must meet; without it an expected version beyond the stream's end would leave a gap. */
function guard(expected: ExpectedVersion): string {
  if (expected.kind === 'stream_exists') return 'WHERE EXISTS (SELECT 1 FROM es_events WHERE municipality = $4 AND stream_id = $1)';
  return expected.kind === 'exact' && expected.version > 0 ? `WHERE ${firstPositionFrom('$4', '$1', '$2')} = $2` : '';
}

/** One event (the common case) binds scalars: $5 id, $6 type, $7 schema version, $8 data, $9 metadata. */
const singleAppend = (expected: ExpectedVersion) =>
  `INSERT INTO es_events ${COLUMNS}
   SELECT $4, $1, ${base(expected)} + 1, $5::uuid, $6::text, $7::integer, $8::jsonb, $9::jsonb, $3
   ${guard(expected)}
   RETURNING global_position::text AS global_position_text, stream_position`;

/** Adds a single event's parameters ($5 to $9) to the append's. */
export function pushSingleEvent(values: unknown[], event: NewEvent): void {
  values.push(event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata ?? {}));
}

/**
 * A batch binds its events as one JSON array ($5: the NewEvent objects as they are, serialised
 * once). Arrays of text (one per column) cost the client an escaping pass over every event's
 * data and metadata and the server an array literal to unescape before each element's own JSON
 * parse; and only the last row's positions are returned, not one row per event. A JSON null or
 * missing metadata is stored as {}, as for a single event.
 */
const batchAppend = (expected: ExpectedVersion) =>
  `WITH appended AS (
     INSERT INTO es_events ${COLUMNS}
     SELECT $4, $1, ${base(expected)} + x.n, (x.e->>'eventId')::uuid, x.e->>'type', (x.e->>'schemaVersion')::integer,
            x.e->'data', coalesce(nullif(x.e->'metadata', 'null'::jsonb), '{}'::jsonb), $3
       FROM jsonb_array_elements($5::jsonb) WITH ORDINALITY AS x(e, n)
     ${guard(expected)}
     RETURNING global_position, stream_position)
   SELECT max(global_position)::text AS global_position_text, max(stream_position) AS stream_position FROM appended`;

/**
 * Several streams at exact versions in one statement ($1 when recorded; $2 the streams as one JSON
 * array of { municipality, stream, version, events }): every version is checked before any row is
 * inserted, and a taken position fails the whole statement. One row per stream comes back, with
 * its last position.
 */
export const streamsAppend = `WITH streams AS (
     SELECT s.municipality, s.stream, s.version, s.events FROM jsonb_to_recordset($2::jsonb) AS s(municipality text, stream text, version bigint, events jsonb)),
   appended AS (
     INSERT INTO es_events ${COLUMNS}
     SELECT s.municipality, s.stream, s.version + x.n, (x.e->>'eventId')::uuid, x.e->>'type', (x.e->>'schemaVersion')::integer,
            x.e->'data', coalesce(nullif(x.e->'metadata', 'null'::jsonb), '{}'::jsonb), $1
       FROM streams s CROSS JOIN LATERAL jsonb_array_elements(s.events) WITH ORDINALITY AS x(e, n)
      WHERE NOT EXISTS (
        SELECT 1 FROM streams g
         WHERE g.version > 0 AND ${firstPositionFrom('g.municipality', 'g.stream', 'g.version')} IS DISTINCT FROM g.version)
     RETURNING municipality, stream_id, stream_position, global_position)
   SELECT municipality, stream_id, max(stream_position) AS stream_position, max(global_position)::text AS global_position_text
     FROM appended GROUP BY municipality, stream_id`;

const statements = new Map<string, { name: string; text: string }>();

/**
 * The named statement for one stream's append: each connection parses and plans it once, and
 * the process builds its text once.
 */
export function appendStatement(expected: ExpectedVersion, single: boolean): { name: string; text: string } {
  const name = `es_append_${expected.kind}_${expected.kind === 'exact' && expected.version === 0 ? 'new' : 'next'}_${single ? 'single' : 'batch'}`;
  let statement = statements.get(name);
  if (!statement) {
    statement = { name, text: single ? singleAppend(expected) : batchAppend(expected) };
    statements.set(name, statement);
  }
  return statement;
}
