import type pg from 'pg';
import { decodeCursor, type Page, toPage } from './cursor.js';

export interface CaseView {
  municipality: string;
  /** The key the case is found by (its id): the journal number normalised, or a provisional id. */
  caseNumber: string;
  /** The journal number exactly as the minutes printed it; for a provisional case the reference printed beside it that names no single case (`00.01A00`), else null. */
  printedNumber: string | null;
  /** kle, first-agenda, slagelse, edoc, acadre, sbsys, year-serial, serial-year, sag-nr, serial; null for a provisional case. */
  scheme: string | null;
  title: string | null;
  status: string | null;
  statusSince: string | null;
  decidingBody: string | null;
  lastOutcome: string | null;
  postponements: number;
  firstPresented: string | null;
  lastActivity: string | null;
  version: number;
  /** Provisional ids (items in old minutes without a number) whose history is part of this case. */
  provisionalIds: string[];
}

const COLUMNS = `s.municipality, s.case_id, s.case_number, s.scheme, s.title, s.status, s.status_since::text, s.deciding_body, s.last_outcome, s.postponements,
  s.first_presented::text, s.last_activity::text, s.version,
  coalesce((SELECT array_agg(p.case_id ORDER BY p.case_id) FROM proj_case_status p
             WHERE p.municipality = s.municipality AND p.linked_to = s.case_id), '{}') AS provisional_ids`;

function toView(row: any): CaseView {
  return {
    municipality: row.municipality,
    caseNumber: row.case_id,
    printedNumber: row.case_number,
    scheme: row.scheme,
    title: row.title,
    status: row.status,
    statusSince: row.status_since,
    decidingBody: row.deciding_body,
    lastOutcome: row.last_outcome,
    postponements: row.postponements,
    firstPresented: row.first_presented,
    lastActivity: row.last_activity,
    version: row.version,
    provisionalIds: row.provisional_ids,
  };
}

/** A case by id; a linked provisional id reads as the case it was linked to. */
export async function findCase(pool: pg.Pool, municipality: string, caseId: string): Promise<CaseView | undefined> {
  const { rows } = await pool.query({
    name: 'find_case',
    text: `SELECT ${COLUMNS} FROM proj_case_status s
            WHERE s.municipality = $2
              AND s.case_id = (SELECT coalesce(linked_to, case_id) FROM proj_case_status WHERE municipality = $2 AND case_id = $1)`,
    values: [caseId, municipality],
  });
  return rows[0] ? toView(rows[0]) : undefined;
}

export interface CaseFilter {
  municipality: string;
  status?: string;
  scheme?: string;
  body?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

/** `%`, `_` and the escape character itself, taken literally by LIKE (whose default escape is `\`). */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

export async function listCases(pool: pg.Pool, filter: CaseFilter): Promise<Page<CaseView>> {
  const after = decodeCursor(filter.cursor, ['text']);
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM proj_case_status s
      WHERE s.municipality = $7 AND s.linked_to IS NULL
        AND ($1::text IS NULL OR s.status = $1)
        AND ($8::text IS NULL OR s.scheme = $8)
        AND ($2::text IS NULL OR s.case_id IN (
              SELECT x.case_id FROM proj_case_status_search x
               WHERE x.municipality = $7 AND proj_hashed(x.bodies) @> ARRAY[md5($2)] AND $2 = ANY (x.bodies)))
        AND ($3::text IS NULL OR s.title ILIKE $6 OR s.case_id ILIKE $9 OR s.case_id IN (
              SELECT x.case_id FROM proj_case_status_search x
               WHERE x.municipality = $7 AND x.title_search @@ plainto_tsquery('danish', $3)))
        AND ($4::text IS NULL OR s.case_id > $4)
      ORDER BY s.case_id
      LIMIT $5`,
    [
      filter.status ?? null,
      filter.body ?? null,
      filter.q ?? null,
      after?.[0] ?? null,
      filter.limit + 1,
      filter.q === undefined ? null : `%${likeLiteral(filter.q)}%`,
      filter.municipality,
      filter.scheme ?? null,
      filter.q === undefined ? null : `${likeLiteral(filter.q)}%`,
    ],
  );
  return toPage(rows, filter.limit, toView, (row) => [row.case_id]);
}
