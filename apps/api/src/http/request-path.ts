/** The request's path as sent (still percent-encoded), without the query: what Express called `request.path`. */
export function requestPath(request: { url: string }): string {
  const query = request.url.indexOf('?');
  return query < 0 ? request.url : request.url.slice(0, query);
}
