/**
 * A stream id is `<municipality>/<stream>`, e.g. `ballerup/case-15.00.05-A00-1-19`. The store keeps
 * the two parts in two columns (municipality, stream_id), so every key of the events table leads
 * with the municipality: the table can be distributed by it (one municipality per shard) as it is,
 * and rows written before municipalities existed kept their stream_id and only gained the column.
 * An id without `/` belongs to no municipality (the empty one). Only the first `/` separates: the
 * stream part may hold more (`ballerup/case-14/30210`).
 */
export interface StreamKey {
  municipality: string;
  stream: string;
}

export function splitStreamId(streamId: string): StreamKey {
  const slash = streamId.indexOf('/');
  return slash < 0 ? { municipality: '', stream: streamId } : { municipality: streamId.slice(0, slash), stream: streamId.slice(slash + 1) };
}

export function joinStreamId(municipality: string, stream: string): string {
  return municipality ? `${municipality}/${stream}` : stream;
}

/** The municipality a stream belongs to ('' for none). */
export const municipalityOfStream = (streamId: string): string => splitStreamId(streamId).municipality;
