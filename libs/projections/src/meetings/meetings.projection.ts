import type pg from 'pg';
import type { RecordedEvent } from '#event-store';
import type { Projection, TableName } from '../runner/projection.js';
import { caseIdOfStream, meetingIdOfStream, municipalityOfStream } from '../runner/stream-subject.js';

/**
 * Meetings with their facts (state and attendance are derived at read time by the domain, which
 * needs today's date) and one row per item, with the outcome the case stream recorded for it.
 */
export class MeetingsProjection implements Projection {
  readonly name = 'meetings';
  readonly tables = ['proj_meetings', 'proj_meeting_items'];

  async apply(events: RecordedEvent[], client: pg.ClientBase, table: TableName): Promise<void> {
    const meetings = table('proj_meetings');
    const items = table('proj_meeting_items');
    const meetingFacts = events
      .filter((e) => meetingIdOfStream(e.streamId))
      .map((e) => ({
        municipality: municipalityOfStream(e.streamId),
        meeting_id: meetingIdOfStream(e.streamId),
        body: (e.data as any).body ?? null,
        date: (e.data as any).meetingDate ?? null,
        fact: { eventId: e.eventId, type: e.type, data: e.data },
      }));
    if (meetingFacts.length > 0) {
      // Facts are appended in order, skipping any already there (a replayed batch).
      await client.query(
        `INSERT INTO ${meetings} AS m (municipality, meeting_id, body, date, events)
         SELECT municipality, meeting_id, min(body), min(date), jsonb_agg(fact ORDER BY n)
           FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (municipality text, meeting_id text, body text, date date, fact jsonb))
                WITH ORDINALITY AS r(municipality, meeting_id, body, date, fact, n)
          GROUP BY municipality, meeting_id
         ON CONFLICT (municipality, meeting_id) DO UPDATE SET body = coalesce(m.body, excluded.body), date = coalesce(m.date, excluded.date),
           events = m.events || (
           SELECT coalesce(jsonb_agg(f), '[]'::jsonb) FROM jsonb_array_elements(excluded.events) f
            WHERE NOT m.events @> jsonb_build_array(jsonb_build_object('eventId', f->'eventId')))`,
        [JSON.stringify(meetingFacts)],
      );
    }
    const patches = itemPatches(events);
    if (patches.length > 0) await client.query(
      `INSERT INTO ${items} AS i (municipality, meeting_id, case_id, item, number, title, closed, outcome, decision_text, decision_event_id, postponed, agenda_order)
       SELECT municipality, meeting_id, case_id, coalesce(number, 0), number, title, coalesce(closed, false), outcome, decision_text, decision_event_id, coalesce(postponed, false), agenda_order
         FROM jsonb_to_recordset($1::jsonb) AS r(municipality text, meeting_id text, case_id text, number int, title text, closed boolean,
              outcome text, decision_text text, decision_event_id uuid, postponed boolean, agenda_order bigint)
       ON CONFLICT (municipality, meeting_id, case_id, item) DO UPDATE SET
         title = coalesce(i.title, excluded.title),
         agenda_order = least(i.agenda_order, excluded.agenda_order),
         closed = i.closed OR excluded.closed,
         outcome = coalesce(excluded.outcome, i.outcome),
         decision_text = coalesce(excluded.decision_text, i.decision_text),
         decision_event_id = coalesce(excluded.decision_event_id, i.decision_event_id),
         postponed = i.postponed OR excluded.postponed`,
      [JSON.stringify(patches)],
    );
    const retracted = events
      .filter((e) => e.type === 'FactCorrected' && (e.data as any).action === 'retracted' && (e.data as any).targetType === 'DecisionTaken')
      .map((e) => ({ municipality: municipalityOfStream(e.streamId), eventId: (e.data as any).targetEventId as string }));
    if (retracted.length > 0) {
      await client.query(
        `UPDATE ${items} SET outcome = NULL, decision_text = NULL, decision_event_id = NULL
          WHERE (municipality, decision_event_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
        [retracted.map((r) => r.municipality), retracted.map((r) => r.eventId)],
      );
    }
  }
}

interface ItemPatch {
  municipality: string;
  meeting_id: string;
  case_id: string;
  number?: number;
  title?: string;
  closed?: boolean;
  outcome?: string;
  decision_text?: string;
  decision_event_id?: string;
  postponed?: boolean;
  /**
   * The global position of the item's first presentation: an agenda printed without numbers is imported item by item
   * in its printed order, so this keeps that order where no number gives one (a replay or rebuild finds the same).
   */
  agenda_order?: string;
}

/**
 * One merged change per item (meeting, case, item number), since one upsert statement may touch a
 * row only once. A case's facts at a meeting carry the number of its item there whenever the item
 * had one; without one they are item 0.
 */
function itemPatches(events: RecordedEvent[]): ItemPatch[] {
  const byKey = new Map<string, ItemPatch>();
  for (const e of events) {
    const data = e.data as any;
    const caseId = caseIdOfStream(e.streamId) ?? data?.caseId;
    if (!data?.meetingId || !caseId) continue;
    const municipality = municipalityOfStream(e.streamId);
    const key = `${municipality}\u0000${data.meetingId}\u0000${caseId}\u0000${data.itemNumber ?? ''}`;
    const patch: ItemPatch = byKey.get(key) ?? { municipality, meeting_id: data.meetingId, case_id: caseId, ...(data.itemNumber !== undefined ? { number: data.itemNumber } : {}) };
    switch (e.type) {
      case 'AgendaItemAdded':
      case 'ItemPresented':
        patch.title ??= data.title;
        patch.agenda_order ??= String(e.globalPosition);
        patch.closed = (patch.closed ?? false) || Boolean(data.closed);
        break;
      case 'DecisionTaken':
        Object.assign(patch, { outcome: data.outcome, decision_text: data.decisionText, decision_event_id: e.eventId });
        break;
      case 'ItemPostponed':
        patch.postponed = true;
        // The postponement as the minutes wrote it (`Udsat til næste møde.`) is the item's decision text;
        // a cancelled meeting's reason is the meeting's, not the item's.
        if (!data.causedByCancellation && data.reason) patch.decision_text ??= data.reason;
        break;
      default:
        continue;
    }
    byKey.set(key, patch);
  }
  return [...byKey.values()];
}
