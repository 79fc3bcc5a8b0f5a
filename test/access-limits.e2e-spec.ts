import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

describe('access and limits configured by environment', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ READS_NEED_TOKEN: 'on', WRITE_RATE_LIMIT: '2', MAX_BODY_BYTES: '1000' });
  });
  afterAll(() => h.close());

  it('closes reads when READS_NEED_TOKEN=on, for any role, but keeps /health and /docs open', async () => {
    expect((await h.http().get('/cases')).status).toBe(401);
    expect((await h.http().get('/cases').set(bearer(TOKENS.reader))).status).toBe(200);
    expect((await h.http().get('/health')).status).toBe(200);
    expect((await h.http().get('/docs-json')).status).toBe(200);
  });

  it('answers 413 for a body over MAX_BODY_BYTES, naming the body', async () => {
    const response = await h.http().post('/meetings').set(bearer(TOKENS.admin)).send({ body: 'x'.repeat(2000), date: '2024-03-05' });
    expect(response.status).toBe(413);
    expect(response.body.errors).toEqual([{ field: 'body', message: 'is too large' }]);
  });

  it('limits writes per token per minute with 429 and Retry-After, leaving other tokens alone', async () => {
    const write = (token: string, date: string) => h.http().post('/meetings').set(bearer(token)).send({ body: 'Økonomiudvalget', date });
    expect((await write(TOKENS.clerk, '2024-03-05')).status).toBe(201);
    expect((await write(TOKENS.clerk, '2024-04-09')).status).toBe(201);
    const third = await write(TOKENS.clerk, '2024-05-14');
    expect(third.status).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    const { rows } = await h.database.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE stream_id = 'meeting-oekonomiudvalget-2024-05-14'`);
    expect(rows[0].n).toBe(0);
    expect((await write(TOKENS.admin, '2024-05-14')).status).toBe(201);
  });
});
