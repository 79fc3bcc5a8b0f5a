import { isSafeText } from '#cases';

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export class InvalidCursor extends Error {}

/** What one part of a cursor's key must be: the same as the column it continues after. */
export type CursorPart = 'text' | 'date' | 'position';

const PARTS: Record<CursorPart, (value: unknown) => boolean> = {
  // Keys are ids and names the API handed out: bounded, and PostgreSQL must be able to compare them.
  text: (value) => typeof value === 'string' && value.length <= 1000 && isSafeText(value),
  date: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= '0001' && isCalendarDate(value),
  position: (value) => typeof value === 'string' && /^\d{1,19}$/.test(value) && BigInt(value) < 2n ** 63n,
};

// `2024-02-30` parses (as 1 March): a real date reads back as itself.
const isCalendarDate = (value: string): boolean => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value;

/** The key of the row to continue after; a cursor of another shape (or another list's) is refused. */
export function decodeCursor<const Shape extends readonly CursorPart[]>(cursor: string | undefined, shape: Shape): { [I in keyof Shape]: string } | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: refused below
  }
  if (Array.isArray(key) && key.length === shape.length && shape.every((part, i) => PARTS[part](key[i]))) return key as { [I in keyof Shape]: string };
  throw new InvalidCursor('is not a cursor this API handed out');
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Fetches limit + 1 rows to know whether there is a next page without counting. */
export function toPage<Row, T>(rows: Row[], limit: number, map: (row: Row) => T, key: (row: Row) => unknown[]): Page<T> {
  const page = rows.slice(0, limit);
  return { data: page.map(map), nextCursor: rows.length > limit && page.length ? encodeCursor(key(page[page.length - 1]!)) : null };
}
