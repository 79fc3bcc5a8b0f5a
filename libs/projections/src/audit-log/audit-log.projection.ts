import type pg from 'pg';
import type { RecordedEvent } from '#event-store';
import type { Projection, TableName } from '../runner/projection.js';
import { caseIdOfStream, municipalityOfStream } from '../runner/stream-subject.js';

const AUDITED: Record<string, string> = { ItemPostponed: 'postponed', DecisionTaken: 'decided', FactCorrected: 'corrected' };

/** Every postponement, decision and correction: when it was recorded, by whom, from what source. */
export class AuditLogProjection implements Projection {
  readonly name = 'audit-log';
  readonly tables = ['proj_audit_log'];

  async apply(events: RecordedEvent[], client: pg.ClientBase, table: TableName): Promise<void> {
    const records = events
      .filter((e) => AUDITED[e.type] && caseIdOfStream(e.streamId))
      .map((e) => {
        const data = e.data as any;
        // A correction names its target, not the meeting: the meeting comes from the target's row.
        return {
          global_position: e.globalPosition.toString(),
          event_id: e.eventId,
          municipality: municipalityOfStream(e.streamId),
          case_id: caseIdOfStream(e.streamId),
          body: data.body ?? null,
          meeting_id: data.meetingId ?? null,
          meeting_date: data.meetingDate ?? null,
          item_number: data.itemNumber ?? null,
          kind: AUDITED[e.type],
          outcome: e.type === 'DecisionTaken' ? data.outcome : e.type === 'FactCorrected' ? data.action : null,
          target_event_id: e.type === 'FactCorrected' ? data.targetEventId : null,
          recorded_at: e.recordedAt.toISOString(),
          actor: (e.metadata.actor as string | undefined) ?? null,
          source: (e.metadata.source as string | undefined) ?? null,
        };
      });
    if (records.length === 0) return;
    // A correction whose target is in the same batch takes the meeting from it here, as it would
    // from the table had the batches been cut differently: live and rebuild must agree.
    const byEventId = new Map(records.map((r) => [`${r.municipality}\u0000${r.event_id}`, r]));
    for (const r of records) {
      const target = r.target_event_id ? byEventId.get(`${r.municipality}\u0000${r.target_event_id}`) : undefined;
      if (target) Object.assign(r, { body: target.body, meeting_id: target.meeting_id, meeting_date: target.meeting_date, item_number: target.item_number });
    }
    await client.query(
      `INSERT INTO ${table('proj_audit_log')} (global_position, event_id, municipality, case_id, body, meeting_id, meeting_date, item_number, kind, outcome, recorded_at, actor, source)
       SELECT r.global_position, r.event_id, r.municipality, r.case_id,
              coalesce(r.body, target.body), coalesce(r.meeting_id, target.meeting_id), coalesce(r.meeting_date, target.meeting_date),
              coalesce(r.item_number, target.item_number), r.kind, r.outcome, r.recorded_at, r.actor, r.source
         FROM jsonb_to_recordset($1::jsonb) AS r(global_position bigint, event_id uuid, municipality text, case_id text, body text, meeting_id text,
              meeting_date date, item_number int, kind text, outcome text, target_event_id uuid, recorded_at timestamptz, actor text, source text)
         LEFT JOIN ${table('proj_audit_log')} target ON target.event_id = r.target_event_id AND target.municipality = r.municipality
        WHERE coalesce(r.meeting_id, target.meeting_id) IS NOT NULL
       ON CONFLICT (global_position) DO NOTHING`,
      [JSON.stringify(records)],
    );
  }
}
