import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '#cases';
import { VersionConflict } from '#event-store';
import { ImportRejected } from '#minutes';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '#platform';
import { projectionProblem } from '../projections/projection-problems.js';
import { PROBLEM_TYPE_BASE, type ProblemDetails, RequestValidationError } from './problem.js';

/** Errors from reading a body (body-parsers.ts, raw-body) carry a status and a type; Fastify's own a code and a statusCode. */
interface BodyParserError {
  status?: number;
  type?: string;
  expose?: boolean;
  code?: string;
  statusCode?: number;
  message: string;
}

/** Fastify's own refusals that body-parser had names for; the rest (a URL that does not decode, say) are answered by their status. */
const FASTIFY_TYPES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'entity.too.large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'charset.unsupported',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.size.invalid',
};

/** Fastify's own refusal (`FST_...`, a 4xx): meant for the client, as http-errors' `expose` says. */
const isFastifyRefusal = (error: BodyParserError | null | undefined): error is BodyParserError & { statusCode: number } =>
  typeof error?.code === 'string' && error.code.startsWith('FST_') && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;

/** A Fastify refusal body-parser had a name for, as the body-parser style error toProblem knows. */
function asBodyError(error: BodyParserError | null | undefined): BodyParserError | null | undefined {
  const type = isFastifyRefusal(error) ? FASTIFY_TYPES[error.code!] : undefined;
  return type ? { message: error!.message, status: error!.statusCode, expose: true, type } : error;
}

const statusSlug = (status: number): string => HttpStatus[status]?.toLowerCase().replace(/_/g, '-') ?? 'error';

function problem(status: number, slug: string, title: string, detail: string, extra: Record<string, unknown> = {}): ProblemDetails {
  return { type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail, ...extra };
}

/**
 * A refusal while reading the request (a body that cannot be read, Fastify's own refusals), or
 * undefined. Nest's Fastify adapter hands some of them to the exception filters wrapped in an
 * HttpException; the cause says what was refused.
 */
export function readRefusal(error: unknown): BodyParserError | undefined {
  const candidate = error instanceof HttpException ? error.cause : error;
  if (!(candidate instanceof Error)) return undefined;
  const refusal = candidate as BodyParserError;
  return typeof refusal.type === 'string' || isFastifyRefusal(refusal) ? refusal : undefined;
}

/** A refusal while reading a request, logged at warn with the request id (which ties it to the request's own log line). */
export function logRefusal(logger: Logger, request: { id: unknown; method: string; url: string }, refusal: BodyParserError, answer: ProblemDetails): void {
  const line = { reqId: request.id, status: answer.status, type: refusal.type ?? refusal.code, method: request.method, url: request.url, detail: answer.detail };
  logger.warn(JSON.stringify(line));
}

/** The one place where errors become HTTP answers: application/problem+json, never a stack trace. */
export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof HttpException && error.cause && readRefusal(error) === error.cause) return toProblem(error.cause);
  if (error instanceof RequestValidationError) {
    return problem(400, 'validation', 'The request is not valid', error.message, { errors: error.problems });
  }
  if (error instanceof ImportRejected) {
    // Not text at all is a bad request; text that is not minutes breaks the importer's rule.
    const notText = error.code === 'empty' || error.code === 'binary';
    return problem(notText ? 400 : 422, notText ? 'validation' : `rule/${error.code}`, 'The document cannot be imported', error.message, {
      ...(notText ? { errors: [{ field: 'body', message: error.message }] } : { rule: error.code }),
      report: error.report,
    });
  }
  if (error instanceof VersionConflict) {
    return problem(409, 'version-conflict', 'The case changed since you read it', error.message, {
      streamId: error.streamId,
      expectedVersion: error.expectedVersion,
      actualVersion: error.actualVersion,
    });
  }
  if (error instanceof DomainError) {
    switch (error.kind) {
      case 'validation':
        return problem(400, 'validation', 'The request is not valid', error.message, {
          errors: [{ field: error.field ?? 'body', message: error.message }],
        });
      case 'not_found':
        return problem(404, 'not-found', 'Not found', error.message);
      case 'rule':
        return problem(422, `rule/${error.rule}`, 'A rule forbids this', error.message, { rule: error.rule });
    }
  }
  const fromProjections = projectionProblem(error);
  if (fromProjections) return fromProjections;
  const bodyError = asBodyError(error as BodyParserError);
  if (bodyError?.type === 'entity.parse.failed') {
    return problem(400, 'validation', 'The request body is not valid JSON', bodyError.message, { errors: [{ field: 'body', message: 'is not valid JSON' }] });
  }
  if (bodyError?.type === 'entity.too.large') {
    return problem(413, 'too-large', 'The request body is too large', bodyError.message, { errors: [{ field: 'body', message: 'is too large' }] });
  }
  if (bodyError?.type === 'entity.too.deep') {
    return problem(400, 'validation', 'The request body nests too deeply', bodyError.message, { errors: [{ field: 'body', message: bodyError.message }] });
  }
  if (bodyError?.type === 'charset.unsupported' || bodyError?.type === 'encoding.unsupported') {
    const header = bodyError.type === 'charset.unsupported' ? 'Content-Type' : 'Content-Encoding';
    return problem(415, 'unsupported-media-type', 'The request body cannot be read', bodyError.message, { errors: [{ field: header, message: bodyError.message }] });
  }
  // Any other refusal while reading the body (aborted, bad length, undecodable gzip): its own 4xx.
  // `expose` marks http-errors made for the client, as body-parser makes them.
  if (typeof bodyError?.status === 'number' && bodyError.status >= 400 && bodyError.status < 500 && bodyError.expose === true) {
    return problem(bodyError.status, 'bad-request-body', 'The request body cannot be read', bodyError.message, { errors: [{ field: 'body', message: bodyError.message }] });
  }
  if (isFastifyRefusal(bodyError)) return problem(bodyError.statusCode, statusSlug(bodyError.statusCode), 'The request cannot be read', bodyError.message);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const detail = typeof response === 'string' ? response : ((response as { message?: string | string[] }).message ?? error.message);
    return problem(status, statusSlug(status), error.name, Array.isArray(detail) ? detail.join('; ') : String(detail));
  }
  if (isDatabaseUnavailable(error)) {
    return problem(
      503,
      'database-unavailable',
      'The database is not available',
      'PostgreSQL cannot be reached right now; try again shortly. A write answered like this is safe to repeat with the same Idempotency-Key: ' +
        'it recorded nothing, or (if the connection broke while it committed) the repeat answers what it recorded.',
      { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    );
  }
  return problem(500, 'internal', 'Internal error', 'Something went wrong on our side; it has been logged.');
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');
  private readonly bodyLogger = new Logger('RequestBody');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const body = toProblem(error);
    // The request id (set by requestLog) ties this line to the request's own log line.
    const reqId = `request ${String(request.id)}`;
    const refusal = body.status < 500 ? readRefusal(error) : undefined;
    if (refusal) logRefusal(this.bodyLogger, request, refusal, body);
    if (body.status === 503) this.logger.warn(`${reqId}: ${body.title}: ${(error as Error)?.message ?? String(error)}`);
    else if (body.status >= 500) this.logger.error(`${reqId}: ${error instanceof Error ? error.stack : String(error)}`);
    if (response.sent) return;
    if (body.status === 503) response.header('Retry-After', String(body.retryAfterSeconds ?? DATABASE_RETRY_AFTER_SECONDS));
    response
      .code(body.status)
      .type('application/problem+json')
      .send(JSON.stringify({ ...body, instance: request.url }));
  }
}
