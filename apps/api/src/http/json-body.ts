import { RequestValidationError } from './problem.js';

/** The body must be a JSON object; everything inside is validated by the domain, field by field. */
export function jsonObject(body: unknown): Record<string, any> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw RequestValidationError.field('body', 'must be a JSON object (Content-Type: application/json)');
  }
  return body as Record<string, any>;
}
