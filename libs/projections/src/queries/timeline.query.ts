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

/** The case's entries (its linked provisional cases' too) by meeting date, item number, event order. */
export async function caseTimeline(pool: pg.Pool, caseId: string): Promise<TimelineEntryView[]> {
  const { rows } = await pool.query(
    `SELECT date::text, body, meeting_id, item_number, kind, outcome, text, reason, source, details, event_id, global_position::text AS position_text
       FROM proj_case_timeline
      WHERE NOT retracted
        AND case_id = ANY (ARRAY[$1::text] || ARRAY(SELECT case_id FROM proj_case_status WHERE linked_to = $1))
      ORDER BY date, item_number NULLS LAST, global_position, entry`,
    [caseId],
  );
  return rows.map((r) => ({
    date: r.date,
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
  }));
}
