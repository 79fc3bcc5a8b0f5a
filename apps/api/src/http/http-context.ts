import type { ArgumentsHost } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

// An HTTP handler's arguments are [request, reply, next]. `switchToHttp()` makes an object and three
// closures on every call; the guards and decorators that run on every read take them by index.

/** The request of an HTTP context (what `switchToHttp().getRequest()` returns). */
export const httpRequest = <T>(context: ArgumentsHost): T => context.getArgByIndex<T>(0);

/** The reply of an HTTP context (what `switchToHttp().getResponse()` returns). */
export const httpReply = (context: ArgumentsHost): FastifyReply => context.getArgByIndex<FastifyReply>(1);
