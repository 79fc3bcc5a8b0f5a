import { Logger } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { logRefusal, toProblem } from './problem-details.filter.js';

const logger = new Logger('Router');

/**
 * Fastify's `frameworkErrors`, for what its router refuses before any hook or route runs: a URL
 * that does not percent-decode. Answered as problem+json through toProblem, like every other error
 * (a body that cannot be read reaches the exception filters through Nest's own error handler); the
 * refusal logged at warn with the request id.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const body = toProblem(error);
  if (body.status >= 500) logger.error(`request ${String(request.id)}: ${error instanceof Error ? error.stack : String(error)}`);
  else logRefusal(logger, request, error, body);
  if (reply.sent) return;
  reply
    .code(body.status)
    .type('application/problem+json')
    .send(JSON.stringify({ ...body, instance: request.url }));
}
