import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#testing';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { guardPool } from './pool-guard.js';

describe('guardPool: a connection terminated while a client is checked out', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  const said: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    await (await pool.connect()).release(); // a client that exists before the guard
    guardPool(pool, (message) => said.push(message));
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('neither crashes the process nor poisons the pool: the next query fails as unavailable, then a new connection serves', async () => {
    const client = await pool.connect();
    let released = false;
    try {
      // node-postgres emits 'error' on a checked-out client between queries; unheard, that event kills the process.
      expect(client.listenerCount('error')).toBeGreaterThan(0);
      const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
      await database.pool.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
      for (let n = 0; n < 100 && said.length === 0; n++) await new Promise((resolve) => setTimeout(resolve, 20));
      // The server's notice, then (when the socket closes before the next read) the end of the connection.
      expect(said[0]).toContain('database connection lost: terminating connection due to administrator command');

      const failure = await client.query('SELECT 1').catch((error: unknown) => error);
      expect(isDatabaseUnavailable(failure)).toBe(true);
      client.release();
      released = true;
      expect((await pool.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    } finally {
      if (!released) client.release(true);
    }
  });
});
