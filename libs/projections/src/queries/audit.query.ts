import type pg from 'pg';
import { decodeCursor, type Page, toPage } from './cursor.js';

export interface AuditEntryView {
  municipality: string;
  caseNumber: string;
  body: string;
  meetingId: string;
  meetingDate: string;
  itemNumber: number | null;
  kind: string;
  outcome: string | null;
  recordedAt: string;
  actor: string | null;
  source: string | null;
  position: string;
  eventId: string;
}

export interface AuditFilter {
  municipality: string;
  kind?: string;
  outcome?: string;
  body?: string;
  caseNumber?: string;
  from?: string;
  to?: string;
  recordedFrom?: string;
  recordedTo?: string;
  /** Who recorded it (the event's actor). */
  actor?: string;
  limit: number;
  cursor?: string;
}

/** The filter's conditions, shared by the rows and the monthly counts; parameters from $1 on. */
function auditConditions(filter: Omit<AuditFilter, 'limit' | 'cursor'>): { where: string; values: unknown[] } {
  return {
    where: `($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR outcome = $2) AND ($3::text IS NULL OR lower(body) = lower($3))
        AND ($4::text IS NULL OR case_id = $4)
        AND ($5::date IS NULL OR meeting_date >= $5) AND ($6::date IS NULL OR meeting_date <= $6)
        AND ($7::timestamptz IS NULL OR recorded_at >= $7) AND ($8::timestamptz IS NULL OR recorded_at <= $8)
        AND ($9::text IS NULL OR actor = $9) AND municipality = $10`,
    values: [
      filter.kind ?? null,
      filter.outcome ?? null,
      filter.body ?? null,
      filter.caseNumber ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.recordedFrom ?? null,
      filter.recordedTo ?? null,
      filter.actor ?? null,
      filter.municipality,
    ],
  };
}

export async function auditLog(pool: pg.Pool, filter: AuditFilter): Promise<Page<AuditEntryView>> {
  const after = decodeCursor(filter.cursor, ['position']);
  const { where, values } = auditConditions(filter);
  const { rows } = await pool.query(
    `SELECT municipality, case_id, body, meeting_id, meeting_date::text, item_number, kind, outcome, recorded_at, actor, source, global_position::text AS position_text, event_id
       FROM proj_audit_log
      WHERE ${where}
        AND ($11::bigint IS NULL OR global_position > $11)
      ORDER BY global_position
      LIMIT $12`,
    [...values, after?.[0] ?? null, filter.limit + 1],
  );
  return toPage(
    rows,
    filter.limit,
    (r) => ({
      municipality: r.municipality,
      caseNumber: r.case_id,
      body: r.body,
      meetingId: r.meeting_id,
      meetingDate: r.meeting_date,
      itemNumber: r.item_number,
      kind: r.kind,
      outcome: r.outcome,
      recordedAt: (r.recorded_at as Date).toISOString(),
      actor: r.actor,
      source: r.source,
      position: r.position_text,
      eventId: r.event_id,
    }),
    (r) => [r.position_text],
  );
}

export interface AuditMonthCount {
  body: string;
  /** `YYYY-MM` of the meeting date. */
  month: string;
  kind: string;
  count: number;
}

/** How many audited facts of each kind per body and month of the meeting, under the same filter. */
export async function auditMonthlyCounts(pool: pg.Pool, filter: Omit<AuditFilter, 'limit' | 'cursor'>): Promise<AuditMonthCount[]> {
  const { where, values } = auditConditions(filter);
  const { rows } = await pool.query(
    `SELECT body, to_char(meeting_date, 'YYYY-MM') AS month, kind, count(*)::int AS count
       FROM proj_audit_log
      WHERE ${where}
      GROUP BY 1, 2, 3
      ORDER BY 1, 2, 3`,
    values,
  );
  return rows;
}
