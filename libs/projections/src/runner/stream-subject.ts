import { splitStreamId } from '#event-store';

/** The subject of a stream id `<municipality>/case-<caseId>` or `<municipality>/meeting-<meetingId>`. */
export function caseIdOfStream(streamId: string): string | undefined {
  const { stream } = splitStreamId(streamId);
  return stream.startsWith('case-') ? stream.slice('case-'.length) : undefined;
}

export function meetingIdOfStream(streamId: string): string | undefined {
  const { stream } = splitStreamId(streamId);
  return stream.startsWith('meeting-') ? stream.slice('meeting-'.length) : undefined;
}

/** The municipality every row an event gives belongs to. */
export { municipalityOfStream } from '#event-store';
