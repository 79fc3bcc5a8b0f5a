import type pg from 'pg';
import { findMunicipality } from '#cases';

export interface MunicipalityView {
  slug: string;
  code: string;
  name: string;
  officialName: string;
  cases: number;
  meetings: number;
}

/** The municipalities with data, with how many cases (provisional ones linked away not counted) and meetings each has. */
export async function listMunicipalities(pool: pg.Pool): Promise<MunicipalityView[]> {
  const { rows } = await pool.query(
    `SELECT municipality, sum(cases)::int AS cases, sum(meetings)::int AS meetings FROM (
       SELECT municipality, count(*) AS cases, 0 AS meetings FROM proj_case_status WHERE linked_to IS NULL GROUP BY municipality
       UNION ALL
       SELECT municipality, 0, count(*) FROM proj_meetings GROUP BY municipality) counts
      GROUP BY municipality ORDER BY municipality`,
  );
  return rows.flatMap((r) => {
    const m = findMunicipality(r.municipality);
    return m ? [{ slug: m.slug, code: m.code, name: m.name, officialName: m.officialName, cases: r.cases, meetings: r.meetings }] : [];
  });
}
