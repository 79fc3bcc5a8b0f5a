import type { NextFunction, Request, Response } from 'express';
import { toProblem } from './problem-details.filter.js';

/** Express error middleware for failures before routing (malformed JSON, a body over the limit). */
export function bodyParserErrors(error: unknown, request: Request, response: Response, next: NextFunction): void {
  if (!error) return next();
  const body = toProblem(error);
  response.status(body.status).type('application/problem+json').json({ ...body, instance: request.originalUrl });
}
