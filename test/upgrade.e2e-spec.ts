import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { FixedClock } from '#cases';
import { dataSourceOptions, migrations } from '#migrations';
import { parseConfig } from '#platform';
import { createTestDatabase, type TestDatabase } from '#testing';
import request from 'supertest';
import { parseTokens } from '../apps/api/src/auth/api-tokens.js';
import { type RunningApi, startApi } from '../apps/api/src/bootstrap.js';

/**
 * A store written by the code before municipalities (see test/fixtures/upgrade/README.md), upgraded
 * by today's migrations on start, reads back as it did: every read of the fixture, unprefixed and
 * under /municipalities/ballerup (DEFAULT_MUNICIPALITY), answers what the old code answered.
 */
interface Fixture {
  clock: string;
  events: Array<Record<string, any>>;
  reads: Record<string, unknown>;
}

const fixture: Fixture = JSON.parse(readFileSync(new URL('./fixtures/upgrade/store-before-municipalities.json', import.meta.url), 'utf8'));
const BEFORE = migrations.findIndex((m) => m.name.startsWith('Municipalities'));

/** The old schema, then the old rows, one transaction per original transaction, in their order. */
async function restoreOldStore(database: TestDatabase): Promise<void> {
  const old = new DataSource({ ...dataSourceOptions(database.url, 1), migrations: migrations.slice(0, BEFORE), logging: false });
  await old.initialize();
  await old.runMigrations();
  await old.destroy();
  const client = await database.pool.connect();
  try {
    const transactions = new Map<string, Fixture['events']>();
    for (const row of fixture.events) transactions.set(row.transaction_id, [...(transactions.get(row.transaction_id) ?? []), row]);
    for (const rows of transactions.values()) {
      await client.query('BEGIN');
      for (const r of rows) {
        await client.query(
          `INSERT INTO es_events (global_position, stream_id, stream_position, event_id, event_type, schema_version, data, metadata, recorded_at)
           OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [r.global_position, r.stream_id, r.stream_position, r.event_id, r.event_type, r.schema_version, r.data, r.metadata, r.recorded_at],
        );
      }
      await client.query('COMMIT');
    }
    await client.query(`SELECT setval(pg_get_serial_sequence('es_events', 'global_position'), (SELECT max(global_position) FROM es_events))`);
  } finally {
    client.release();
  }
}

describe('upgrading a store written before municipalities', () => {
  let database: TestDatabase;
  let api: RunningApi;
  const http = () => request(api.app.getHttpServer());
  const last = fixture.events.at(-1)!.global_position;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await restoreOldStore(database);
    const config = parseConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
    const tokens = parseTokens('admin:admin:admin-token-0123456789abcdef', 'test');
    api = await startApi(config, { listen: false, tokens, clock: new FixedClock(new Date(fixture.clock)) });
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('keeps every event row, now in the default municipality', async () => {
    const { rows } = await database.pool.query(`SELECT municipality, count(*)::int AS n FROM es_events GROUP BY municipality`);
    expect(rows).toEqual([{ municipality: 'ballerup', n: fixture.events.length }]);
    const { rows: kept } = await database.pool.query(`SELECT global_position::text, stream_id, event_id, data, metadata FROM es_events ORDER BY global_position`);
    expect(kept).toEqual(fixture.events.map(({ global_position, stream_id, event_id, data, metadata }) => ({ global_position, stream_id, event_id, data, metadata })));
  });

  it.each(Object.keys(fixture.reads))('GET %s answers as before, unprefixed and under /municipalities/ballerup', async (path) => {
    const expected = fixture.reads[path];
    for (const prefix of ['', '/municipalities/ballerup']) {
      const read = async (url: string) => (await http().get(url).query({ minPosition: last }).expect(200)).body;
      const body = inFixtureItemOrder(withoutPostponementText(withoutLinkFix(path, Array.isArray(expected) ? await all(read, `${prefix}${path}`) : await read(`${prefix}${path}`))), expected);
      // New fields (municipality, printed number, scheme) may be added; nothing that was there changes,
      // except that raw events read upcast to their type's current schema version (never lower).
      expect(withoutSchemaVersions(body)).toMatchObject(withoutSchemaVersions(expected) as object);
      expect(schemaVersions(body).every((v, i) => v >= schemaVersions(expected)[i]!)).toBe(true);
    }
  });

  it('lists ballerup as the one municipality with data', async () => {
    const response = await http().get('/municipalities').query({ minPosition: last }).expect(200);
    expect(response.body).toEqual({ default: 'ballerup', data: [{ slug: 'ballerup', code: '151', name: 'Ballerup', officialName: 'Ballerup Kommune', cases: (fixture.reads['/cases'] as unknown[]).length, meetings: (fixture.reads['/meetings'] as unknown[]).length }] });
  });
});

describe('upgrading with DEFAULT_MUNICIPALITY=egedal', () => {
  let database: TestDatabase;
  let api: RunningApi;
  const http = () => request(api.app.getHttpServer());
  const last = fixture.events.at(-1)!.global_position;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    await restoreOldStore(database);
    const config = parseConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', DEFAULT_MUNICIPALITY: 'egedal' });
    api = await startApi(config, { listen: false, tokens: [], clock: new FixedClock(new Date(fixture.clock)) });
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('gives the earlier data to the configured municipality, which the unprefixed routes answer for', async () => {
    const { rows } = await database.pool.query(`SELECT municipality, count(*)::int AS n FROM es_events GROUP BY municipality`);
    expect(rows).toEqual([{ municipality: 'egedal', n: fixture.events.length }]);
    const path = '/cases/15.00.05-A00-1-19/timeline';
    for (const prefix of ['', '/municipalities/egedal']) {
      expect(withoutLinkFix(path, (await http().get(`${prefix}${path}`).query({ minPosition: last }).expect(200)).body)).toMatchObject(fixture.reads[path] as object);
    }
    expect((await http().get(`/municipalities/ballerup${path}`).query({ minPosition: last })).status).toBe(404);
  });
});

/** A read with every event's schemaVersion left out (raw event reads answer upcast events). */
/**
 * The one answer that changed on purpose since the fixture's commit: a provisional case's own copy
 * of its link linked it to itself, so the real case listed no provisional ids and its timeline
 * lacked the provisional case's items. This checks that today's answer differs by exactly that,
 * and gives it back as the old code answered.
 */
const LINK = fixture.events.find((e) => e.event_type === 'ProvisionalCaseLinked')!.data as { provisionalId: string; caseId: string };
function withoutLinkFix(path: string, body: any): any {
  const unlinked = (view: any) => {
    if (view?.caseNumber !== LINK.caseId) return view;
    expect(view.provisionalIds).toEqual([LINK.provisionalId]);
    return { ...view, provisionalIds: [] };
  };
  if (path === '/cases') return (body as unknown[]).map(unlinked);
  if (path === `/cases/${LINK.caseId}`) return unlinked(body);
  if (path !== `/cases/${LINK.caseId}/timeline`) return body;
  const provisional = new Set(
    fixture.events.filter((e) => e.stream_id === `case-${LINK.provisionalId}` && e.event_type !== 'ProvisionalCaseLinked').map((e) => e.event_id as string),
  );
  const entries = body.entries as Array<{ eventId: string }>;
  expect(new Set(entries.map((e) => e.eventId).filter((id) => provisional.has(id)))).toEqual(provisional);
  return { ...body, entries: entries.filter((e) => !provisional.has(e.eventId)) };
}

/**
 * Since the read-back fixes, a postponed item of a meeting shows the postponement's own words as its
 * decision text (the old code showed none): each must be exactly the stored ItemPostponed reason, and is
 * then compared as before.
 */
function withoutPostponementText(body: any): any {
  const meeting = (view: any) => {
    if (!view || !Array.isArray(view.items)) return view;
    const items = view.items.map((item: any) => {
      if (!item.postponed || item.decisionText === null || item.outcome !== null) return item;
      const postponed = fixture.events.find((e) => e.event_type === 'ItemPostponed' && e.stream_id === `case-${item.caseNumber}` && e.data.meetingId === view.meetingId);
      expect([item.caseNumber, item.decisionText]).toEqual([item.caseNumber, postponed?.data.reason]);
      return { ...item, decisionText: null };
    });
    return { ...view, items };
  };
  return Array.isArray(body) ? body.map(meeting) : meeting(body);
}

/**
 * Since session 31 a meeting lists its unnumbered items in the order they were first presented (the printed order
 * of an agenda without numbers), where the old code listed them by case id: each meeting's unnumbered items must now
 * follow the store's first ItemPresented / AgendaItemAdded of each, and are then put back in the fixture's order.
 */
function inFixtureItemOrder(body: any, expected: any): any {
  const firstPresented = (meetingId: string, caseId: string) =>
    Math.min(
      ...fixture.events
        .filter((e) => ['ItemPresented', 'AgendaItemAdded'].includes(e.event_type) && e.data.meetingId === meetingId && (e.data.caseId ?? e.stream_id.replace(/^case-/u, '')) === caseId)
        .map((e) => Number(e.global_position)),
    );
  const expectedViews = new Map<string, any>((Array.isArray(expected) ? expected : [expected]).map((view: any) => [view?.meetingId, view]));
  const meeting = (view: any) => {
    const old = expectedViews.get(view?.meetingId);
    if (!Array.isArray(view?.items) || !Array.isArray(old?.items)) return view;
    const unnumbered = view.items.filter((item: any) => item.number === null).map((item: any) => firstPresented(view.meetingId, item.caseNumber));
    expect(unnumbered).toEqual([...unnumbered].sort((a, b) => a - b));
    const oldPlace = (item: any) => old.items.findIndex((o: any) => o.caseNumber === item.caseNumber && o.number === item.number);
    return { ...view, items: [...view.items].sort((a: any, b: any) => oldPlace(a) - oldPlace(b)) };
  };
  return Array.isArray(body) ? body.map(meeting) : meeting(body);
}

function withoutSchemaVersions(body: unknown): unknown {
  const data = (body as { data?: unknown[] })?.data;
  if (!Array.isArray(data) || !data.every((e: any) => e && typeof e === 'object' && 'schemaVersion' in e)) return body;
  return { ...(body as object), data: data.map(({ schemaVersion: _, ...event }: any) => event) };
}

const schemaVersions = (body: unknown): number[] => ((body as { data?: unknown[] })?.data ?? []).map((e: any) => e?.schemaVersion ?? 0);

/** Every page of a list, as the fixture recorded it (pages of 7). */
async function all(read: (url: string) => Promise<any>, path: string): Promise<unknown[]> {
  const rows: unknown[] = [];
  let cursor: string | null = null;
  do {
    const page: any = await read(`${path}?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
