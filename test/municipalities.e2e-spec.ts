import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { FixedClock } from '#cases';
import { parseConfig } from '#platform';
import { createTestDatabase, type TestDatabase } from '#testing';
import { parseTokens } from '../apps/api/src/auth/api-tokens.js';
import { type RunningApi, startApi } from '../apps/api/src/bootstrap.js';

const minutes = (name: string) => readFileSync(new URL(`../demo/minutes/${name}`, import.meta.url), 'utf8');
const CLERK = 'clerk-token-0123456789abcdef';
const EGEDAL_CLERK = 'egedal-token-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

const BODY = 'Økonomiudvalget';
const MEETING = 'oekonomiudvalget-2024-03-05';
const CASE = '00.01.00-A00-1-24';

/** Two municipalities with the same journal number and the same committee on the same day. */
describe('municipalities', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let position = '0';
  const http = () => request(api.app.getHttpServer());
  const write = async (path: string, body: object, token = CLERK) => {
    const response = await http().post(path).set(bearer(token)).send(body);
    if (response.body.position && BigInt(response.body.position) > BigInt(position)) position = response.body.position;
    return response;
  };
  const read = (path: string) => http().get(path).query({ minPosition: position });

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    const tokens = parseTokens(`sekretær:clerk:${CLERK},egedal-sekretær:clerk:${EGEDAL_CLERK}:egedal+240,admin:admin:${ADMIN}`, 'test');
    api = await startApi(parseConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' }), { listen: false, tokens, clock: new FixedClock(new Date('2024-06-01T10:00:00Z')) });
    for (const [prefix, title, outcome, token] of [
      ['', 'Budget for Ballerup', 'approved', CLERK],
      ['/municipalities/egedal', 'Budget for Egedal', 'rejected', EGEDAL_CLERK],
    ] as const) {
      expect((await write(`${prefix}/meetings`, { body: BODY, date: '2024-03-05' }, token)).status).toBe(201);
      expect((await write(`${prefix}/meetings/${MEETING}/items`, { caseNumber: CASE, itemNumber: 1, title }, token)).status).toBe(201);
      expect((await write(`${prefix}/cases/${CASE}/decisions`, { meeting: { meetingId: MEETING }, outcome, decisionText: `${outcome}.` }, token)).status).toBe(201);
    }
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('keeps the same case apart at every read: status, timeline, events, list, search', async () => {
    for (const [prefix, municipality, title, outcome] of [
      ['', 'ballerup', 'Budget for Ballerup', 'approved'],
      ['/municipalities/ballerup', 'ballerup', 'Budget for Ballerup', 'approved'],
      ['/municipalities/egedal', 'egedal', 'Budget for Egedal', 'rejected'],
    ]) {
      expect((await read(`${prefix}/cases/${CASE}`).expect(200)).body).toMatchObject({ municipality, title, lastOutcome: outcome, version: 2 });
      const timeline = (await read(`${prefix}/cases/${CASE}/timeline`).expect(200)).body;
      expect(timeline.entries.map((e: any) => [e.kind, e.text ?? e.outcome])).toEqual([['presented', title], ['decided', `${outcome}.`]]);
      const events = (await read(`${prefix}/cases/${CASE}/events`).expect(200)).body;
      expect(events.data.map((e: any) => [e.municipality, e.streamId, e.type])).toEqual([[municipality, `case-${CASE}`, 'ItemPresented'], [municipality, `case-${CASE}`, 'DecisionTaken']]);
      expect((await read(`${prefix}/cases`).expect(200)).body.data.map((c: any) => c.title)).toEqual([title]);
      expect((await read(`${prefix}/cases`).query({ q: 'Budget' }).expect(200)).body.data.map((c: any) => c.title)).toEqual([title]);
    }
  });

  it('keeps the same meeting apart, and the audit log', async () => {
    for (const [prefix, title, outcome, actor] of [
      ['', 'Budget for Ballerup', 'approved', 'sekretær'],
      ['/municipalities/egedal', 'Budget for Egedal', 'rejected', 'egedal-sekretær'],
    ]) {
      const meeting = (await read(`${prefix}/meetings/${MEETING}`).expect(200)).body;
      expect(meeting.items.map((i: any) => [i.caseNumber, i.title, i.outcome])).toEqual([[CASE, title, outcome]]);
      expect((await read(`${prefix}/meetings`).expect(200)).body.data).toHaveLength(1);
      const audit = (await read(`${prefix}/audit`).query({ caseNumber: CASE }).expect(200)).body.data;
      expect(audit.map((a: any) => [a.kind, a.outcome, a.actor])).toEqual([['decided', outcome, actor]]);
    }
  });

  it('lists the municipalities with data, with counts; an unknown one is 404', async () => {
    const response = (await read('/municipalities').expect(200)).body;
    expect(response).toEqual({
      default: 'ballerup',
      data: [
        { slug: 'ballerup', code: '151', name: 'Ballerup', officialName: 'Ballerup Kommune', cases: 1, meetings: 1 },
        { slug: 'egedal', code: '240', name: 'Egedal', officialName: 'Egedal Kommune', cases: 1, meetings: 1 },
      ],
    });
    expect((await read('/municipalities/aarhus/cases').expect(200)).body.data).toEqual([]);
    expect((await read('/municipalities/atlantis/cases')).status).toBe(404);
    expect((await read(`/municipalities/aarhus/cases/${CASE}`)).status).toBe(404);
  });

  it('shows every route, unprefixed and under /municipalities/{municipality}, in OpenAPI', async () => {
    const { paths } = (await http().get('/docs-json').expect(200)).body;
    for (const path of ['/cases/{caseNumber}/timeline', '/meetings/{meetingId}/items', '/audit', '/imports', '/events/stream', '/corrections', '/cases/{caseNumber}/decisions']) {
      expect(Object.keys(paths)).toContain(path);
      expect(Object.keys(paths)).toContain(`/municipalities/{municipality}${path}`);
    }
    expect(paths['/municipalities']).toBeDefined();
    const parameters = paths['/municipalities/{municipality}/cases/{caseNumber}'].get.parameters.map((p: any) => [p.name, p.in]);
    expect(parameters).toEqual(expect.arrayContaining([['municipality', 'path'], ['caseNumber', 'path']]));
  });

  it('filters the change feed by municipality', async () => {
    const server = api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const url of [`${base}/events/stream?municipality=egedal`, `${base}/municipalities/egedal/events/stream`]) {
      const messages = await readEvents(url, 4);
      expect(messages.map((m) => m.municipality)).toEqual(['egedal', 'egedal', 'egedal', 'egedal']);
    }
    const every = await readEvents(`${base}/events/stream`, 8);
    expect(new Set(every.map((m) => m.municipality))).toEqual(new Set(['ballerup', 'egedal']));
  });

  it('a token scoped to egedal writes there, and gets 403 elsewhere, writing nothing', async () => {
    const before = (await database.pool.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n;
    const refused = await write('/meetings', { body: BODY, date: '2024-04-09' }, EGEDAL_CLERK);
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.body.detail).toMatch(/egedal only, not in ballerup/);
    expect((await write('/municipalities/aarhus/meetings', { body: BODY, date: '2024-04-09' }, EGEDAL_CLERK)).status).toBe(403);
    const imported = await http().post('/imports').set(bearer(EGEDAL_CLERK)).set('Content-Type', 'text/plain').send(minutes('ballerup-ebu-2024-02-06.txt'));
    expect(imported.status).toBe(403);
    expect((await database.pool.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n).toBe(before);
    expect((await write('/municipalities/egedal/meetings', { body: BODY, date: '2024-04-09' }, EGEDAL_CLERK)).status).toBe(201);
  });

  it('journal numbers of every scheme, with a slash percent-encoded in the URL, filtered by scheme', async () => {
    // The committee + date of the other two municipalities is no meeting in aarhus until aarhus records it.
    expect((await write(`/municipalities/aarhus/meetings/${MEETING}/items`, { caseNumber: '14/30210', itemNumber: 2, title: 'Sag' }, ADMIN)).status).toBe(404);
    expect((await write('/municipalities/aarhus/meetings', { body: BODY, date: '2024-03-05' }, ADMIN)).status).toBe(201);
    for (const [number, itemNumber] of [['14/30210', 2], ['EMN-2025-003383', 3], ['Sag nr. 162', 4]] as const) {
      expect((await write(`/municipalities/aarhus/meetings/${MEETING}/items`, { caseNumber: number, itemNumber, title: `Sag ${number}` }, ADMIN)).status).toBe(201);
    }
    const acadre = (await read(`/municipalities/aarhus/cases/${encodeURIComponent('14/30210')}`).expect(200)).body;
    expect(acadre).toMatchObject({ caseNumber: '14/30210', printedNumber: '14/30210', scheme: 'acadre' });
    const list = (await read('/municipalities/aarhus/cases').query({ scheme: 'sag-nr' }).expect(200)).body.data;
    expect(list.map((c: any) => [c.caseNumber, c.printedNumber])).toEqual([['SAG-NR-162', 'Sag nr. 162']]);
    expect((await read(`/municipalities/aarhus/cases/${encodeURIComponent('Sag nr. 162')}/timeline`).expect(200)).body.entries).toHaveLength(1);
  });
});

interface Message {
  municipality: string;
  type: string;
}

/** Reads server-sent events until `count` arrived, then hangs up. */
async function readEvents(url: string, count: number): Promise<Message[]> {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const messages: Message[] = [];
  let buffer = '';
  while (messages.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const data = buffer.slice(0, end).split('\n').find((line) => line.startsWith('data: '));
      buffer = buffer.slice(end + 2);
      if (data) messages.push(JSON.parse(data.slice('data: '.length)));
    }
  }
  abort.abort();
  return messages.slice(0, count);
}
