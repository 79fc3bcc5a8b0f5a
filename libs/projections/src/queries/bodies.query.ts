import type pg from 'pg';

/** Every body a meeting was recorded for in the municipality, by name: the choices of a committee filter. */
export async function knownBodies(pool: pg.Pool, municipality: string): Promise<string[]> {
  const { rows } = await pool.query({
    name: 'known_bodies',
    text: `SELECT DISTINCT body FROM proj_meetings WHERE municipality = $1 AND body IS NOT NULL ORDER BY body`,
    values: [municipality],
  });
  return rows.map((r) => r.body as string);
}

/** The bodies each case of the municipality appeared before (its own and its linked provisional cases' meetings). */
export async function bodiesOfCases(pool: pg.Pool, municipality: string, caseIds: string[]): Promise<Map<string, string[]>> {
  if (caseIds.length === 0) return new Map();
  const { rows } = await pool.query({
    name: 'bodies_of_cases',
    text: `SELECT coalesce(linked_to, case_id) AS case_id, bodies FROM proj_case_status
            WHERE municipality = $2 AND (case_id = ANY($1::text[]) OR linked_to = ANY($1::text[]))`,
    values: [caseIds, municipality],
  });
  const byCase = new Map<string, string[]>();
  for (const row of rows) byCase.set(row.case_id, [...new Set([...(byCase.get(row.case_id) ?? []), ...(row.bodies as string[])])]);
  return byCase;
}
