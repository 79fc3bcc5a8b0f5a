import fc from 'fast-check';
import { ProjectionsService } from '../apps/api/src/projections/projections.service.js';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const CASE = '15.00.05-A00-1-19';
const HELD = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const SCRIPT = '<script>alert(1)</script>';
const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
const HTML = { Accept: 'text/html' };

describe('the pages over HTTP: safe by construction, time travel on the API', () => {
  let h: Harness;
  const caughtUp = (position: string) => {
    const projections = h.api.app.get(ProjectionsService);
    return projections.waitForPosition(BigInt(position), projections.runner.projections.map((p) => p.name));
  };

  async function present(caseNumber: string, body: object, key: string) {
    const answer = await h.http().post(`/meetings/${HELD}/items`).set(bearer(TOKENS.clerk)).set('Idempotency-Key', key).send({ caseNumber, ...body });
    expect(answer.status).toBe(201);
    await caughtUp(answer.body.position);
  }

  beforeAll(async () => {
    h = await startHarness({ DEMO_DATA: 'on' });
    await h.api.app.get(ProjectionsService).runner.caughtUp();
    await present('27.00.00-A00-1-24', { itemNumber: 41, title: SCRIPT }, 'script');
    await present('27.00.00-A00-2-24', { itemNumber: 42, title: ATTRIBUTE }, 'attribute');
    await present('27.00.00-A00-3-24', { itemNumber: 43, title: 'LUKKET Personalesag', closed: true }, 'closed');
  }, 60_000); // the demo minutes are imported first
  afterAll(() => h.close());

  const pages = [
    '/',
    `/?q=${encodeURIComponent(SCRIPT)}`,
    `/sager/${CASE}`,
    `/sager/${CASE}?asOf=2024-06-01`,
    '/sager/27.00.00-A00-1-24',
    '/sager/27.00.00-A00-2-24',
    `/moeder/${HELD}`,
    '/revision',
    `/revision?registreretAf=${encodeURIComponent(ATTRIBUTE)}`,
    '/kilder/ballerup-ebu-2024-02-06.txt',
  ];

  it.each(pages)('%s: HTML with a CSP that allows no inline script or style, and none in the page', async (path) => {
    const page = await h.http().get(path).set(HTML).expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(page.text).not.toMatch(/<style/i);
    // Attribute names of real tags only: escaped text from callers may spell out an attribute, harmlessly.
    const tags = (page.text.match(/<[a-z][^>]*>/gi) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
    expect(tags.filter((tag) => /\s(on[a-z]+|style)\s*=/i.test(tag))).toEqual([]);
    expect(Buffer.byteLength(page.text)).toBeLessThan(100_000 + (path.startsWith('/kilder') ? 200_000 : 0));
  });

  it('escapes titles from callers in text and in attributes', async () => {
    const first = await h.http().get('/sager/27.00.00-A00-1-24').set(HTML).expect(200);
    expect(first.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(first.text).not.toContain(SCRIPT);
    const second = await h.http().get('/sager/27.00.00-A00-2-24').set(HTML).expect(200);
    expect(second.text).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(second.text).not.toContain('<img');
    const search = await h.http().get('/').query({ q: ATTRIBUTE }).set(HTML).expect(200);
    expect(search.text).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('a closed item shows its title and number only', async () => {
    const meeting = await h.http().get(`/moeder/${HELD}`).set(HTML).expect(200);
    const closedItem = meeting.text.slice(meeting.text.indexOf('Punkt 43'), meeting.text.indexOf('Punkt 43') + 800);
    expect(closedItem).toContain('LUKKET Personalesag');
    expect(closedItem).toContain('Lukket punkt');
    expect(closedItem).not.toContain('Beslutning');
    const page = await h.http().get('/sager/27.00.00-A00-3-24').set(HTML).expect(200);
    expect(page.text).toContain('Lukket punkt');
  });

  it('the pages only read: no page route takes a write', async () => {
    for (const path of ['/', `/sager/${CASE}`, `/moeder/${HELD}`, '/revision']) {
      expect((await h.http().post(path).send({})).status).toBe(404);
    }
  });

  it('unknown cases and meetings: a Danish 404 page for browsers, problem+json for the rest', async () => {
    const page = await h.http().get('/sager/99.99.99-A99-9-99').set(HTML).expect(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('Ikke fundet');
    const api = await h.http().get('/moeder/no-such-meeting-2020-01-01').expect(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await h.http().get('/kilder/..%2Fpackage.json').set(HTML).then((r) => r.status)).toBe(404);
    expect(await h.http().get('/assets/..%2F..%2Fmain.js').then((r) => r.status)).toBe(404);
  });

  it('?asOf= today equals the projections; the answer says what it is', async () => {
    const now = await h.http().get(`/cases/${CASE}`).expect(200);
    const then = await h.http().get(`/cases/${CASE}`).query({ asOf: '2024-06-01' }).expect(200);
    const { asOf, ...view } = then.body;
    expect(view).toEqual(now.body);
    expect(asOf).toEqual({ date: '2024-06-01', recordedBefore: '2024-06-01T22:00:00.000Z', laterEvents: 0, laterCorrections: 0 });
    const timelineNow = await h.http().get(`/cases/${CASE}/timeline`).expect(200);
    const timelineThen = await h.http().get(`/cases/${CASE}/timeline`).query({ asOf: '2024-06-01' }).expect(200);
    expect(timelineThen.body.entries).toEqual(timelineNow.body.entries);
    expect(timelineThen.body.asOf.date).toBe('2024-06-01');
  });

  it('?asOf= before anything was recorded is a 404 that says so', async () => {
    const answer = await h.http().get(`/cases/${CASE}/timeline`).query({ asOf: '2024-05-31' }).expect(404);
    expect(answer.body.detail).toBe(`Case ${CASE} had nothing recorded by the end of 2024-05-31`);
  });

  it.each([
    ['2024-13-01', /not a date/],
    ['31-01-2024', /not a date/],
    ['2024-06-02', /must not be after today \(2024-06-01\)/],
    ['', /not a date/],
  ])('a bad asOf (%s) is a 400 problem+json naming the field, on the API and on the page', async (asOf, message) => {
    for (const path of [`/cases/${CASE}`, `/cases/${CASE}/timeline`, `/sager/${CASE}`]) {
      const answer = await h.http().get(path).query({ asOf }).expect(400);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(answer.body.errors).toEqual([{ field: 'asOf', message: expect.stringMatching(message) }]);
    }
    const page = await h.http().get(`/sager/${CASE}`).query({ asOf }).set(HTML).expect(400);
    expect(page.text).toContain('asOf');
  });

  it('the audit trail filters by who recorded it', async () => {
    const clerk = await h.http().get('/audit').query({ actor: 'sekretær' }).expect(200);
    expect(clerk.body.data).toEqual([]);
    const importer = await h.http().get('/audit').query({ actor: 'demo-data', kind: 'postponed' }).expect(200);
    expect(importer.body.data.length).toBeGreaterThan(0);
    expect(new Set(importer.body.data.map((r: { actor: string }) => r.actor))).toEqual(new Set(['demo-data']));
  });
});

describe('the pages under generated hostile input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DEMO_DATA: 'on' });
  }, 60_000);
  afterAll(() => h.close());

  /** Percent-encodes UTF-8 bytes (a lone surrogate becomes U+FFFD), or passes a raw, possibly malformed escape. */
  const encode = (value: string) => (value.startsWith('raw:') ? value.slice(4) : [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('', '\u0000', '\ud800', '%', "'; DROP TABLE es_events; --", 'x'.repeat(2001), '2024-02-30', '9999-12-31', '0000-01-01', 'raw:%FF', 'raw:%', 'raw:%E0%A4%A'),
  );
  const params = ['q', 'status', 'udvalg', 'efter', 'asOf', 'art', 'udfald', 'moedeFra', 'moedeTil', 'registreretFra', 'registreretTil', 'registreretAf'];
  const route = fc.oneof(
    fc.constant('/'),
    fc.constant('/revision'),
    fc.constant('/revision.csv'),
    fc.constant(`/sager/${CASE}`),
    value.map((v) => `/sager/${encode(v) || 'x'}`),
    value.map((v) => `/moeder/${encode(v) || 'x'}`),
    value.map((v) => `/kilder/${encode(v) || 'x'}`),
    value.map((v) => `/assets/${encode(v) || 'x'}`),
  );
  const query = fc.array(fc.tuple(fc.constantFrom(...params), value), { maxLength: 4 });

  it('never answers 5xx, whatever the path and query', async () => {
    await fc.assert(
      fc.asyncProperty(route, query, async (path, pairs) => {
        const search = pairs.map(([name, v]) => `${name}=${encode(v)}`).join('&');
        const answer = await h.http().get(search ? `${path}?${search}` : path).set(HTML);
        expect(answer.status).toBeLessThan(500);
      }),
      { seed: 20_261_129, numRuns: 300 },
    );
  }, 120_000);
});
