/**
 * Whether an `If-None-Match` header names `etag` (RFC 9110 §13.1.2: a list of tags, compared
 * weakly, or `*` for any current representation).
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
