/**
 * How long a recorded text may be. Every fact is indexed or shown somewhere: a bound keeps one
 * oversized field from breaking a projection or a page. The HTTP schemas and the OpenAPI
 * document use the same numbers; the domain checks them too, for the importer's commands.
 */
export const LIMITS = {
  /** Names: committees and other bodies, participants, parties, roles, places. */
  name: 200,
  /** Item titles, attachment titles, summary headings. */
  title: 1000,
  /** Decision texts, remarks, reasons, recommendation and summary texts. */
  text: 20_000,
  /** Entries of one list: recommendation points, summary sections, attachments, point outcomes, participants. */
  list: 200,
  /** Provisional case ids: `P-` + a meeting id + an item number. */
  caseId: 320,
  /** Meeting ids given by a caller or read back; derived ones are at most 211 characters. */
  meetingId: 300,
} as const;
