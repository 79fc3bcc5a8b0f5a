import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const CASE = '27.00.00-A00-3-24';
const BODY = 'Kultur- og Fritidsudvalget';
const MEETING = 'kultur-og-fritidsudvalget-2024-03-05';

describe('conditional reads of a timeline', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);
  let position = '0';
  let tag = '';
  const path = `/cases/${CASE}/timeline`;

  async function write(url: string, body: object, key: string) {
    const response = await h.http().post(url).set(clerk).set('Idempotency-Key', key).send(body).expect(201);
    position = response.body.position;
  }

  beforeAll(async () => {
    h = await startHarness();
    await write('/meetings', { body: BODY, date: '2024-03-05' }, 'm1');
    await write(`/meetings/${MEETING}/items`, { caseNumber: CASE, itemNumber: 4, title: 'Budgetopfølgning' }, 'p1');
  });
  afterAll(() => h.close());

  it('tags the timeline with the case version and answers a matching If-None-Match with 304 and no body', async () => {
    const first = await h.http().get(path).query({ minPosition: position }).expect(200);
    expect(first.headers.etag).toMatch(/^"t1-g\d+\.\d+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await h.http().get(path).set('If-None-Match', first.headers.etag).expect(304);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.text).toBe('');
    await h.http().get(path).set('If-None-Match', `"t0", W/${first.headers.etag}`).expect(304);
    tag = first.headers.etag;
  });

  it('gives a new tag once a fact changes the timeline, and the old one then reads it in full', async () => {
    await write(`/cases/${CASE}/decisions`, { meeting: { meetingId: MEETING }, outcome: 'noted', decisionText: 'Taget til efterretning.' }, 'd1');
    const fresh = await h.http().get(path).query({ minPosition: position }).expect(200);
    expect(fresh.headers.etag).toBe(tag.replace('"t1-', '"t2-'));
    const stale = await h.http().get(path).set('If-None-Match', tag).expect(200);
    expect(stale.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['presented', 'decided']);
    expect(stale.headers.etag).toBe(fresh.headers.etag);
    tag = fresh.headers.etag;
  });

  it('gives a new tag after a rebuild (which is how parked events come back), though no version moved', async () => {
    await h.http().post('/admin/projections/rebuild/case-timeline').set(bearer(TOKENS.admin)).expect(201);
    const rebuilt = await h.http().get(path).expect(200);
    expect(rebuilt.headers.etag).toMatch(/^"t2-g\d+\.\d+"$/);
    expect(rebuilt.headers.etag).not.toBe(tag);
    await h.http().get(path).set('If-None-Match', tag).expect(200);
  });

  it('sends the timeline as UTF-8 JSON with its length, the same headers to HEAD without a body, and no framework name', async () => {
    const full = await h.http().get(path).expect(200);
    expect(full.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(full.headers['content-length'])).toBe(Buffer.byteLength(full.text));
    expect(full.headers['x-powered-by']).toBeUndefined();
    expect(full.headers['x-request-id']).toBeDefined();
    const head = await h.http().head(path).expect(200);
    expect(head.headers.etag).toBe(full.headers.etag);
    expect(head.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(head.text ?? '').toBe('');
  });

  it('answers an unknown case 404 whatever If-None-Match says', async () => {
    await h.http().get('/cases/27.00.00-A00-99-24/timeline').set('If-None-Match', '*').expect(404);
  });
});
