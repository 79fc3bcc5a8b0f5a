import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '#cases';
import { VersionConflict } from '#event-store';
import { ImportRejected } from '#minutes';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '#platform';
import { projectionProblem } from '../projections/projection-problems.js';
import { PROBLEM_TYPE_BASE, type ProblemDetails, RequestValidationError } from './problem.js';

/** Errors from body parsing (express/body-parser, http-errors) carry a status and a type. */
interface BodyParserError {
  status?: number;
  type?: string;
  expose?: boolean;
  message: string;
}

function problem(status: number, slug: string, title: string, detail: string, extra: Record<string, unknown> = {}): ProblemDetails {
  return { type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail, ...extra };
}

/** The one place where errors become HTTP answers: application/problem+json, never a stack trace. */
export function toProblem(error: unknown): ProblemDetails {
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
  const bodyError = error as BodyParserError;
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
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const detail = typeof response === 'string' ? response : ((response as { message?: string | string[] }).message ?? error.message);
    return problem(status, HttpStatus[status]?.toLowerCase().replace(/_/g, '-') ?? 'error', error.name, Array.isArray(detail) ? detail.join('; ') : String(detail));
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

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = toProblem(error);
    // The request id (set by requestLog) ties this line to the request's own log line.
    const reqId = `request ${String((request as { id?: unknown }).id)}`;
    if (body.status === 503) this.logger.warn(`${reqId}: ${body.title}: ${(error as Error)?.message ?? String(error)}`);
    else if (body.status >= 500) this.logger.error(`${reqId}: ${error instanceof Error ? error.stack : String(error)}`);
    if (response.headersSent) return;
    if (body.status === 503) response.setHeader('Retry-After', String(body.retryAfterSeconds ?? DATABASE_RETRY_AFTER_SECONDS));
    response.status(body.status).type('application/problem+json').json({ ...body, instance: request.originalUrl });
  }
}
