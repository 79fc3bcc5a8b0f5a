import type { ServerResponse } from 'node:http';

/**
 * Answers with `body` as JSON from a handler that sends its own answer (`@Res()` without
 * passthrough), for the hottest reads: node's `end` with the JSON text, which sets Content-Length
 * itself. Express's `res.json` -> `res.send` path (parsing and rewriting the Content-Type for its
 * charset, a freshness check, Nest's result handling before it) was a tenth of a timeline read's
 * CPU. The status and the headers set before (decorators, guards, the handler) stay; a HEAD gets no body.
 */
export function answerJson(response: ServerResponse, body: unknown): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/** 304 Not Modified: no body, the headers set before stay (ETag, Cache-Control). */
export function answerNotModified(response: ServerResponse): void {
  response.statusCode = 304;
  response.end();
}
