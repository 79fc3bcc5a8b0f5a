import { type EventStore, joinStreamId, type RecordedEvent } from '#event-store';

export const DEFAULT_MUNICIPALITY = Symbol('DEFAULT_MUNICIPALITY');

/** What a command reads: whole streams, one or several at a time. */
export type StreamSource = Pick<EventStore, 'readStream' | 'readStreams'>;

/**
 * The store as one municipality's commands see it: the domain names its streams `case-<id>` and
 * `meeting-<id>`, and this view reads them as `<municipality>/case-<id>`, so a journal number or a
 * committee + date of another municipality is never read (nor, through the runner, written).
 */
export function municipalityView(store: StreamSource, municipality: string): StreamSource {
  const local = (e: RecordedEvent, streamId: string): RecordedEvent => ({ ...e, streamId });
  return {
    readStream: async (streamId, options) => (await store.readStream(joinStreamId(municipality, streamId), options)).map((e) => local(e, streamId)),
    readStreams: async (streamIds) => {
      const read = await store.readStreams(streamIds.map((id) => joinStreamId(municipality, id)));
      return new Map(streamIds.map((id) => [id, (read.get(joinStreamId(municipality, id)) ?? []).map((e) => local(e, id))]));
    },
  };
}
