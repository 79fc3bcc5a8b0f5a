import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#testing';
import { ExpectedVersion, type NewEvent } from './event-store.port.js';
import { PostgresEventStore } from './postgres-event-store.js';

/**
 * Both keys of es_events lead with (municipality, stream_id), and a new store has no planner
 * statistics yet: there the planner may answer "is position n taken?" from the event-id key and read
 * the whole stream. Every statement the store sends is explained (and executed, then rolled back)
 * before it runs for real; each read of es_events in it must touch one entry of the stream, however
 * long the stream is.
 */

function event(): NewEvent {
  return { eventId: randomUUID(), type: 'ItemPresented', schemaVersion: 1, data: { title: 'Orientering' }, metadata: { actor: 'test' } };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

interface Read {
  node: string;
  index?: string;
  rowsPerLoop: number;
  removedByFilter: number;
}

/** Every scan of es_events in the plan (the insert itself left out). */
function readsOfEvents(node: PlanNode): Read[] {
  const own: Read[] =
    node['Relation Name'] === 'es_events' && node['Node Type'] !== 'ModifyTable'
      ? [{ node: node['Node Type'], index: node['Index Name'], rowsPerLoop: node['Actual Rows'] ?? 0, removedByFilter: node['Rows Removed by Filter'] ?? 0 }]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap((child) => readsOfEvents(child))];
}

/** A pool whose queries are first explained with their values, in a transaction rolled back. */
function explaining(pool: pg.Pool, explained: Array<{ statement: string; reads: Read[] }>): pg.Pool {
  const explain = async (text: string, values: unknown[] | undefined) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values);
      explained.push({ statement: text.replace(/\s+/g, ' '), reads: readsOfEvents(rows[0]['QUERY PLAN'][0].Plan) });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  };
  return new Proxy(pool, {
    get(target, property) {
      if (property !== 'query') {
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (config: string | pg.QueryConfig, values?: unknown[]) => {
        const text = typeof config === 'string' ? config : config.text;
        if (/\bes_events\b/.test(text)) await explain(text, typeof config === 'string' ? values : config.values);
        return target.query(config as pg.QueryConfig, values);
      };
    },
  });
}

describe('PostgresEventStore position checks on a store without statistics', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('read one entry of a 400-event stream for every expected version, several streams at once and the stream version', async () => {
    // Autovacuum would analyze the table sooner or later; this test is about the time before.
    await database.pool.query('ALTER TABLE es_events SET (autovacuum_enabled = false)');
    const setup = new PostgresEventStore(database.pool);
    await setup.appendToStream('ballerup/case-long', Array.from({ length: 400 }, event), { expectedVersion: ExpectedVersion.noStream });
    await setup.appendToStream('ballerup/case-other', Array.from({ length: 400 }, event), { expectedVersion: ExpectedVersion.noStream });
    const { rows } = await database.pool.query(`SELECT reltuples FROM pg_class WHERE relname = 'es_events'`);
    expect(rows[0].reltuples).toBe(-1);

    const explained: Array<{ statement: string; reads: Read[] }> = [];
    const store = new PostgresEventStore(explaining(database.pool, explained));
    await store.appendToStream('ballerup/case-long', [event()], { expectedVersion: ExpectedVersion.exact(400) });
    await store.appendToStream('ballerup/case-long', [event(), event()], { expectedVersion: ExpectedVersion.exact(401) });
    await store.appendToStream('ballerup/case-long', [event()], { expectedVersion: ExpectedVersion.any });
    await store.appendToStream('ballerup/case-long', [event()], { expectedVersion: ExpectedVersion.streamExists });
    await store.appendToStreams([
      { streamId: 'ballerup/case-long', events: [event()], expectedVersion: ExpectedVersion.exact(405) },
      { streamId: 'ballerup/case-other', events: [event()], expectedVersion: ExpectedVersion.exact(400) },
    ]);
    expect(await store.streamVersion('ballerup/case-long')).toBe(406);

    expect(explained).toHaveLength(6);
    expect(explained.filter(({ reads }) => reads.length === 0 || reads.some((r) => r.rowsPerLoop > 1 || r.removedByFilter > 0))).toEqual([]);
  });
});
