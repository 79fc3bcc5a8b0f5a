/**
 * A case's stored status facts as one column of a `proj_case_status s` row, in global order: what
 * tests compare between live processing and a rebuild, alongside the row's own columns.
 */
export const CASE_FACTS = `(SELECT json_agg(json_build_array((e->>4)::bigint, (e->>0)::uuid, e->>1, (e->>3)::int, e->2) ORDER BY (e->>4)::bigint, e->>0)
    FROM proj_case_status_fact_lists f, json_array_elements(f.facts) e WHERE f.municipality = s.municipality AND f.case_id = s.case_id) AS facts`;
