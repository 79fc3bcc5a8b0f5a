import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const BODY = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
const HELD = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const CASE = '15.00.05-A00-1-19';
const TOO_BIG = '9999999999999999999';

/** One test per way a hostile client got a 500 before: each is now a 4xx problem that names the field and writes nothing. */
describe('bad input gets a clear 4xx, never a 500', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);
  const events = async () => (await h.database.pool.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n as number;
  const post = (path: string) => h.http().post(path).set(clerk);
  const postRaw = (path: string, json: string, type = 'application/json') => post(path).set('Content-Type', type).send(json);

  /** A refusal: the status, problem+json, the named fields, and not one event written. */
  async function refused(request: () => PromiseLike<{ status: number; body: any; headers: Record<string, string> }>, status: number, fields: string[]) {
    const before = await events();
    const response = await request();
    expect({ status: response.status, fields: (response.body.errors ?? []).map((e: { field: string }) => e.field) }).toEqual({ status, fields: expect.arrayContaining(fields) });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await events()).toBe(before);
    return response;
  }

  beforeAll(async () => {
    h = await startHarness();
    await post('/meetings').send({ body: BODY, date: '2024-02-06' }).expect(201);
    await post(`/meetings/${HELD}/items`).send({ caseNumber: CASE, itemNumber: 10, title: 'Orientering om nytteindsatsen' }).expect(201);
  });
  afterAll(() => h.close());

  describe('bodies that cannot be read', () => {
    it('JSON in a charset other than UTF-8 is 415, naming Content-Type', async () => {
      await refused(() => postRaw('/meetings', JSON.stringify({ body: BODY, date: '2024-03-05' }), 'application/json; charset=latin1'), 415, ['Content-Type']);
      await refused(() => postRaw('/meetings', JSON.stringify({ body: BODY, date: '2024-03-05' }), 'application/json; charset=utf-16'), 415, ['Content-Type']);
    });

    it('an unsupported Content-Encoding is 415, naming Content-Encoding', async () => {
      await refused(() => post('/meetings').set('Content-Type', 'application/json').set('Content-Encoding', 'compress').send('{}'), 415, ['Content-Encoding']);
    });

    it('text/plain in an unknown charset on /imports is 415', async () => {
      await refused(() => postRaw('/imports', 'REFERAT', 'text/plain; charset=bogus'), 415, ['Content-Type']);
    });

    it('JSON nested 100,000 deep is 400 before anything walks it', async () => {
      const deep = `{"body":${'['.repeat(100_000)}${']'.repeat(100_000)},"date":"2024-03-05"}`;
      const response = await refused(() => postRaw('/meetings', deep), 400, ['body']);
      expect(response.body.detail).toMatch(/deeper than 32/);
      // Brackets inside strings are text, not nesting.
      const bracketed = JSON.stringify({ body: `${'['.repeat(100)} Udvalget`, date: '2024-03-05' });
      expect((await postRaw('/meetings', bracketed)).status).toBe(201);
    });
  });

  describe('every field typed and bounded', () => {
    it('NUL and a lone surrogate in any text are 400 naming the field', async () => {
      await refused(() => postRaw(`/meetings/${HELD}/cancellation`, '{"reason":"aflyst\\u0000"}'), 400, ['reason']);
      await refused(() => postRaw(`/meetings/${HELD}/items`, `{"caseNumber":"${CASE}","title":"x\\ud800y"}`), 400, ['title']);
      await refused(() => postRaw(`/meetings/${HELD}/items`, `{"caseNumber":"${CASE}","title":"t","summary":[{"heading":"h","text":"\\udfff"}]}`), 400, ['summary[0].text']);
      await refused(() => postRaw(`/meetings/${HELD}/attendance`, '{"participants":[{"name":"A\\u0000","attendance":"attended"}]}'), 400, ['participants[0].name']);
    });

    it('a list field that is not a list, or holds null, is 400 naming it', async () => {
      const item = { caseNumber: CASE, title: 'Orientering' };
      for (const field of ['recommendation', 'summary', 'attachments']) {
        await refused(() => post(`/meetings/${HELD}/items`).send({ ...item, [field]: 'x' }), 400, [field]);
        await refused(() => post(`/meetings/${HELD}/items`).send({ ...item, [field]: [null] }), 400, [`${field}[0]`]);
      }
      const decision = { meeting: { meetingId: HELD }, outcome: 'noted', decisionText: 'Taget til efterretning.' };
      await refused(() => post(`/cases/${CASE}/decisions`).send({ ...decision, pointOutcomes: { point: 1 } }), 400, ['pointOutcomes']);
      await refused(() => post(`/cases/${CASE}/decisions`).send({ ...decision, pointOutcomes: [null] }), 400, ['pointOutcomes[0]']);
      await refused(() => post(`/meetings/${HELD}/attendance`).send({ participants: [null] }), 400, ['participants[0]']);
      await refused(() => post(`/meetings/${HELD}/items`).send({ ...item, recommendation: [{ number: 1, text: '' }, { number: 2 }] }), 400, ['recommendation[1].text']);
    });

    it('closed is a real boolean: the string "false" is 400', async () => {
      await refused(() => post(`/meetings/${HELD}/items`).send({ caseNumber: '15.00.05-A00-2-19', title: 'Lukket punkt', closed: 'false' }), 400, ['closed']);
    });

    it('names, titles and texts over their limits are 400 naming the field', async () => {
      await refused(() => post('/meetings').send({ body: 'U'.repeat(201), date: '2024-03-05' }), 400, ['body']);
      await refused(() => post('/meetings').send({ body: 'U'.repeat(6_500), date: '2024-03-05' }), 400, ['body']);
      await refused(() => post(`/meetings/${HELD}/items`).send({ caseNumber: CASE, title: 't'.repeat(1_000_000) }), 400, ['title']);
      await refused(
        () => post(`/cases/${CASE}/decisions`).send({ meeting: { meetingId: HELD }, outcome: 'noted', decisionText: 'x'.repeat(20_001) }),
        400,
        ['decisionText'],
      );
      await refused(() => post(`/cases/${CASE}/earlier-treatments`).send({ body: 'U'.repeat(3_000), date: '2023-01-17', foundIn: 'tidligere-behandling' }), 400, ['body']);
      const tooMany = Array.from({ length: 201 }, (_, i) => ({ number: i + 1, text: 'punkt' }));
      await refused(() => post(`/meetings/${HELD}/items`).send({ caseNumber: CASE, title: 't', recommendation: tooMany }), 400, ['recommendation']);
    });

    it('publishes the limits in the OpenAPI document', async () => {
      const docs = (await h.http().get('/docs-json').expect(200)).body;
      const bodyOf = (path: string) => docs.paths[path].post.requestBody.content['application/json'].schema;
      expect(bodyOf('/meetings').properties.body.maxLength).toBe(200);
      const item = bodyOf('/meetings/{meetingId}/items');
      expect(item.properties.title.maxLength).toBe(1000);
      expect(item.properties.closed.type).toBe('boolean');
      expect(item.properties.recommendation.maxItems).toBe(200);
      expect(bodyOf('/cases/{caseNumber}/decisions').properties.decisionText.maxLength).toBe(20000);
      expect(docs.paths['/meetings'].post.responses['415']).toBeDefined();
    });

    it('a committee name over the limit in an imported referat is a clear refusal, not a 500', async () => {
      const referat = (committee: string) =>
        `REFERAT ${committee} d. 05-03-2024\n\nMødedato Tirsdag d. 5. marts 2024 kl. 08:00\n\nPunkt 1: Orientering\n\n15.00.05-A00-9-24\n\nBeslutning\n\nTaget til efterretning\n`;
      const before = await events();
      const response = await post('/imports').set('Content-Type', 'text/plain').send(referat(`${'Langt'.repeat(600)}udvalget`));
      expect(response.status).toBe(422);
      expect(response.body.detail).toMatch(/at most 200 characters/);
      expect(await events()).toBe(before);
    });

    it('an item title over the limit in an imported referat fails that item in the report', async () => {
      const referat = `REFERAT Økonomiudvalget d. 05-03-2024\n\nMødedato Tirsdag d. 5. marts 2024 kl. 08:00\n\nPunkt 1: ${'Lang titel '.repeat(100)}\n\n15.00.05-A00-9-24\n\nBeslutning\n\nTaget til efterretning\n`;
      const response = await post('/imports').set('Content-Type', 'text/plain').send(referat);
      expect(response.status).toBeLessThan(300);
      expect(response.body.items).toEqual([expect.objectContaining({ written: 'failed', error: expect.stringMatching(/title: must be at most 1000 characters/) })]);
      expect((await h.http().get('/cases/15.00.05-A00-9-24').query({ minPosition: '1' })).status).toBe(404);
    });
  });

  describe('read parameters out of range', () => {
    it('positions beyond 64 bits are 400', async () => {
      await refused(() => h.http().get('/cases').query({ minPosition: TOO_BIG }), 400, ['minPosition']);
      await refused(() => h.http().get('/cases').set('X-Min-Position', TOO_BIG), 400, ['minPosition']);
      await refused(() => h.http().get('/events/stream').query({ after: TOO_BIG }), 400, ['after']);
      await refused(() => h.http().get('/events/stream').query({ after: `1.${TOO_BIG}` }), 400, ['after']);
      await refused(() => h.http().get(`/cases/${CASE}/events`).query({ from: '1e20' }), 400, ['from']);
      await refused(() => h.http().get(`/cases/${CASE}/events`).query({ from: '99999999999999999999' }), 400, ['from']);
    });

    it('dates out of range are 400', async () => {
      await refused(() => h.http().get('/audit').query({ recordedTo: '0000-01-01' }), 400, ['recordedTo']);
      await refused(() => h.http().get('/audit').query({ recordedFrom: '9999-12-31T23:00:00-05:00' }), 400, ['recordedFrom']);
      await refused(() => h.http().get('/meetings').query({ from: '0000-01-01' }), 400, ['from']);
    });

    it('a cursor of the wrong shape is 400 on /cases, /meetings and /audit', async () => {
      const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
      await refused(() => h.http().get('/cases').query({ cursor: cursor([{ a: 1 }]) }), 400, ['cursor']);
      await refused(() => h.http().get('/meetings').query({ cursor: cursor([1, 2]) }), 400, ['cursor']);
      await refused(() => h.http().get('/meetings').query({ cursor: cursor(['2024-02-30', 'x']) }), 400, ['cursor']);
      await refused(() => h.http().get('/audit').query({ cursor: cursor(['abc']) }), 400, ['cursor']);
      await refused(() => h.http().get('/audit').query({ cursor: cursor([TOO_BIG]) }), 400, ['cursor']);
      await refused(() => h.http().get('/cases').query({ cursor: cursor(['\u0000']) }), 400, ['cursor']);
    });

    it('a path that does not percent-decode is 400', async () => {
      await refused(() => h.http().get('/cases/%E0%A4%A'), 400, []);
      await refused(() => h.http().get('/meetings/%ZZ'), 400, []);
      await refused(() => post('/cases/%E0%A4%A/decisions').send({}), 400, []);
    });

    it('an upload named with NUL is 400 naming the file', async () => {
      // RFC 5987 lets the file name carry any character, percent-encoded.
      const multipart = ['--x', `Content-Disposition: form-data; name="file"; filename*=utf-8''a%00b.txt`, 'Content-Type: text/plain', '', 'REFERAT', '--x--', ''].join('\r\n');
      await refused(() => postRaw('/imports', multipart, 'multipart/form-data; boundary=x'), 400, ['file']);
    });

    it('NUL in q or body is 400', async () => {
      await refused(() => h.http().get('/cases?q=%00'), 400, ['q']);
      await refused(() => h.http().get('/cases?body=%00'), 400, ['body']);
      await refused(() => h.http().get('/meetings?body=%00'), 400, ['body']);
    });

    it('LIKE wildcards in q are literal', async () => {
      for (const q of ['%', '_', '\\', 'nytte%']) {
        const response = await h.http().get('/cases').query({ q, minPosition: '1' }).expect(200);
        expect(response.body.data).toEqual([]);
      }
      const found = await h.http().get('/cases').query({ q: 'nytteindsatsen', minPosition: '1' }).expect(200);
      expect(found.body.data.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([CASE]);
    });
  });

  it('the Bearer scheme is case-insensitive', async () => {
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const response = await h.http().post('/meetings').set('Authorization', `${scheme} ${TOKENS.clerk}`).send({ body: BODY, date: '2024-04-09' });
      expect(response.status).toBeLessThan(300);
    }
  });

  it('a meeting id derived from a long committee name reads back', async () => {
    for (const name of ['Udvalget for '.padEnd(195, 'x'), 'Æ'.repeat(200)]) {
      const created = await post('/meetings').send({ body: name, date: '2024-05-14' }).expect(201);
      const id = created.body.events[0].streamId.replace(/^meeting-/, '');
      expect(id.length).toBeLessThanOrEqual(211);
      const read = await h.http().get(`/meetings/${id}`).query({ minPosition: created.body.position }).expect(200);
      expect(read.body.body).toBe(name);
    }
  });

  it('journal numbers are text: two long running numbers are two streams, none printed as 1e+23', async () => {
    const numbers = ['15.00.05-A00-12345678901234567890-19', '15.00.05-A00-12345678901234567891-19', '15.00.05-A00-99999999999999999999999-19'];
    let position = '1';
    for (const caseNumber of numbers) position = (await post(`/meetings/${HELD}/items`).send({ caseNumber, title: `Sag ${caseNumber}` }).expect(201)).body.position;
    const { rows } = await h.database.pool.query(`SELECT DISTINCT stream_id FROM es_events WHERE stream_id LIKE 'case-15.00.05-A00-%' ORDER BY stream_id`);
    expect(rows.map((r) => r.stream_id)).toEqual(expect.arrayContaining(numbers.map((n) => `case-${n}`)));
    expect(rows.some((r) => r.stream_id.includes('e+'))).toBe(false);
    const read = await h.http().get(`/cases/${numbers[2]}`).query({ minPosition: position }).expect(200);
    expect(read.body.caseNumber).toBe(numbers[2]);
  });
});
