import type pg from 'pg';

/** Every body a meeting was recorded for, by name: the choices of a committee filter. */
export async function knownBodies(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query({ name: 'known_bodies', text: `SELECT DISTINCT body FROM proj_meetings WHERE body IS NOT NULL ORDER BY body` });
  return rows.map((r) => r.body as string);
}

/** The bodies each case appeared before (its own and its linked provisional cases' meetings). */
export async function bodiesOfCases(pool: pg.Pool, caseIds: string[]): Promise<Map<string, string[]>> {
  if (caseIds.length === 0) return new Map();
  const { rows } = await pool.query({
    name: 'bodies_of_cases',
    text: `SELECT coalesce(linked_to, case_id) AS case_id, bodies FROM proj_case_status
            WHERE case_id = ANY($1::text[]) OR linked_to = ANY($1::text[])`,
    values: [caseIds],
  });
  const byCase = new Map<string, string[]>();
  for (const row of rows) byCase.set(row.case_id, [...new Set([...(byCase.get(row.case_id) ?? []), ...(row.bodies as string[])])]);
  return byCase;
}
