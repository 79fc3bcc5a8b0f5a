import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Express, Router } from 'express';

/**
 * Runs `register`, then moves the layers it added to Express's router behind one layer that only
 * requests passing `enters` go into. Express walks its layers in order for every request until one
 * answers, so a GET of the timeline passed the body parsers and their error handler, and Swagger's
 * eight routes and static files, before reaching the API's routes. Inside, the layers run as they
 * did (same order, same matching, errors passed on to the next error handler).
 */
export function behindOneLayer(app: Express, enters: (request: IncomingMessage) => boolean, register: () => void): void {
  const stack = app.router.stack;
  const from = stack.length;
  register();
  const gathered = Router();
  gathered.stack.push(...stack.splice(from));
  app.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) =>
    enters(request) ? gathered(request as never, response as never, next) : next(),
  );
}

/** Whether a request carries a body: body-parser's own test (type-is `hasBody`), so the parsers skip exactly the requests they skipped before. */
export const hasBody = (request: IncomingMessage): boolean =>
  request.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(request.headers['content-length']));

/** /docs, /docs-json, /docs-yaml and Swagger UI's files (Express matches paths case-insensitively). */
export const isDocsPath = (request: IncomingMessage): boolean => /^\/docs/i.test(request.url ?? '');
