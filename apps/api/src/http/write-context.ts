import { randomUUID } from 'node:crypto';
import type { CommandMeta, CommandResult } from '#cases';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { RequestValidationError } from './problem.js';
import { requestPath } from './request-path.js';

const KEY = /^[\x21-\x7e]{1,200}$/;

/** `If-Match: "7"` -> 7; `*` or absent -> undefined. */
export function ifMatchVersion(request: AuthenticatedRequest): number | undefined {
  const raw = request.headers['if-match'];
  if (raw === undefined || raw === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(raw).trim());
  if (!match) throw RequestValidationError.field('If-Match', 'must be an ETag this API handed out, e.g. "7"');
  return Number(match[1]);
}

/**
 * Who, why and how often: the command's metadata from the request. The Idempotency-Key is scoped
 * to the caller, so two tools that pick the same key never collide; without one, a fresh key
 * makes every request a new command.
 */
export function commandMeta(request: AuthenticatedRequest, expected?: { streamId: string }): CommandMeta {
  const caller = request.caller;
  if (!caller) throw new Error('Bug: a write route without an authenticated caller');
  const given = request.headers['idempotency-key'];
  if (given !== undefined && (typeof given !== 'string' || !KEY.test(given))) {
    throw RequestValidationError.field('Idempotency-Key', 'must be 1 to 200 visible ASCII characters');
  }
  const version = expected ? ifMatchVersion(request) : undefined;
  const requestId = request.headers['x-request-id'];
  return {
    ...(request.municipality ? { municipality: request.municipality } : {}),
    idempotencyKey: `${caller.name}:${given ?? randomUUID()}`,
    actor: caller.name,
    source: `api:${request.method} ${requestPath(request)}`,
    ...(typeof requestId === 'string' && requestId ? { correlationId: requestId } : {}),
    ...(expected && version !== undefined ? { expectedVersions: { [expected.streamId]: version } } : {}),
  };
}

export interface WriteAnswer {
  /** A repeat answers `appended` like the first time (see answerWrite). */
  outcome: 'appended' | 'unchanged';
  /** Pass as `minPosition` to a read to see this write reflected. */
  position: string | null;
  events: CommandResult['events'];
  streams: CommandResult['streams'];
}

/**
 * 201 when something was recorded, 200 when there was nothing new to record. A repeat (same
 * Idempotency-Key, same caller) answers exactly as the first time: 201, the same events of every
 * stream, versions, position and ETag, marked only by `Idempotent-Replayed: true`. The ETag is the
 * written case stream's version, set here (no body-hash ETags: a repeat's answer would differ).
 */
export function answerWrite(response: FastifyReply, result: CommandResult, caseStreamId?: string): WriteAnswer {
  response.code(result.outcome === 'unchanged' ? 200 : 201);
  if (result.outcome === 'duplicate') response.header('Idempotent-Replayed', 'true');
  const written = caseStreamId ? result.streams.find((s) => s.streamId === caseStreamId) : undefined;
  if (written) response.header('ETag', `"${written.version}"`);
  return {
    outcome: result.outcome === 'unchanged' ? 'unchanged' : 'appended',
    position: result.position?.toString() ?? null,
    events: result.events,
    streams: result.streams,
  };
}
