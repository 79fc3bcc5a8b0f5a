/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export class InvalidCursor extends Error {}

export function decodeCursor(cursor: string | undefined, length: number): unknown[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length) return key;
  } catch {
    // fall through
  }
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
