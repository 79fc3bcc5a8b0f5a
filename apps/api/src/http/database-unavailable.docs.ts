import type { OpenAPIObject } from '@nestjs/swagger';
import { DATABASE_RETRY_AFTER_SECONDS } from '#platform';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every route may meet a database outage: documents its 503 once, on every operation. */
export function documentDatabaseUnavailable(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation || operation.responses['503']) continue;
      operation.responses['503'] = {
        description: `PostgreSQL cannot be reached right now (problem type database-unavailable); retry after Retry-After seconds (${DATABASE_RETRY_AFTER_SECONDS}). A write answered so is safe to repeat with its Idempotency-Key.`,
        headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds to wait before trying again' } },
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
  }
  return document;
}
