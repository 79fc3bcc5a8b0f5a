import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { toProblem } from './problem-details.filter.js';

const logger = new Logger('RequestBody');

/** Express error middleware for failures before routing (malformed JSON, a body over the limit, an unknown charset). */
export function bodyParserErrors(error: unknown, request: Request, response: Response, next: NextFunction): void {
  if (!error) return next();
  const body = toProblem(error);
  // reqId (set by requestLog) ties this line to the request's own log line.
  const log = { reqId: (request as { id?: unknown }).id, status: body.status, type: (error as { type?: string }).type, method: request.method, url: request.originalUrl, detail: body.detail };
  if (body.status >= 500) logger.error(`request ${String(log.reqId)}: ${error instanceof Error ? error.stack : String(error)}`);
  else logger.warn(JSON.stringify(log));
  response.status(body.status).type('application/problem+json').json({ ...body, instance: request.originalUrl });
}
