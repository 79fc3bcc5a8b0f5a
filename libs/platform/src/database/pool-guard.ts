import type pg from 'pg';

/**
 * Keeps a pool alive through database outages. node-postgres emits 'error' on a checked-out client
 * whose connection breaks between queries (the server stopped, a backend was terminated); the pool
 * listens only while a client is idle, so without a listener of our own that event would crash the
 * process. The broken client's next query fails (the request answers 503) and the pool drops it on
 * release, since it is no longer queryable; new connections are made once the server is back.
 */
export function guardPool(pool: pg.Pool, log: (message: string) => void = () => undefined): pg.Pool {
  const guard = (client: pg.PoolClient | pg.Client) => {
    client.on('error', (error) => log(`database connection lost: ${error.message}`));
  };
  // Clients made before the guard (TypeORM's migrations ran on some) get it too.
  for (const client of (pool as unknown as { _clients?: pg.Client[] })._clients ?? []) guard(client);
  pool.on('connect', guard);
  if (pool.listenerCount('error') === 0) pool.on('error', (error) => log(`idle database connection lost: ${error.message}`));
  return pool;
}
