import type pg from 'pg';
import { decodeCursor, type Page, toPage } from './cursor.js';

export interface AuditEntryView {
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
  kind?: string;
  outcome?: string;
  body?: string;
  caseNumber?: string;
  from?: string;
  to?: string;
  recordedFrom?: string;
  recordedTo?: string;
  limit: number;
  cursor?: string;
}

export async function auditLog(pool: pg.Pool, filter: AuditFilter): Promise<Page<AuditEntryView>> {
  const after = decodeCursor(filter.cursor, ['position']);
  const { rows } = await pool.query(
    `SELECT case_id, body, meeting_id, meeting_date::text, item_number, kind, outcome, recorded_at, actor, source, global_position::text AS position_text, event_id
       FROM proj_audit_log
      WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR outcome = $2) AND ($3::text IS NULL OR lower(body) = lower($3))
        AND ($4::text IS NULL OR case_id = $4)
        AND ($5::date IS NULL OR meeting_date >= $5) AND ($6::date IS NULL OR meeting_date <= $6)
        AND ($7::timestamptz IS NULL OR recorded_at >= $7) AND ($8::timestamptz IS NULL OR recorded_at <= $8)
        AND ($9::bigint IS NULL OR global_position > $9)
      ORDER BY global_position
      LIMIT $10`,
    [
      filter.kind ?? null,
      filter.outcome ?? null,
      filter.body ?? null,
      filter.caseNumber ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.recordedFrom ?? null,
      filter.recordedTo ?? null,
      after?.[0] ?? null,
      filter.limit + 1,
    ],
  );
  return toPage(
    rows,
    filter.limit,
    (r) => ({
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
