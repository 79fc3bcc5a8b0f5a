import { parseCaseId, parseIsoDate, parseMeetingId } from '#cases';
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
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw RequestValidationError.field(field, 'must be an ISO 8601 date or time, e.g. 2024-02-06T12:00:00Z');
  }
  return new Date(text).toISOString();
}

export function enumParam<T extends string>(raw: unknown, field: string, allowed: readonly T[]): T | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!allowed.includes(raw as T)) throw RequestValidationError.field(field, `must be one of ${allowed.join(', ')}`);
  return raw as T;
}

export function textParam(raw: unknown, field: string, max = 200): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > max) throw RequestValidationError.field(field, `must be one text of at most ${max} characters`);
  return raw.normalize('NFC');
}

/** A journal number (percent-decoded by the router) or a provisional id, normalised. */
export const caseIdParam = (raw: string): string => parseCaseId(raw, 'caseNumber');

export const meetingIdParam = (raw: string): string => parseMeetingId(raw, 'meetingId');

export function positionParam(raw: unknown, field: string): bigint | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^\d{1,19}$/.test(raw)) throw RequestValidationError.field(field, 'must be a global position (a whole number)');
  return BigInt(raw);
}
