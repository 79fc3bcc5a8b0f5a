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

/**
 * The case's entries (its linked provisional cases' too) by meeting date, item number, event order;
 * undefined when the case is unknown. A linked provisional id reads as its case. One prepared
 * statement: this is the hottest read.
 */
export async function caseTimeline(pool: pg.Pool, municipality: string, caseId: string): Promise<{ municipality: string; caseNumber: string; entries: TimelineEntryView[] } | undefined> {
  const { rows } = await pool.query({
    name: 'case_timeline',
    text: `WITH target AS (SELECT coalesce(linked_to, case_id) AS id FROM proj_case_status WHERE municipality = $2 AND case_id = $1)
           SELECT target.id AS case_number, t.date::text AS date_text, t.body, t.meeting_id, t.item_number, t.kind, t.outcome, t.text,
                  t.reason, t.source, t.details, t.event_id, t.global_position::text AS position_text
             FROM target
             LEFT JOIN proj_case_timeline t
               ON NOT t.retracted AND t.municipality = $2
              AND t.case_id = ANY (ARRAY[target.id] || ARRAY(SELECT case_id FROM proj_case_status WHERE municipality = $2 AND linked_to = target.id))
            ORDER BY t.date, t.item_number NULLS LAST, t.global_position, t.entry`,
    values: [caseId, municipality],
  });
  if (rows.length === 0) return undefined;
  return {
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
  };
}
