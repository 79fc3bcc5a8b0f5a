import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** The caller's `x-request-id` when it is a sane token, else a new one (Fastify's `genReqId`: the request's `id`). */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * One log line per request, written when the answer is finished (or the connection closed), at
 * info (warn when the caller went away first, error for a 5xx). Replaces pino-http's middleware, which built a child logger per request
 * and serialised every header into it even when nothing was logged: about a fifth of the CPU a
 * timeline read took. Headers are not logged (a token never reaches a log line).
 */
export function requestLog(logger: () => Logger, options: { echoId?: boolean } = {}) {
  const echoId = options.echoId ?? true;
  return (req: IncomingMessage, res: ServerResponse, next: () => void, id = requestId(req)): void => {
    // Echoed on the answer, unless the caller does (the API: among Fastify's headers, see bootstrap).
    if (echoId) res.setHeader('x-request-id', id);
    (req as IncomingMessage & { id?: string }).id = id;
    const log = logger();
    if (!log.isLevelEnabled('error')) return next();
    const started = performance.now();
    // 'close' comes once per answer, after 'finish' when it was sent and alone when the caller went away.
    res.once('close', () => {
      const level = res.statusCode >= 500 ? 'error' : res.writableFinished ? 'info' : 'warn';
      if (!log.isLevelEnabled(level)) return;
      log[level](
        {
          reqId: id,
          // Flat fields: pino's req/res serializers (which expect the raw objects) stay out of the way.
          method: req.method,
          url: req.url,
          remoteAddress: req.socket.remoteAddress,
          statusCode: res.statusCode,
          responseTime: Math.round(performance.now() - started),
        },
        !res.writableFinished ? 'request aborted' : res.statusCode >= 500 ? 'request failed' : 'request completed',
      );
    });
    next();
  };
}
