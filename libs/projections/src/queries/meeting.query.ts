import type pg from 'pg';
import { danishDate, findMunicipality, type Participant, foldMeeting, itemAttendance, meetingInfo, meetingStatus, participants, type MeetingEvent, type Stored } from '#cases';
import { decodeCursor, type Page, toPage } from './cursor.js';

export interface MeetingItemView {
  number: number | null;
  title: string | null;
  caseNumber: string;
  closed: boolean;
  outcome: string | null;
  decisionText: string | null;
  postponed: boolean;
  /** Who was absent for this item only (`Afbud` under the item); empty for a closed item. */
  attendance: Array<{ name: string; party: string | null; attendance: string }>;
}

export interface MeetingView {
  municipality: string;
  /** `Ballerup Kommune`, as the municipality's documents name it. */
  municipalityName: string;
  meetingId: string;
  body: string;
  date: string;
  startsAt: string | null;
  location: string | null;
  state: string;
  cancellationReason: string | null;
  participants: Array<{ name: string; party: string | null; role: string | null; attendance: string; partialPresence: string | null }>;
  items: MeetingItemView[];
}

function toView(row: any, items: any[], today: string): MeetingView {
  const state = foldMeeting(row.events as Stored<MeetingEvent>[]);
  const info = meetingInfo(state);
  const cancelled = (row.events as Array<{ type: string; data: any }>).find((e) => e.type === 'MeetingCancelled');
  const perItem = itemAttendance(state);
  return {
    municipality: row.municipality,
    municipalityName: findMunicipality(row.municipality)?.officialName ?? row.municipality,
    meetingId: row.meeting_id,
    body: info?.body ?? row.body,
    date: info?.meetingDate ?? row.date,
    startsAt: info?.startTime ?? null,
    location: info?.place ?? null,
    state: meetingStatus(state, today) ?? 'scheduled',
    cancellationReason: cancelled?.data.reason ?? null,
    participants: participants(state).map((p: Participant) => ({ name: p.name, party: p.party ?? null, role: p.role ?? null, attendance: p.attendance, partialPresence: p.partialPresence ?? null })),
    items: items.map((i) => ({
      number: i.number,
      title: i.title,
      caseNumber: i.case_id,
      closed: i.closed,
      // A closed item shows its title and number to everyone, never anything else.
      outcome: i.closed ? null : i.outcome,
      decisionText: i.closed ? null : i.decision_text,
      postponed: i.postponed,
      attendance: i.closed || i.number === null ? [] : (perItem.get(i.number) ?? []).map((p: Participant) => ({ name: p.name, party: p.party ?? null, attendance: p.attendance })),
    })),
  };
}

async function itemsOf(pool: pg.Pool, municipality: string, meetingIds: string[]): Promise<Map<string, any[]>> {
  const { rows } = await pool.query(
    `SELECT * FROM proj_meeting_items WHERE municipality = $2 AND meeting_id = ANY($1::text[]) ORDER BY meeting_id, number NULLS LAST, agenda_order NULLS LAST, case_id`,
    [meetingIds, municipality],
  );
  const byMeeting = new Map<string, any[]>();
  for (const row of rows) byMeeting.set(row.meeting_id, [...(byMeeting.get(row.meeting_id) ?? []), row]);
  return byMeeting;
}

export async function findMeeting(pool: pg.Pool, municipality: string, meetingId: string, now: Date): Promise<MeetingView | undefined> {
  const { rows } = await pool.query(`SELECT municipality, meeting_id, body, date::text, events FROM proj_meetings WHERE municipality = $2 AND meeting_id = $1`, [
    meetingId,
    municipality,
  ]);
  if (!rows[0]) return undefined;
  return toView(rows[0], (await itemsOf(pool, municipality, [meetingId])).get(meetingId) ?? [], danishDate(now));
}

export interface MeetingFilter {
  municipality: string;
  body?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

export async function listMeetings(pool: pg.Pool, filter: MeetingFilter, now: Date): Promise<Page<MeetingView>> {
  const after = decodeCursor(filter.cursor, ['date', 'text']);
  const { rows } = await pool.query(
    `SELECT municipality, meeting_id, body, date::text, events FROM proj_meetings
      WHERE municipality = $7 AND ($1::text IS NULL OR lower(body) = lower($1))
        AND ($2::date IS NULL OR date >= $2) AND ($3::date IS NULL OR date <= $3)
        AND ($4::date IS NULL OR (date, meeting_id) > ($4::date, $5::text))
      ORDER BY date, meeting_id
      LIMIT $6`,
    [filter.body ?? null, filter.from ?? null, filter.to ?? null, after?.[0] ?? null, after?.[1] ?? null, filter.limit + 1, filter.municipality],
  );
  const items = await itemsOf(pool, filter.municipality, rows.map((r) => r.meeting_id));
  const today = danishDate(now);
  return toPage(rows, filter.limit, (row) => toView(row, items.get(row.meeting_id) ?? [], today), (row) => [row.date, row.meeting_id]);
}
