import { isSafeText, parseCaseId, parseIsoDate, parseMeetingId } from '#cases';
import { RequestValidationError } from './problem.js';

/** Small, explicit parsers for query and path parameters: each bad one is a 400 naming it. */
export function limitParam(raw: unknown, fallback = 50, max = 500): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw RequestValidationError.field('limit', `must be a whole number from 1 to ${max}`);
  return value;
}

export function dateParam(raw: unknown, field: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  return parseIsoDate(String(raw), field);
}

export function instantParam(raw: unknown, field: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const text = String(raw);
  const instant = /^\d{4}-\d{2}-\d{2}(T[\d:.]{1,20}(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? new Date(text) : undefined;
  // PostgreSQL knows no year 0, and an offset can push 9999-12-31 into year 10000.
  const year = instant?.getUTCFullYear() ?? Number.NaN;
  if (!(year >= 1 && year <= 9999)) {
    throw RequestValidationError.field(field, 'must be an ISO 8601 date or time from year 1 to 9999, e.g. 2024-02-06T12:00:00Z');
  }
  return instant!.toISOString();
}

export function enumParam<T extends string>(raw: unknown, field: string, allowed: readonly T[]): T | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!allowed.includes(raw as T)) throw RequestValidationError.field(field, `must be one of ${allowed.join(', ')}`);
  return raw as T;
}

export function textParam(raw: unknown, field: string, max = 200): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > max) throw RequestValidationError.field(field, `must be one text of at most ${max} characters`);
  if (!isSafeText(raw)) throw RequestValidationError.field(field, 'must not contain NUL or unpaired surrogate characters');
  return raw.normalize('NFC');
}

/** A journal number (percent-decoded by the router) or a provisional id, normalised. */
export const caseIdParam = (raw: string): string => parseCaseId(raw, 'caseNumber');

export const meetingIdParam = (raw: string): string => parseMeetingId(raw, 'meetingId');

/** The largest value of a PostgreSQL bigint: positions and transaction ids beyond it do not exist. */
export const MAX_BIGINT = 2n ** 63n - 1n;

/** A whole number from 0 to `max`, as text of digits; undefined when it is not one. */
export function wholeNumber(raw: unknown, max: bigint = MAX_BIGINT): bigint | undefined {
  if (typeof raw !== 'string' || !/^\d{1,19}$/.test(raw)) return undefined;
  const value = BigInt(raw);
  return value <= max ? value : undefined;
}

export function positionParam(raw: unknown, field: string): bigint | undefined {
  if (raw === undefined || raw === '') return undefined;
  const position = wholeNumber(raw);
  if (position === undefined) throw RequestValidationError.field(field, `must be a global position (a whole number up to ${MAX_BIGINT})`);
  return position;
}
