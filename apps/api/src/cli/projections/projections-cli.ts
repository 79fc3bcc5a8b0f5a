import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '#event-store';
import { dataSourceOptions } from '#migrations';
import { connectDatabaseServer, parseConfig } from '#platform';
import { allProjections, listParked, NotFailing, parkEvent, type Projection, ProjectionEventFailed, RebuildInProgress, rebuildProjection } from '#projections';
import { caseUpcasters } from '../../database/case-upcasters.js';

export interface ProjectionsCliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes: 0 done, 2 bad arguments, 3 refused (a rebuild already runs; not the failing event), 4 an event cannot be applied. */
export const EXIT = { ok: 0, usage: 2, refused: 3, eventFails: 4 } as const;

class UsageError extends Error {}

function projectionNamed(name: string | undefined, required: boolean): Projection | undefined {
  if (name === undefined) {
    if (required) throw new UsageError('name a projection');
    return undefined;
  }
  const projection = allProjections().find((p) => p.name === name);
  if (!projection) throw new UsageError(`unknown projection "${name}"; one of: ${allProjections().map((p) => p.name).join(', ')}`);
  return projection;
}

/** Runs `work` against the configured database (migrated first) and turns the known refusals into exit codes. */
async function withDatabase(env: NodeJS.ProcessEnv, io: ProjectionsCliIo, usage: string, work: (pool: pg.Pool, store: PostgresEventStore) => Promise<void>): Promise<number> {
  try {
    const config = parseConfig(env);
    const server = await connectDatabaseServer(config);
    const pool = new pg.Pool({ connectionString: server.url, max: 4 });
    pool.on('error', (error) => io.stderr.write(`database connection lost: ${error.message}\n`));
    try {
      const dataSource = new DataSource({ ...dataSourceOptions(server.url, 1, config.defaultMunicipality), logging: false });
      await dataSource.initialize();
      await dataSource.runMigrations();
      await dataSource.destroy();
      await work(pool, new PostgresEventStore(pool, { upcasters: caseUpcasters() }));
      return EXIT.ok;
    } finally {
      await pool.end();
      await server.stop();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n${usage}`);
      return EXIT.usage;
    }
    if (error instanceof RebuildInProgress || error instanceof NotFailing) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.refused;
    }
    if (error instanceof ProjectionEventFailed) {
      io.stderr.write(`${error.message}\npark it with: npm run projections:park -- ${error.projection} ${error.event.globalPosition} --reason "<why>"\n`);
      return EXIT.eventFails;
    }
    throw error;
  }
}

const REBUILD_USAGE = 'Usage: npm run projections:rebuild [name]\n';

/** `npm run projections:rebuild [name]`: one JSON report per projection rebuilt. */
export async function runRebuildCli(args: readonly string[], env: NodeJS.ProcessEnv, io: ProjectionsCliIo): Promise<number> {
  return withDatabase(env, io, REBUILD_USAGE, async (pool, store) => {
    const named = projectionNamed(args[0], false);
    for (const projection of named ? [named] : allProjections()) {
      const report = await rebuildProjection(pool, store, projection);
      io.stdout.write(`${JSON.stringify({ ...report, seconds: Number(report.seconds.toFixed(2)), eventsPerSecond: Math.round(report.eventsPerSecond) })}\n`);
    }
  });
}

const PARKED_USAGE = `Usage:
  npm run projections:parked [name]                                list parked events (JSON lines)
  npm run projections:park -- <name> [position] --reason "<why>"  park the event <name> is stopped at
  npm run projections:replay -- <name>                             apply its parked events (a rebuild)
  --by <who>  the operator the record names (default: cli:<login name>)
`;

/** The parked-events commands, the same as the admin HTTP endpoints: `list`, `park`, `replay`. */
export async function runParkedEventsCli(args: readonly string[], env: NodeJS.ProcessEnv, io: ProjectionsCliIo): Promise<number> {
  return withDatabase(env, io, PARKED_USAGE, async (pool, store) => {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { reason: { type: 'string' }, by: { type: 'string' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const [command, name, position] = parsed.positionals;
    const by = parsed.values.by ?? `cli:${userInfo().username}`;
    if (command === 'list') {
      for (const parked of await listParked(pool, projectionNamed(name, false)?.name)) io.stdout.write(`${JSON.stringify(parked)}\n`);
    } else if (command === 'park') {
      const projection = projectionNamed(name, true)!;
      if (position !== undefined && !/^[1-9]\d{0,18}$/.test(position)) throw new UsageError(`"${position}" is not a global position`);
      const reason = parsed.values.reason?.trim();
      if (!reason) throw new UsageError('--reason "<why>" is required: the record keeps it');
      io.stdout.write(`${JSON.stringify(await parkEvent(pool, { projection: projection.name, ...(position ? { position } : {}), by, reason }))}\n`);
    } else if (command === 'replay') {
      io.stdout.write(`${JSON.stringify(await rebuildProjection(pool, store, projectionNamed(name, true)!, { replay: { by } }))}\n`);
    } else {
      throw new UsageError(`unknown command "${command ?? ''}"`);
    }
  });
}
