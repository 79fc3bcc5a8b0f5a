import type { z } from 'zod';
import { type FieldProblem, RequestValidationError } from './problem.js';
import { WRITE_BODIES, type WriteBody } from './write-schemas.js';

/** `['recommendation', 0, 'text']` -> `recommendation[0].text`; the body itself is `body`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let field = '';
  for (const segment of path) field += typeof segment === 'number' ? `[${segment}]` : `${field ? '.' : ''}${String(segment)}`;
  return field || 'body';
}

/** The command's body, checked against its schema: a 400 naming every bad field, or the typed body. */
export function parseBody<K extends keyof typeof WRITE_BODIES>(command: K, body: unknown): WriteBody<K> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw RequestValidationError.field('body', 'must be a JSON object (Content-Type: application/json)');
  }
  const result = (WRITE_BODIES[command] as z.ZodType).safeParse(body);
  if (result.success) return result.data as WriteBody<K>;
  const problems: FieldProblem[] = result.error.issues.slice(0, 50).map((issue) => ({ field: fieldPath(issue.path), message: issue.message }));
  throw new RequestValidationError(problems);
}
