import request from 'supertest';
import { parseConfig } from '#platform';
import { createTestDatabase, type TestDatabase } from '#testing';
import { type RunningApi, startApi } from '../apps/api/src/bootstrap.js';

describe('GET /health', () => {
  let database: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    api = await startApi(parseConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', DEMO_DATA: 'off' }), { listen: false });
  });
  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  it('answers 200 with the database state after running every migration at start-up', async () => {
    const response = await request(api.app.getHttpServer()).get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.info.database).toMatchObject({ status: 'up', mode: 'external', migrations: 'applied' });
    expect(response.body.info.database.serverVersion).toMatch(/^\d+/);
    const { rows } = await database.pool.query(`SELECT to_regclass('es_events') AS events`);
    expect(rows[0].events).toBe('es_events');
  });

  it('echoes a caller-supplied request id and makes one up otherwise', async () => {
    const given = await request(api.app.getHttpServer()).get('/health').set('x-request-id', 'trace-42');
    expect(given.headers['x-request-id']).toBe('trace-42');
    const made = await request(api.app.getHttpServer()).get('/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
