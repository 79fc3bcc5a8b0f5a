import type pg from 'pg';
import type { RecordedEvent } from '#event-store';
import type { Projection, TableName } from '../runner/projection.js';
import { caseIdOfStream, municipalityOfStream } from '../runner/stream-subject.js';
import { timelineEntries } from './timeline-entries.js';

/**
 * One row per thing that happened to a case, keyed by (global position, entry): re-applying an event
 * writes nothing new. Corrections never delete: a retraction hides the entry, a correction
 * rewrites the fields it changes.
 */
export class CaseTimelineProjection implements Projection {
  readonly name = 'case-timeline';
  readonly tables = ['proj_case_timeline'];

  async apply(events: RecordedEvent[], client: pg.ClientBase, table: TableName): Promise<void> {
    const t = table('proj_case_timeline');
    const entries = events.flatMap(timelineEntries);
    if (entries.length > 0) {
      // An entry already there (a replayed batch) is skipped by probing the key, not by ON CONFLICT, whose
      // speculative insertion costs more WAL and buffers per row. The key still refuses a duplicate, and
      // one process applies a projection at a time (its lease, or a rebuild's lock). The rows go in in
      // the batch's order, which an anti-join by hash would not keep.
      await client.query(
        `INSERT INTO ${t} (event_id, entry, municipality, case_id, date, body, meeting_id, item_number, kind, outcome, text, reason, details, source, global_position)
         SELECT "eventId", entry, municipality, "caseId", date, body, "meetingId", "itemNumber", kind, outcome, text, reason, details, source, "globalPosition"
           FROM ROWS FROM (json_to_recordset($1::json) AS ("eventId" uuid, entry smallint, municipality text, "caseId" text, date date, body text,
                "meetingId" text, "itemNumber" int, kind text, outcome text, text text, reason text, details jsonb, source text, "globalPosition" bigint))
                WITH ORDINALITY AS r
          WHERE NOT EXISTS (SELECT 1 FROM ${t} x WHERE x.global_position = r."globalPosition" AND x.entry = r.entry)
          ORDER BY ordinality`,
        [JSON.stringify(entries)],
      );
    }
    for (const e of events) {
      if (e.type !== 'FactCorrected' || !caseIdOfStream(e.streamId)) continue;
      const { targetEventId, action, changes } = e.data as { targetEventId: string; action: string; changes?: Record<string, unknown> };
      // Event ids follow from idempotency keys, which two municipalities may share: the target is this municipality's.
      // A correction is stored in its target's stream, so the target's entries are this case's (found by the order index).
      const municipality = municipalityOfStream(e.streamId);
      const caseId = caseIdOfStream(e.streamId);
      if (action === 'retracted') {
        await client.query(`UPDATE ${t} SET retracted = true WHERE event_id = $1 AND municipality = $2 AND case_id = $3`, [targetEventId, municipality, caseId]);
      } else if (changes) {
        await client.query(
          `UPDATE ${t} SET outcome = CASE WHEN kind = 'decided' THEN coalesce($2, outcome) ELSE outcome END,
                           text = CASE WHEN kind = 'decided' THEN coalesce($3, text) WHEN kind = 'presented' THEN coalesce($4, text) ELSE text END,
                           reason = coalesce($5, reason)
            WHERE event_id = $1 AND municipality = $6 AND case_id = $7`,
          [targetEventId, changes.outcome ?? null, changes.decisionText ?? null, changes.title ?? null, changes.reason ?? null, municipality, caseId],
        );
      }
    }
  }
}
