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
/** When a logged request began (performance.now()), kept on its response for the shared 'close' listener. */
const STARTED = Symbol('requestLogStarted');
type LoggedResponse = ServerResponse<IncomingMessage & { id?: string }> & { [STARTED]?: number };

export function requestLog(logger: () => Logger, options: { echoId?: boolean } = {}) {
  const echoId = options.echoId ?? true;
  // One listener for every answer, not a closure per request: the response knows its request and start.
  function logAnswer(this: LoggedResponse): void {
    const log = logger();
    const level = this.statusCode >= 500 ? 'error' : this.writableFinished ? 'info' : 'warn';
    if (!log.isLevelEnabled(level)) return;
    const req = this.req;
    log[level](
      {
        reqId: req.id,
        // Flat fields: pino's req/res serializers (which expect the raw objects) stay out of the way.
        method: req.method,
        url: req.url,
        remoteAddress: req.socket.remoteAddress,
        statusCode: this.statusCode,
        responseTime: Math.round(performance.now() - this[STARTED]!),
      },
      !this.writableFinished ? 'request aborted' : this.statusCode >= 500 ? 'request failed' : 'request completed',
    );
  }
  return (req: IncomingMessage, res: ServerResponse, next: () => void, id = requestId(req)): void => {
    // Echoed on the answer, unless the caller does (the API: among Fastify's headers, see bootstrap).
    if (echoId) res.setHeader('x-request-id', id);
    (req as IncomingMessage & { id?: string }).id = id;
    if (!logger().isLevelEnabled('error')) return next();
    (res as LoggedResponse)[STARTED] = performance.now();
    // 'close' comes once per answer, after 'finish' when it was sent and alone when the caller went away.
    res.on('close', logAnswer);
    next();
  };
}
