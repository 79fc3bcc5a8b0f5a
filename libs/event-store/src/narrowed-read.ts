import type { RecordedEvent } from './event-store.port.js';

/**
 * What a reader (a projection) reads of each event. A narrowed read selects only these data fields
 * from PostgreSQL (each on its own, `data->'field'`) instead of the whole data, metadata and time:
 * less to send, to parse and to keep in memory when the data holds long texts the reader never looks at.
 */
export interface EventReads {
  /** The data fields read. A field the event does not have stays absent; a JSON null stays null. */
  readonly data: readonly string[];
  /** Read `metadata`; otherwise it is `{}`. */
  readonly metadata?: boolean;
  /** Read `recordedAt`; otherwise it is an invalid date (whose `toISOString` throws), never a plausible time. */
  readonly recordedAt?: boolean;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The select list for a narrowed read: each field as JSON text (so that a field holding JSON null is
 * told apart from a missing one, which is SQL NULL), and the whole data only for event types an
 * upcaster may change, which must see the data as stored.
 */
export function narrowedColumns(reads: EventReads, upcastTypes: readonly string[]): string {
  const fields = reads.data.map((field, i) => {
    if (!IDENTIFIER.test(field)) throw new Error(`Bug: a narrowed read names the data field ${JSON.stringify(field)}`);
    return `(data->'${field}')::text AS d${i}`;
  });
  const whole = upcastTypes.length > 0 ? `CASE WHEN event_type IN (${upcastTypes.map(literal).join(', ')}) THEN data END AS data` : 'NULL::jsonb AS data';
  return [...fields, whole, ...(reads.metadata ? ['metadata'] : []), ...(reads.recordedAt ? ['recorded_at'] : [])].join(', ');
}

const columnNames = new WeakMap<EventReads, string[]>();
const columnsOf = (reads: EventReads) => {
  let names = columnNames.get(reads);
  if (!names) columnNames.set(reads, (names = reads.data.map((_, i) => `d${i}`)));
  return names;
};

const QUOTE = 34;
const BACKSLASH = '\\';

/** JSON text to its value; a string without escapes (most fields) is cut out instead of parsed. */
function fromJson(text: string): unknown {
  if (text.charCodeAt(0) === QUOTE && !text.includes(BACKSLASH)) return text.slice(1, -1);
  return JSON.parse(text);
}

/**
 * Completes an event read with narrowedColumns: `recorded` is it with the whole data (upcast) when
 * its type has an upcaster, else with none; either way it keeps only the fields read.
 */
export function narrowedEvent(row: Record<string, unknown>, reads: EventReads, recorded: RecordedEvent): RecordedEvent {
  const data: Record<string, unknown> = {};
  const whole = recorded.data as Record<string, unknown> | null;
  if (whole !== null && typeof whole === 'object') {
    for (const field of reads.data) if (whole[field] !== undefined) data[field] = whole[field];
  } else if (whole === null) {
    const columns = columnsOf(reads);
    for (let i = 0; i < columns.length; i++) {
      const text = row[columns[i]!] as string | null;
      if (text !== null) data[reads.data[i]!] = fromJson(text);
    }
  }
  recorded.data = data;
  if (!reads.metadata) recorded.metadata = {};
  if (!reads.recordedAt) recorded.recordedAt = new Date(Number.NaN);
  return recorded;
}
