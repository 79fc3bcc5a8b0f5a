/**
 * A case's stored status facts as one column of a `proj_case_status s` row, in global order: what
 * tests compare between live processing and a rebuild, alongside the row's own columns.
 */
export const CASE_FACTS = `(SELECT json_agg(json_build_array(f.global_position, f.event_id, f.type, f.schema_version, f.data) ORDER BY f.global_position, f.event_id)
    FROM proj_case_status_facts f WHERE f.municipality = s.municipality AND f.case_id = s.case_id) AS facts`;
