import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

/**
 * Generated hostile input, across every endpoint and parameter: wrong types, oversized, NUL and
 * lone surrogates, numbers beyond 64 bits, broken and deeply nested JSON, unknown charsets and
 * encodings, bad tokens and headers. Whatever comes, the answer is never a 5xx, and a refused
 * request writes no event. The seed is fixed: a failure replays exactly.
 */
const SEED = 20_261_129;
const BODY = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
const MEETING = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const CASE = '15.00.05-A00-1-19';
const PROVISIONAL = `P-${MEETING}-7`;

interface RawRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

interface Answer {
  status: number;
  contentType: string;
}

// ---- values a hostile client sends -------------------------------------------------------------

/** Texts: any characters, the ones PostgreSQL refuses, LIKE and SQL syntax, and texts just over each limit. */
const textUpTo = (lengths: number[]) =>
  fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '%', '_', '\\', "'; DROP TABLE es_events; --", '1e+23', 'false', 'null', '[]', '{}'),
    fc.constantFrom(...lengths).chain((n) => fc.constantFrom('Æ'.repeat(n), 'x'.repeat(n))),
  );
const hostileText = textUpTo([201, 1001, 20_001, 100_000]);
// Node takes at most 16 KB of request line and headers: longer URLs are refused before the app.
const hostileQueryText = textUpTo([201, 1001, 2001]);
const hostilePathText = textUpTo([201, 301]);
const MAX_QUERY = 8000;
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, 999, 1000, 2 ** 31, 2 ** 53 + 1, 1e20, 1e308, -0),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom([], [null], [1], ['x'], {}, { a: null }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.constant({ text: 'x' }), { minLength: 199, maxLength: 202 }),
);
/** Query and header values: text, numbers written out, and the edges of 64 bits. */
const hostileParam = fc.oneof(
  hostileQueryText,
  hostileNumber.map(String),
  fc.constantFrom('9999999999999999999', '9223372036854775807', '9223372036854775808', '18446744073709551616', '1e20', '-1', '0', '00', '1.5', '0x10', ' 1'),
  fc.constantFrom('0000-01-01', '9999-12-31T23:59:59-05:00', '2024-02-30', '2024-13-01', '+275760-09-13', '2024-02-06T25:00:00Z'),
  fc.constantFrom('1.2', '1.9999999999999999999', '.', '1.2.3', '18446744073709551616.1'),
  fc.constantFrom(cursor(['x']), cursor([{ a: 1 }]), cursor([1, 2]), cursor(['2024-02-30', 'x']), cursor(['abc']), cursor(['9999999999999999999']), cursor(['\u0000']), 'not-base64!', cursor(Array(1000).fill('x'))),
);

function cursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Percent-encodes bytes, so that even lone surrogates (as U+FFFD) and NUL reach the server. */
function pathSegment(raw: string): string {
  return [...Buffer.from(raw, 'utf8')].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0').toUpperCase()}`)).join('');
}

const caseParam = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(CASE, PROVISIONAL, '15.00.05-A00-2-19', '15.00.05-A00-12345678901234567890-19') },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(`15.00.05-A00-${'9'.repeat(40)}-19`), hostilePathText) },
);
const meetingParam = fc.oneof(
  { weight: 3, arbitrary: fc.constant(MEETING) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom('x'.repeat(301), 'UPPER', 'unknown-2024-01-01'), hostilePathText) },
);

// ---- write bodies: a valid body with some fields replaced, removed or added --------------------

const VALID: Record<string, { path: (c: string, m: string) => string; body: Record<string, unknown> }> = {
  ScheduleMeeting: { path: () => '/meetings', body: { body: BODY, date: '2024-02-06', startTime: '08:00', place: 'Mødecenter C' } },
  RecordAttendance: { path: (_c, m) => `/meetings/${m}/attendance`, body: { participants: [{ name: 'Allan Kristensen', party: 'C', attendance: 'apologies' }], itemNumber: 10 } },
  CancelMeeting: { path: (_c, m) => `/meetings/${m}/cancellation`, body: { reason: 'Mødet aflyst.' } },
  PresentItem: {
    path: (_c, m) => `/meetings/${m}/items`,
    body: {
      caseNumber: CASE,
      itemNumber: 10,
      title: 'Orientering',
      closed: false,
      decidingBody: BODY,
      recommendation: [{ number: 1, text: 'Tages til efterretning.' }],
      summary: [{ heading: 'Sammendrag', text: 'Tekst.' }],
      attachments: [{ title: 'Bilag', recommended: true }],
    },
  },
  PostponeItem: { path: (c) => `/cases/${c}/postponements`, body: { meeting: { meetingId: MEETING, body: BODY, date: '2024-02-06' }, reason: 'Udsættes.', agendaItem: { itemNumber: 3, title: 'T', closed: false } } },
  RecordDecision: {
    path: (c) => `/cases/${c}/decisions`,
    body: { meeting: { meetingId: MEETING }, outcome: 'approved', decisionText: 'Godkendt.', remarks: 'R', pointOutcomes: [{ point: 1, outcome: 'approved', text: 'G' }], decidingBody: BODY, agendaItem: { itemNumber: 4 } },
  },
  NoteEarlierTreatment: { path: (c) => `/cases/${c}/earlier-treatments`, body: { body: BODY, date: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling', notedAt: MEETING } },
  LinkProvisionalCase: { path: () => `/cases/${PROVISIONAL}/link`, body: { caseNumber: CASE } },
  CorrectFact: {
    path: () => '/corrections',
    body: { caseNumber: CASE, targetEventId: '00000000-0000-5000-8000-000000000000', action: 'correct', reason: 'Fejl.', changes: { title: 'Ny titel' } },
  },
};

/** Every field path of a body, nested ones included (`recommendation.0.text`). */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, v]) => fieldPaths(v, [...prefix, key]))];
}

function withField(body: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: any = Array.isArray(body) ? [...body] : { ...(body as object) };
  const [head, ...rest] = path;
  if (value === undefined && rest.length === 0) delete copy[head!];
  else copy[head!] = withField(copy[head!], rest, value);
  return copy;
}

const mutatedBody = (valid: Record<string, unknown>) =>
  fc
    .array(fc.tuple(fc.constantFrom(...fieldPaths(valid)), fc.oneof(hostileValue, fc.constant(undefined))), { minLength: 0, maxLength: 3, size: 'xsmall' })
    .map((changes) => changes.reduce<unknown>((body, [path, value]) => withField(body, path, value), valid));

const deepJson = fc.integer({ min: 30, max: 100_000 }).map((depth) => `{"body":${'['.repeat(depth)}${']'.repeat(depth)},"date":"2024-02-06"}`);
const brokenJson = fc.oneof(fc.constantFrom('', '{', '{"a":', 'null', '[]', '"x"', '1', '{"body":"\\ud800","date":"2024-02-06"}', '{"__proto__":{"x":1}}'), fc.string({ maxLength: 40 }));

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=bogus',
  'application/problem+json',
  'text/plain',
  'text/plain; charset=bogus',
  'text/plain; charset=latin1',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '',
);
const contentEncoding = fc.constantFrom(undefined, 'identity', 'gzip', 'deflate', 'br', 'compress', 'bogus', 'gzip, gzip');

const authorization = fc.constantFrom(
  `Bearer ${TOKENS.clerk}`,
  `bearer ${TOKENS.clerk}`,
  `BEARER  ${TOKENS.admin}`,
  `Bearer ${TOKENS.admin}`,
  `Bearer ${TOKENS.reader}`,
  'Bearer ',
  'Bearer',
  'Basic dXNlcjpwYXNz',
  `Bearer ${'x'.repeat(5000)}`,
  undefined,
);
/** Mostly absent, so that the other parts of a request get their turn. */
const optionalHeader = (values: fc.Arbitrary<string>) => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: values });

function headers(entries: Record<string, string | undefined>): Record<string, string> {
  // Node refuses to send a header with NUL or a line break; a server never sees one either.
  return Object.fromEntries(Object.entries(entries).filter((e): e is [string, string] => e[1] !== undefined && /^[\t\x20-\x7e\x80-\xff]*$/.test(e[1])));
}

const writeRequest: fc.Arbitrary<RawRequest> = fc
  .record({
    command: fc.constantFrom(...Object.keys(VALID)),
    caseId: caseParam,
    meetingId: meetingParam,
    payload: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: deepJson }, { weight: 1, arbitrary: brokenJson }),
    type: fc.oneof({ weight: 5, arbitrary: fc.constant('application/json') }, { weight: 2, arbitrary: contentType }),
    encoding: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: contentEncoding }),
    authorization: fc.oneof({ weight: 5, arbitrary: fc.constant(`Bearer ${TOKENS.admin}`) }, { weight: 1, arbitrary: authorization }),
    ifMatch: optionalHeader(fc.oneof(hostileParam, fc.constantFrom('"0"', '"1"', '*', 'W/"2"', '"9999999999"'))),
    idempotencyKey: optionalHeader(fc.oneof(hostileParam, fc.constantFrom('k1', 'k2', 'k'.repeat(201)))),
    requestId: optionalHeader(hostileParam),
  })
  .chain((r) => mutatedBody(VALID[r.command]!.body).map((body) => ({ ...r, body })))
  .map((r) => ({
    method: 'POST' as const,
    path: VALID[r.command]!.path(pathSegment(r.caseId), pathSegment(r.meetingId)),
    headers: headers({
      'content-type': r.type || undefined,
      'content-encoding': r.encoding,
      authorization: r.authorization,
      'if-match': r.ifMatch,
      'idempotency-key': r.idempotencyKey,
      'x-request-id': r.requestId,
    }),
    body: Buffer.from(r.payload ?? JSON.stringify(r.body) ?? '', 'utf8'),
  }));

const importRequest: fc.Arbitrary<RawRequest> = fc
  .record({
    text: fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom('REFERAT', '\u0000\u0000', `REFERAT ${'Langt'.repeat(600)}udvalget d. 05-03-2024\n\nPunkt 1: Orientering\n\n15.00.05-A00-9-24\n\nBeslutning\n\nGodkendt\n`),
      fc.tuple(hostileText, hostileText, hostileText).map(
        ([committee, title, decision]) => `REFERAT ${committee} d. 05-03-2024\n\nMødedato Tirsdag d. 5. marts 2024 kl. 08:00\n\nPunkt 1: ${title}\n\n15.00.05-A00-${'9'.repeat(25)}-24\n\nBeslutningen træffes af\n\n${committee}\n\nBeslutning\n\n${decision}\n`,
      ),
    ),
    type: contentType,
    encoding: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: contentEncoding }),
    name: optionalHeader(hostileParam),
  })
  .map((r) => ({
    method: 'POST' as const,
    path: `/imports${r.name === undefined ? '' : `?name=${pathSegment(r.name)}`}`,
    headers: headers({ 'content-type': r.type || undefined, 'content-encoding': r.encoding, authorization: `Bearer ${TOKENS.clerk}` }),
    body: Buffer.from(r.text, 'utf8'),
  }));

const READS: Array<{ path: (c: string, m: string) => string; params: string[] }> = [
  { path: () => '/cases', params: ['status', 'body', 'q', 'limit', 'cursor', 'minPosition'] },
  { path: (c) => `/cases/${c}`, params: ['minPosition'] },
  { path: (c) => `/cases/${c}/timeline`, params: ['minPosition'] },
  { path: (c) => `/cases/${c}/events`, params: ['from', 'limit', 'minPosition'] },
  { path: () => '/meetings', params: ['body', 'from', 'to', 'limit', 'cursor', 'minPosition'] },
  { path: (_c, m) => `/meetings/${m}`, params: ['minPosition'] },
  { path: () => '/audit', params: ['kind', 'outcome', 'body', 'caseNumber', 'from', 'to', 'recordedFrom', 'recordedTo', 'limit', 'cursor', 'minPosition'] },
  { path: () => '/health', params: [] },
];

const readRequest: fc.Arbitrary<RawRequest> = fc
  .record({
    read: fc.constantFrom(...READS),
    caseId: caseParam,
    meetingId: meetingParam,
    values: fc.array(hostileParam, { minLength: 11, maxLength: 11 }),
    present: fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
    repeated: fc.boolean(),
    minPositionHeader: optionalHeader(hostileParam),
    ifNoneMatch: optionalHeader(hostileParam),
    authorization,
  })
  .map((r) => {
    const query = r.read.params
      .filter((_, i) => r.present[i])
      .map((name, i) => `${name}=${pathSegment(r.values[i]!)}${r.repeated && i === 0 ? `&${name}=${pathSegment(r.values[i + 1]!)}` : ''}`)
      .reduce((query, param) => (query.length + param.length < MAX_QUERY ? (query ? `${query}&${param}` : param) : query), '');
    return {
      method: 'GET' as const,
      path: `${r.read.path(pathSegment(r.caseId), pathSegment(r.meetingId))}${query ? `?${query}` : ''}`,
      headers: headers({ 'x-min-position': r.minPositionHeader, 'if-none-match': r.ifNoneMatch, authorization: r.authorization }),
    };
  });

const streamRequest: fc.Arbitrary<RawRequest> = fc.record({ after: optionalHeader(hostileParam), lastEventId: optionalHeader(hostileParam) }).map((r) => ({
  method: 'GET' as const,
  path: `/events/stream${r.after === undefined ? '' : `?after=${pathSegment(r.after)}`}`,
  headers: headers({ 'last-event-id': r.lastEventId }),
}));

const rebuildRequest: fc.Arbitrary<RawRequest> = fc
  .record({ name: fc.oneof(fc.constantFrom('', 'case-status', 'meetings', 'nope'), hostilePathText), authorization })
  .map((r) => ({ method: 'POST' as const, path: `/admin/projections/rebuild${r.name ? `/${pathSegment(r.name)}` : ''}`, headers: headers({ authorization: r.authorization }) }));

describe('generated hostile input: never a 5xx, and nothing written by a refused request', () => {
  let h: Harness;
  let server: http.Server;
  let port: number;
  let sent = 0;
  const statuses = new Map<number, number>();
  const events = async () => (await h.database.pool.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n as number;

  /** Sends the request as raw bytes; a server-sent event stream is hung up on as soon as it answers. */
  function send(request: RawRequest): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const outgoing = http.request({ host: '127.0.0.1', port, method: request.method, path: request.path, headers: { ...request.headers, ...(request.body ? { 'content-length': String(request.body.length) } : {}) } }, (response) => {
        const answer = { status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? '') };
        if (answer.contentType.startsWith('text/event-stream')) {
          response.destroy();
          return resolve(answer);
        }
        response.resume();
        response.on('end', () => resolve(answer));
        response.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  }

  // The property that runs now: a property that outlived its test's timeout (a loaded machine) stops at its next request
  // rather than writing into the next property's counts.
  let running = '';
  const checkIn = (property: string) => (request: RawRequest) => {
    if (running !== property) throw new Error(`${property}: its test has ended`);
    return check(request);
  };
  const propertyRuns = (property: string) => {
    running = property;
    return { seed: SEED, endOnFailure: true };
  };

  async function check(request: RawRequest): Promise<void> {
    const before = await events();
    const answer = await send(request);
    sent++;
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    const written = (await events()) - before;
    const summary = { method: request.method, path: request.path.slice(0, 200), status: answer.status };
    // On failure fast-check shows the whole request (shrunk); the summary says what went wrong.
    expect({ ...summary, serverError: answer.status >= 500 }).toEqual({ ...summary, serverError: false });
    if (answer.status >= 400) {
      expect({ ...summary, written: (await events()) - before }).toEqual({ ...summary, written: 0 });
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
    }
  }

  beforeAll(async () => {
    h = await startHarness({ WRITE_RATE_LIMIT: '1000000', DEMO_DATA: 'off' });
    server = h.api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    // Something to find: a meeting, a case on it and a provisional case, so requests reach the domain's rules.
    const clerk = bearer(TOKENS.clerk);
    await h.http().post('/meetings').set(clerk).send({ body: BODY, date: '2024-02-06' }).expect(201);
    await h.http().post(`/meetings/${MEETING}/items`).set(clerk).send({ caseNumber: CASE, itemNumber: 10, title: 'Orientering om nytteindsatsen' }).expect(201);
    await h.http().post(`/meetings/${MEETING}/items`).set(clerk).send({ itemNumber: 7, title: 'Punkt uden sagsnummer' }).expect(201);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await h.close();
  });

  // 600 + 120 + 400 + 60 + 30 = 1,210 requests. The timeouts are guards for a loaded machine (the whole file takes
  // about 60 s on a quiet one), not speed targets.
  it('writes: every command with fields replaced, removed or added, broken and deep JSON, odd charsets and encodings', async () => {
    await fc.assert(fc.asyncProperty(writeRequest, checkIn('writes')), { ...propertyRuns('writes'), numRuns: 600 });
  }, 240_000);

  it('imports: any text, charset and encoding', async () => {
    await fc.assert(fc.asyncProperty(importRequest, checkIn('imports')), { ...propertyRuns('imports'), numRuns: 120 });
  }, 120_000);

  it('reads: every query parameter, repeated or out of range, with hostile path ids and headers', async () => {
    await fc.assert(fc.asyncProperty(readRequest, checkIn('reads')), { ...propertyRuns('reads'), numRuns: 400 });
  }, 180_000);

  it('the event stream: any resume position', async () => {
    await fc.assert(fc.asyncProperty(streamRequest, checkIn('stream')), { ...propertyRuns('stream'), numRuns: 60 });
  }, 90_000);

  it('admin rebuilds: any projection name and token', async () => {
    await fc.assert(fc.asyncProperty(rebuildRequest, checkIn('rebuilds')), { ...propertyRuns('rebuilds'), numRuns: 30 });
  }, 90_000);

  it('sent at least 1,000 requests, refused many and accepted some', () => {
    expect(sent).toBeGreaterThanOrEqual(1000);
    const count = (from: number, to: number) => [...statuses].filter(([s]) => s >= from && s < to).reduce((n, [, c]) => n + c, 0);
    expect(count(400, 500)).toBeGreaterThan(300);
    expect(count(200, 300)).toBeGreaterThan(50);
  });
});
