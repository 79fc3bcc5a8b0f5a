import type pg from 'pg';

export interface TimelineEntryView {
  date: string;
  body: string;
  meetingId: string;
  itemNumber: number | null;
  kind: string;
  outcome: string | null;
  text: string | null;
  reason: string | null;
  source: string | null;
  details: Record<string, unknown>;
  eventId: string;
  position: string;
}

export interface CaseTimeline {
  municipality: string;
  caseNumber: string;
  entries: TimelineEntryView[];
}

/**
 * The timeline's validator (ETag, `"t7-g16384.16390"`, `"t7.2-g..."`), from the projections'
 * versions rather than its content: the stream versions of the case and of each provisional case
 * linked to it (a timeline shows exactly the events of those streams), and the generation of both
 * tables (their oids: a rebuild, which is also how parked events are replayed, swaps in new ones).
 * Valid only while case status (which holds the links) and case timeline have applied the same
 * events, i.e. their checkpoints are equal; else null (no cheap validator).
 */
const VALIDATOR = `CASE WHEN (SELECT count(*) = 2 AND min(global_position) = max(global_position) FROM es_subscription_checkpoints
                              WHERE subscription IN ('projection:case-status', 'projection:case-timeline'))
            THEN (SELECT '"t' || string_agg(s.version::text, '.' ORDER BY s.case_id)
                         || '-g' || to_regclass('proj_case_status')::oid || '.' || to_regclass('proj_case_timeline')::oid || '"'
                    FROM proj_case_status s WHERE s.municipality = $2 AND (s.case_id = target.id OR s.linked_to = target.id)) END`;

const TARGET = 'WITH target AS (SELECT coalesce(linked_to, case_id) AS id FROM proj_case_status WHERE municipality = $2 AND case_id = $1)';

/** The target with its ETag, worked out once: in the select list it was a subquery run again for every entry. */
const TAGGED = `${TARGET}, tagged AS MATERIALIZED (SELECT target.id, ${VALIDATOR} AS etag FROM target)`;

/** The case's own id and the provisional ids linked to it: the streams its timeline shows. */
const TIMELINE_CASES = 'ARRAY[tagged.id] || ARRAY(SELECT case_id FROM proj_case_status WHERE municipality = $2 AND linked_to = tagged.id)';

/**
 * The case's entries (its linked provisional cases' too) by meeting date, item number, event order,
 * with its ETag (null while the projections are mid-way); undefined when the case is unknown. A
 * linked provisional id reads as its case. One prepared statement: this is the hottest read.
 */
export async function caseTimeline(pool: pg.Pool, municipality: string, caseId: string): Promise<{ timeline: CaseTimeline; etag: string | null } | undefined> {
  const { rows } = await pool.query({
    name: 'case_timeline',
    text: `${TAGGED}
           SELECT tagged.id AS case_number, tagged.etag, t.date::text AS date_text, t.body, t.meeting_id, t.item_number, t.kind, t.outcome, t.text,
                  t.reason, t.source, t.details, t.event_id, t.global_position::text AS position_text
             FROM tagged
             LEFT JOIN proj_case_timeline t
               ON NOT t.retracted AND t.municipality = $2
              AND t.case_id = ANY (${TIMELINE_CASES})
            ORDER BY t.date, t.item_number NULLS LAST, t.global_position, t.entry`,
    values: [caseId, municipality],
  });
  if (rows.length === 0) return undefined;
  return {
    etag: rows[0].etag,
    timeline: {
      municipality,
      caseNumber: rows[0].case_number,
      entries: rows
        .filter((r) => r.event_id !== null)
        .map((r) => ({
          date: r.date_text,
          body: r.body,
          meetingId: r.meeting_id,
          itemNumber: r.item_number,
          kind: r.kind,
          outcome: r.outcome,
          text: r.text,
          reason: r.reason,
          source: r.source,
          details: r.details,
          eventId: r.event_id,
          position: r.position_text,
        })),
    },
  };
}

/**
 * The same timeline as `caseTimeline` (the same entries in the same order, with the same keys), as
 * the JSON text of the answer, written by PostgreSQL: the HTTP read hands it on as it is. Parsing
 * ten rows of fourteen columns into objects and writing them out again as JSON was most of what a
 * timeline read cost the API's process and most of the garbage its collector had to sweep.
 * (`details` keeps PostgreSQL's spacing, `{"a": 1}`: the same JSON value.)
 */
export async function caseTimelineJson(pool: pg.Pool, municipality: string, caseId: string): Promise<{ json: string; etag: string | null } | undefined> {
  const { rows } = await pool.query({
    name: 'case_timeline_json',
    text: `${TAGGED}
           SELECT tagged.etag,
                  '{"municipality":' || to_json($2::text)::text || ',"caseNumber":' || to_json(tagged.id)::text || ',"entries":['
                  || coalesce((SELECT string_agg(row_to_json(e)::text, ',' ORDER BY t.date, t.item_number NULLS LAST, t.global_position, t.entry)
                                 FROM proj_case_timeline t,
                                      LATERAL (SELECT t.date::text AS date, t.body, t.meeting_id AS "meetingId", t.item_number AS "itemNumber", t.kind,
                                                      t.outcome, t.text, t.reason, t.source, t.details, t.event_id AS "eventId", t.global_position::text AS position) e
                                WHERE NOT t.retracted AND t.municipality = $2 AND t.case_id = ANY (${TIMELINE_CASES})), '')
                  || ']}' AS json
             FROM tagged`,
    values: [caseId, municipality],
  });
  return rows[0];
}

/** The timeline's current ETag without reading it (see VALIDATOR); null when there is no cheap one or no such case. */
export async function caseTimelineEtag(pool: pg.Pool, municipality: string, caseId: string): Promise<string | null> {
  const { rows } = await pool.query({ name: 'case_timeline_etag', text: `${TARGET} SELECT ${VALIDATOR} AS etag FROM target`, values: [caseId, municipality] });
  return rows[0]?.etag ?? null;
}
