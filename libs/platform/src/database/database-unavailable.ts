/** Network errors of a socket to PostgreSQL: the server is down, restarting, or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

/**
 * SQLSTATEs that say "the server cannot serve you now", not "your statement is wrong": class 08
 * (connection exceptions), 57P01-57P03 (admin/crash shutdown, cannot connect now: starting up or
 * in recovery), 53300 (too many connections).
 */
const SERVER_STATES = /^(08...|57P0[1-3]|53300)$/;

/** node-postgres' own words for a connection that broke or never came (these errors carry no code). */
const PG_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'the database system is starting up',
  'the database system is shutting down',
  'the database system is in recovery mode',
];

interface Inspectable {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
  errors?: unknown;
}

/**
 * True when the error means PostgreSQL is unreachable right now (the request may succeed later),
 * as opposed to a bug or bad data. Looks through wrappers: TypeORM's `driverError`, `cause`, and
 * the `errors` of an AggregateError (a refused connection to each address of a host name).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const candidate = error as Inspectable;
  if (typeof candidate.code === 'string' && (NETWORK_CODES.has(candidate.code) || SERVER_STATES.test(candidate.code))) return true;
  if (typeof candidate.message === 'string' && PG_MESSAGES.some((words) => (candidate.message as string).includes(words))) return true;
  const inner = [candidate.driverError, candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return inner.some((e) => e !== error && isDatabaseUnavailable(e, depth + 1));
}

/** What a client should wait before trying again while the database is away, in seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;
