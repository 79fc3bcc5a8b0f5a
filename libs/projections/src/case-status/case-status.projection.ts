import type pg from 'pg';
import { type CaseEvent, caseStatus, foldCase, isProvisionalCaseId, type ProvisionalCaseLinkedData, schemeOfCaseId, type Stored } from '#cases';
import type { RecordedEvent } from '#event-store';
import type { Projection, TableName } from '../runner/projection.js';
import { caseIdOfStream, municipalityOfStream } from '../runner/stream-subject.js';
import { CASE_STATUS_FIELDS, statusFields } from './status-facts.js';

interface StoredFact {
  eventId: string;
  type: string;
  data: any;
  version: number;
  /** Global position: facts are folded in its order, so any processing order gives the same row. */
  position: string;
}

const byPosition = (a: StoredFact, b: StoredFact) => a.position.length - b.position.length || (a.position < b.position ? -1 : a.position > b.position ? 1 : 0);

interface CaseKey {
  municipality: string;
  caseId: string;
}

/**
 * The link an event records. It is written to both the real case's stream and the provisional
 * case's, so the stream it was read from says nothing about which case is which.
 */
const linkOf = (e: RecordedEvent): ProvisionalCaseLinkedData | undefined =>
  e.type === 'ProvisionalCaseLinked' ? (e.data as ProvisionalCaseLinkedData) : undefined;

const rowKey = (municipality: string, caseId: string) => `${municipality}\u0000${caseId}`;

/** The journal number as the minutes printed it (the first print that says), else the key itself. */
function printedNumber(row: CaseRow): string | undefined {
  for (const fact of row.facts) {
    const printed = fact.data?.printedCaseNumber;
    if (typeof printed === 'string' && fact.data?.caseId === row.caseId) return printed;
  }
  return undefined;
}

interface CaseRow {
  municipality: string;
  caseId: string;
  linkedTo: string | null;
  /** Every fact of the case (those already stored and the batch's), unordered until saved. */
  facts: StoredFact[];
  /** The batch's facts for this case, not stored yet. */
  added: StoredFact[];
  /** Position of the last event in the case's own stream: the ETag of GET /cases/{n}. */
  version: number;
  changed: boolean;
  /** The title and bodies stored for the case's search (undefined: a new row), rewritten only when they change. */
  searched?: { title: string | null; bodies: string[] };
  /** The title and bodies the status row is written with. */
  computed?: { title: string | null; bodies: string[] };
}

const sameSearch = (a: { title: string | null; bodies: string[] }, b: { title: string | null; bodies: string[] }) =>
  a.title === b.title && a.bodies.length === b.bodies.length && a.bodies.every((body, i) => body === b.bodies[i]);

/**
 * One row per case: its current status, computed by the domain's caseStatus from every fact the
 * case has. The facts (only the fields status reads) are kept in a table of their own as a list
 * per case in chunks: a batch reads the chunks of the cases it touches and adds one chunk to each
 * case that gained facts, beside the status rows. Facts are folded in global order, so arrival order never
 * matters. A provisional case linked to a real one is folded into the real case's row. The search
 * columns (title words, bodies) have a table of their own too, written only when they change.
 */
export class CaseStatusProjection implements Projection {
  readonly name = 'case-status';
  readonly tables = ['proj_case_status', 'proj_case_status_fact_lists', 'proj_case_status_search'];
  readonly rebuildOrder = 'stream';
  /**
   * A batch reads, folds and rewrites every case it touches once, so a case reached by several of
   * the batch's events costs that once. Read narrowed (below), 50,000 of the bench's events hold about
   * 44 MB (0.9 KB each, twice that with the next batch read ahead; whole, they took 1.15 KB, and the
   * minutes' long texts more); the bench's cases, reached once per 10,000 events, take five at a time.
   */
  readonly liveBatchSize = 50_000;
  /** Only the fields status reads: the minutes' long texts are never sent, parsed or held. */
  readonly reads = { data: CASE_STATUS_FIELDS };

  /** A link (or a provisional case's own events) changes two case rows: the provisional one and the real one. */
  readonly appliedAloneInRebuild = (events: RecordedEvent[]): boolean =>
    events.some((e) => e.type === 'ProvisionalCaseLinked' || isProvisionalCaseId(caseIdOfStream(e.streamId) ?? ''));

  async apply(events: RecordedEvent[], client: pg.ClientBase, table: TableName): Promise<void> {
    const caseEvents = events.filter((e) => caseIdOfStream(e.streamId) !== undefined);
    if (caseEvents.length === 0) return;
    // A case is a municipality's: its rows are keyed by both, and links never leave the municipality.
    const touched = new Map<string, CaseKey>();
    const touch = (municipality: string, caseId: string) => touched.set(rowKey(municipality, caseId), { municipality, caseId });
    for (const e of caseEvents) {
      touch(municipalityOfStream(e.streamId), caseIdOfStream(e.streamId)!);
      const link = linkOf(e);
      if (link) {
        touch(municipalityOfStream(e.streamId), link.provisionalId);
        touch(municipalityOfStream(e.streamId), link.caseId);
      }
    }
    const rows = await this.load(client, table, [...touched.values()]);
    const row = (municipality: string, caseId: string): CaseRow => {
      let found = rows.get(rowKey(municipality, caseId));
      if (!found) rows.set(rowKey(municipality, caseId), (found = { municipality, caseId, linkedTo: null, facts: [], added: [], version: 0, changed: true }));
      return found;
    };
    const add = (target: CaseRow, fact: StoredFact) => {
      if (target.facts.some((f) => f.eventId === fact.eventId)) return;
      target.facts.push(fact);
      target.added.push(fact);
      target.changed = true;
    };

    for (const e of caseEvents) {
      const municipality = municipalityOfStream(e.streamId);
      const own = row(municipality, caseIdOfStream(e.streamId)!);
      if (e.streamPosition > own.version) Object.assign(own, { version: e.streamPosition, changed: true });
      const fact = { eventId: e.eventId, type: e.type, data: statusFields(e.data), version: e.schemaVersion, position: e.globalPosition.toString() };
      add(own, fact);
      if (own.linkedTo) add(row(municipality, own.linkedTo), fact);
      const link = linkOf(e);
      if (link) {
        // Both copies of the link say the same: take the cases from the event, not from the stream it was read from.
        const provisional = row(municipality, link.provisionalId);
        const real = row(municipality, link.caseId);
        if (provisional.linkedTo !== link.caseId) Object.assign(provisional, { linkedTo: link.caseId, changed: true });
        for (const earlier of [...provisional.facts]) add(real, earlier);
      }
    }
    const changed = [...rows.values()].filter((r) => r.changed);
    await this.saveFacts(client, table, changed);
    await this.saveStatus(client, table, changed);
    await this.saveSearch(client, table, changed);
  }

  /**
   * The touched cases' rows and the rows they are linked to, each with all its facts: one round
   * trip, the facts as compact arrays.
   */
  private async load(client: pg.ClientBase, table: TableName, keys: CaseKey[]): Promise<Map<string, CaseRow>> {
    const { rows } = await client.query(
      `WITH touched AS (
         SELECT s.municipality, s.case_id, s.linked_to, s.version, s.title, s.bodies FROM ${table('proj_case_status')} s
          WHERE (s.municipality, s.case_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))),
       loaded AS (
         SELECT * FROM touched
         UNION
         SELECT s.municipality, s.case_id, s.linked_to, s.version, s.title, s.bodies FROM ${table('proj_case_status')} s
           JOIN touched t ON s.municipality = t.municipality AND s.case_id = t.linked_to)
       SELECT l.municipality, l.case_id, l.linked_to, l.version, l.title, l.bodies,
              (SELECT json_agg(f.facts) FROM ${table('proj_case_status_fact_lists')} f WHERE f.municipality = l.municipality AND f.case_id = l.case_id) AS chunks
         FROM loaded l`,
      [keys.map((k) => k.municipality), keys.map((k) => k.caseId)],
    );
    return new Map(
      rows.map((r) => [
        rowKey(r.municipality, r.case_id),
        {
          municipality: r.municipality,
          caseId: r.case_id,
          linkedTo: r.linked_to,
          version: r.version,
          searched: { title: r.title, bodies: r.bodies },
          facts: ((r.chunks ?? []) as [string, string, unknown, number, string][][])
            .flat()
            .map(([eventId, type, data, version, position]) => ({ eventId, type, data, version, position })),
          added: [],
          changed: false,
        },
      ]),
    );
  }

  /**
   * The facts each case gained, as one new chunk of its list keyed by the global position of its
   * first fact: only the new facts are serialised and written, the case's earlier chunks are not
   * touched. The chunks of a case hold distinct facts (a fact already listed is never added again),
   * so their first positions differ; facts are sorted by global position when folded.
   */
  private async saveFacts(client: pg.ClientBase, table: TableName, rows: CaseRow[]): Promise<void> {
    const chunks = rows
      .filter((r) => r.added.length > 0)
      .map((r) => ({
        m: r.municipality,
        c: r.caseId,
        p: r.added.reduce((first, f) => (byPosition(f, first) < 0 ? f : first)).position,
        f: r.added.map((f) => [f.eventId, f.type, f.data, f.version, f.position]),
      }));
    if (chunks.length === 0) return;
    await client.query(
      `INSERT INTO ${table('proj_case_status_fact_lists')} (municipality, case_id, first_position, facts)
       SELECT m, c, p, f FROM json_to_recordset($1::json) AS r(m text, c text, p bigint, f json)`,
      [JSON.stringify(chunks)],
    );
  }

  /** The title and bodies (computed by saveStatus) of the rows whose stored search differs. */
  private async saveSearch(client: pg.ClientBase, table: TableName, rows: CaseRow[]): Promise<void> {
    const records = rows
      .filter((row) => row.computed && !(row.searched && sameSearch(row.searched, row.computed)))
      .map((row) => ({ municipality: row.municipality, case_id: row.caseId, title: row.computed!.title, bodies: row.computed!.bodies }));
    if (records.length === 0) return;
    await client.query(
      `INSERT INTO ${table('proj_case_status_search')} (municipality, case_id, title, bodies)
       SELECT municipality, case_id, title, bodies FROM json_to_recordset($1::json) AS r(municipality text, case_id text, title text, bodies text[])
       ON CONFLICT (municipality, case_id) DO UPDATE SET title = excluded.title, bodies = excluded.bodies`,
      [JSON.stringify(records)],
    );
  }

  private async saveStatus(client: pg.ClientBase, table: TableName, rows: CaseRow[]): Promise<void> {
    if (rows.length === 0) return;
    const records = rows.map((row) => {
      row.facts.sort(byPosition);
      const status = caseStatus(foldCase(row.facts as unknown as Stored<CaseEvent>[]));
      const bodies = [...new Set(row.facts.map((f) => f.data?.body).filter((b): b is string => typeof b === 'string'))];
      row.computed = { title: status?.title ?? null, bodies };
      return {
        municipality: row.municipality,
        case_id: row.caseId,
        // A provisional case shows only a reference the minutes printed beside it (`00.01A00`), never its own id.
        case_number: isProvisionalCaseId(row.caseId) ? (printedNumber(row) ?? null) : printedNumber(row) ?? row.caseId,
        scheme: isProvisionalCaseId(row.caseId) ? null : schemeOfCaseId(row.caseId),
        linked_to: row.linkedTo,
        title: status?.title ?? null,
        status: status?.status ?? null,
        status_since: status?.statusSince ?? null,
        deciding_body: status?.decidingBody ?? null,
        last_outcome: status?.lastOutcome?.outcome ?? null,
        postponements: status?.postponements ?? 0,
        first_presented: status?.firstPresented.meetingDate ?? null,
        last_activity: status?.lastActivity ?? null,
        version: row.version,
        bodies,
      };
    });
    await client.query(
      `INSERT INTO ${table('proj_case_status')} (municipality, case_id, case_number, scheme, linked_to, title, status, status_since, deciding_body, last_outcome,
                         postponements, first_presented, last_activity, version, bodies)
       SELECT municipality, case_id, case_number, scheme, linked_to, title, status, status_since, deciding_body, last_outcome,
              postponements, first_presented, last_activity, version, bodies
         FROM json_to_recordset($1::json) AS r(municipality text, case_id text, case_number text, scheme text, linked_to text, title text, status text,
              status_since date, deciding_body text, last_outcome text, postponements int, first_presented date,
              last_activity date, version int, bodies text[])
       ON CONFLICT (municipality, case_id) DO UPDATE SET case_number = excluded.case_number, scheme = excluded.scheme, linked_to = excluded.linked_to,
         title = excluded.title, status = excluded.status, status_since = excluded.status_since,
         deciding_body = excluded.deciding_body, last_outcome = excluded.last_outcome,
         postponements = excluded.postponements, first_presented = excluded.first_presented,
         last_activity = excluded.last_activity, version = excluded.version, bodies = excluded.bodies`,
      [JSON.stringify(records)],
    );
  }
}
