import { type RecordedEvent, splitStreamId } from '#event-store';

/** A stored event as the API shows it (raw case events, the SSE feed): 64-bit positions as strings. */
export function eventView(e: RecordedEvent) {
  const { municipality, stream } = splitStreamId(e.streamId);
  return {
    municipality,
    /** Within its municipality: `case-<caseNumber>` or `meeting-<meetingId>`. */
    streamId: stream,
    version: e.streamPosition,
    position: e.globalPosition.toString(),
    eventId: e.eventId,
    type: e.type,
    schemaVersion: e.schemaVersion,
    recordedAt: e.recordedAt.toISOString(),
    data: e.data,
    metadata: e.metadata,
  };
}
