/** The subject of a stream id: `case-<caseId>` or `meeting-<meetingId>`. */
export function caseIdOfStream(streamId: string): string | undefined {
  return streamId.startsWith('case-') ? streamId.slice('case-'.length) : undefined;
}

export function meetingIdOfStream(streamId: string): string | undefined {
  return streamId.startsWith('meeting-') ? streamId.slice('meeting-'.length) : undefined;
}
