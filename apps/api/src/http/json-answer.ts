import type { FastifyReply } from 'fastify';

/**
 * Answers with `body` as JSON from a handler that sends its own answer (`@Res()` without
 * passthrough), for the hottest reads: the JSON text handed to Fastify's `send` with its type set,
 * so it goes out as it is (no serializer, no Nest result handling: under Express that path was a
 * tenth of a timeline read's CPU). The status and the headers set before (decorators, guards, the
 * handler) stay; a HEAD gets no body.
 */
export function answerJson(reply: FastifyReply, body: unknown): void {
  reply.type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** Answers with JSON text made elsewhere (the database's): handed on as it is, like `answerJson`'s. */
export function answerJsonText(reply: FastifyReply, json: string): void {
  reply.type('application/json; charset=utf-8').send(json);
}

/** 304 Not Modified: no body, the headers set before stay (ETag, Cache-Control). */
export function answerNotModified(reply: FastifyReply): void {
  reply.code(304).send();
}
