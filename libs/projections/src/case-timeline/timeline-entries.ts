import type { RecordedEvent } from '#event-store';
import { caseIdOfStream, municipalityOfStream } from '../runner/stream-subject.js';

export type TimelineKind = 'presented' | 'postponed' | 'decided' | 'recommended' | 'referenced' | 'cancelled';

export interface TimelineEntry {
  eventId: string;
  /** An event may give more than one entry (a cancellation's postponement: `cancelled` and `postponed`). */
  entry: number;
  municipality: string;
  caseId: string;
  date: string;
  body: string;
  meetingId: string;
  itemNumber: number | null;
  kind: TimelineKind;
  outcome: string | null;
  text: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  source: string | null;
  globalPosition: string;
}

/** The timeline entries one case event gives: pure, so live processing and a rebuild agree. */
export function timelineEntries(event: RecordedEvent): TimelineEntry[] {
  const caseId = caseIdOfStream(event.streamId);
  const data = event.data as any;
  if (!caseId || !data?.meetingId) return [];
  const base = {
    eventId: event.eventId,
    municipality: municipalityOfStream(event.streamId),
    caseId,
    date: data.meetingDate,
    body: data.body,
    meetingId: data.meetingId,
    itemNumber: data.itemNumber ?? null,
    source: (event.metadata.source as string | undefined) ?? null,
    globalPosition: event.globalPosition.toString(),
    outcome: null,
    text: null,
    reason: null,
    details: {},
  };
  switch (event.type) {
    case 'ItemPresented':
      return [{ ...base, entry: 0, kind: 'presented', text: data.title ?? null, details: { closed: data.closed, decidingBody: data.decidingBody ?? null } }];
    case 'ItemPostponed': {
      // A cancellation reads as two happenings: the meeting was cancelled, so the item was postponed.
      const postponed: TimelineEntry = {
        ...base,
        entry: 1,
        kind: 'postponed',
        reason: data.reason ?? null,
        details: { causedByCancellation: data.causedByCancellation, votes: data.votes ?? [], reservations: data.reservations ?? [] },
      };
      return data.causedByCancellation ? [{ ...base, entry: 0, kind: 'cancelled', reason: data.reason ?? null }, postponed] : [{ ...postponed, entry: 0 }];
    }
    case 'DecisionTaken':
      return [
        {
          ...base,
          entry: 0,
          kind: 'decided',
          outcome: data.outcome,
          text: data.decisionText ?? null,
          details: { remarks: data.remarks ?? null, pointOutcomes: data.pointOutcomes ?? [], votes: data.votes ?? [], reservations: data.reservations ?? [] },
        },
      ];
    case 'ItemReferred':
      return [{ ...base, entry: 0, kind: 'recommended', outcome: 'recommended', text: `Sendt videre til ${data.toBody}`, details: { toBody: data.toBody } }];
    case 'EarlierTreatmentNoted':
      // The outcome as the later minutes tell it (schema version 2; null for older references).
      return [{ ...base, entry: 0, kind: 'referenced', outcome: data.outcome ?? null, details: { foundIn: data.foundIn, notedAt: data.notedAt ?? null, postponed: data.postponed === true } }];
    default:
      return [];
  }
}
