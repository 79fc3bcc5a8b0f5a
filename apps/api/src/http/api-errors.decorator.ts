import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';

const problem = { $ref: '#/components/schemas/Problem' };

/** Documents the problem+json answers a route can give, so /docs shows every error. */
export function ApiErrors(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429>) {
  const text: Record<number, string> = {
    400: 'Invalid input: `errors` names each bad field (e.g. `recommendation[0].text`); also JSON nested deeper than 32 levels',
    401: 'No or unknown bearer token',
    403: 'The token lacks the needed role',
    404: 'Unknown case or meeting',
    409: 'Version conflict: the stream you pinned with If-Match is at another version (streamId, expectedVersion, actualVersion)',
    413: 'Request body too large',
    415: 'The body cannot be read: JSON must be UTF-8, text a known charset, Content-Encoding gzip, deflate, br or identity',
    422: 'A domain rule forbids it: `rule` names the rule',
    429: 'Too many writes; slow down',
  };
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: text[status], content: { 'application/problem+json': { schema: problem } } })),
  );
}

/** A write: token with a role, idempotency, and every error a write can meet. */
export function ApiWrite() {
  return applyDecorators(
    ApiBearerAuth(),
    ApiErrors(400, 401, 403, 404, 409, 413, 415, 422, 429),
    ApiResponse({
      status: 201,
      description: 'Recorded; `position` can be passed as minPosition to reads. A repeat (same Idempotency-Key) gets the first answer again, with `Idempotent-Replayed: true`',
      schema: { $ref: '#/components/schemas/WriteAnswer' },
    }),
    ApiResponse({ status: 200, description: 'Nothing new to record', schema: { $ref: '#/components/schemas/WriteAnswer' } }),
  );
}
