import type pg from 'pg';
import { type CaseEvent, caseStatus, foldCase, isProvisionalCaseId, schemeOfCaseId, type Stored } from '#cases';
import type { RecordedEvent } from '#event-store';
import type { Projection, TableName } from '../runner/projection.js';
import { caseIdOfStream, municipalityOfStream } from '../runner/stream-subject.js';

interface StoredFact {
  eventId: string;
  type: string;
  data: any;
  version: number;
  /** Global position: facts are kept in its order, so any processing order gives the same row. */
  position: string;
}

const byPosition = (a: StoredFact, b: StoredFact) => a.position.length - b.position.length || (a.position < b.position ? -1 : a.position > b.position ? 1 : 0);

interface CaseKey {
  municipality: string;
  caseId: string;
}

const rowKey = (municipality: string, caseId: string) => `${municipality}\u0000${caseId}`;

/** The journal number as the minutes printed it (the first print that says), else the key itself. */
function printedNumber(row: CaseRow): string | undefined {
  for (const fact of row.events) {
    const printed = fact.data?.printedCaseNumber;
    if (typeof printed === 'string' && fact.data?.caseId === row.caseId) return printed;
  }
  return undefined;
}

interface CaseRow {
  municipality: string;
  caseId: string;
  linkedTo: string | null;
  events: StoredFact[];
  /** Position of the last event in the case's own stream: the ETag of GET /cases/{n}. */
  version: number;
}

/**
 * One row per case: its current status, computed by the domain's caseStatus from every fact the
 * case has (kept in the row, so a batch needs one read and one write, and arrival order never
 * matters). A provisional case linked to a real one is folded into the real case's row.
 */
export class CaseStatusProjection implements Projection {
  readonly name = 'case-status';
  readonly tables = ['proj_case_status'];
  readonly rebuildOrder = 'stream';

  /** A link (or a provisional case's own events) changes two case rows: the provisional one and the real one. */
  readonly appliedAloneInRebuild = (events: RecordedEvent[]): boolean =>
    events.some((e) => e.type === 'ProvisionalCaseLinked' || isProvisionalCaseId(caseIdOfStream(e.streamId) ?? ''));

  async apply(events: RecordedEvent[], client: pg.ClientBase, table: TableName): Promise<void> {
    const caseEvents = events.filter((e) => caseIdOfStream(e.streamId) !== undefined);
    if (caseEvents.length === 0) return;
    const t = table('proj_case_status');
    // A case is a municipality's: its rows are keyed by both, and links never leave the municipality.
    const touched = new Map<string, CaseKey>();
    const touch = (municipality: string, caseId: string) => touched.set(rowKey(municipality, caseId), { municipality, caseId });
    for (const e of caseEvents) {
      touch(municipalityOfStream(e.streamId), caseIdOfStream(e.streamId)!);
      if (e.type === 'ProvisionalCaseLinked') touch(municipalityOfStream(e.streamId), (e.data as { provisionalId: string }).provisionalId);
    }
    const rows = await this.load(client, t, [...touched.values()]);
    const linkTargets = [...rows.values()]
      .filter((r) => r.linkedTo && !rows.has(rowKey(r.municipality, r.linkedTo)))
      .map((r) => ({ municipality: r.municipality, caseId: r.linkedTo! }));
    for (const [key, row] of await this.load(client, t, linkTargets)) rows.set(key, row);
    const row = (municipality: string, caseId: string): CaseRow => {
      let found = rows.get(rowKey(municipality, caseId));
      if (!found) rows.set(rowKey(municipality, caseId), (found = { municipality, caseId, linkedTo: null, events: [], version: 0 }));
      return found;
    };
    const add = (target: CaseRow, fact: StoredFact) => {
      if (!target.events.some((f) => f.eventId === fact.eventId)) target.events.push(fact);
    };

    for (const e of caseEvents) {
      const municipality = municipalityOfStream(e.streamId);
      const own = row(municipality, caseIdOfStream(e.streamId)!);
      own.version = Math.max(own.version, e.streamPosition);
      const fact = { eventId: e.eventId, type: e.type, data: e.data, version: e.schemaVersion, position: e.globalPosition.toString() };
      add(own, fact);
      if (own.linkedTo) add(row(municipality, own.linkedTo), fact);
      if (e.type === 'ProvisionalCaseLinked') {
        const provisional = row(municipality, (e.data as { provisionalId: string }).provisionalId);
        provisional.linkedTo = own.caseId;
        for (const earlier of provisional.events) add(own, earlier);
      }
    }
    await this.save(client, t, [...rows.values()]);
  }

  private async load(client: pg.ClientBase, t: string, keys: CaseKey[]): Promise<Map<string, CaseRow>> {
    if (keys.length === 0) return new Map();
    const { rows } = await client.query(
      `SELECT municipality, case_id, linked_to, events, version FROM ${t}
        WHERE (municipality, case_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [keys.map((k) => k.municipality), keys.map((k) => k.caseId)],
    );
    return new Map(
      rows.map((r) => [rowKey(r.municipality, r.case_id), { municipality: r.municipality, caseId: r.case_id, linkedTo: r.linked_to, events: r.events, version: r.version }]),
    );
  }

  private async save(client: pg.ClientBase, t: string, rows: CaseRow[]): Promise<void> {
    const records = rows.map((row) => {
      row.events.sort(byPosition);
      const status = caseStatus(foldCase(row.events as unknown as Stored<CaseEvent>[]));
      const bodies = [...new Set(row.events.map((f) => f.data?.body).filter((b): b is string => typeof b === 'string'))];
      return {
        municipality: row.municipality,
        case_id: row.caseId,
        case_number: isProvisionalCaseId(row.caseId) ? null : printedNumber(row) ?? row.caseId,
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
        events: row.events,
      };
    });
    await client.query(
      `INSERT INTO ${t} (municipality, case_id, case_number, scheme, linked_to, title, status, status_since, deciding_body, last_outcome,
                         postponements, first_presented, last_activity, version, bodies, events)
       SELECT municipality, case_id, case_number, scheme, linked_to, title, status, status_since, deciding_body, last_outcome,
              postponements, first_presented, last_activity, version, bodies, events
         FROM jsonb_to_recordset($1::jsonb) AS r(municipality text, case_id text, case_number text, scheme text, linked_to text, title text, status text,
              status_since date, deciding_body text, last_outcome text, postponements int, first_presented date,
              last_activity date, version int, bodies text[], events jsonb)
       ON CONFLICT (municipality, case_id) DO UPDATE SET case_number = excluded.case_number, scheme = excluded.scheme, linked_to = excluded.linked_to,
         title = excluded.title, status = excluded.status, status_since = excluded.status_since,
         deciding_body = excluded.deciding_body, last_outcome = excluded.last_outcome,
         postponements = excluded.postponements, first_presented = excluded.first_presented,
         last_activity = excluded.last_activity, version = excluded.version, bodies = excluded.bodies,
         events = excluded.events`,
      [JSON.stringify(records)],
    );
  }
}
