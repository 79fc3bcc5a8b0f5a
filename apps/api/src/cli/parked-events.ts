// The parked-events admin commands (the same as POST /admin/projections/{name}/parked-events[/replay]):
//   npm run projections:parked [name]                                  list parked events
//   npm run projections:park -- <name> [position] --reason "<why>"     park the event <name> is stopped at
//   npm run projections:replay -- <name>                               apply its parked events (a rebuild)
// --by <who> names the operator (default: cli:<login name>). Exits 2 on bad arguments, 3 when refused.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { allProjections, listParked, parkEvent, rebuildProjection } from '#projections';
import { exitOnKnownError, withProjectionsDatabase } from './projections-database.js';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { reason: { type: 'string' }, by: { type: 'string' } } });
const [command, name, position] = positionals;
const projection = name === undefined ? undefined : allProjections().find((p) => p.name === name);
if (name !== undefined && !projection) fail(`unknown projection "${name}"; one of: ${allProjections().map((p) => p.name).join(', ')}`);
if (position !== undefined && !/^[1-9]\d{0,18}$/.test(position)) fail(`"${position}" is not a global position`);
const by = values.by ?? `cli:${userInfo().username}`;

await withProjectionsDatabase(async (pool, store) => {
  if (command === 'list') {
    for (const parked of await listParked(pool, name)) console.log(JSON.stringify(parked));
  } else if (command === 'park') {
    if (!projection) fail('usage: npm run projections:park -- <name> [position] --reason "<why>"');
    if (!values.reason?.trim()) fail('--reason "<why>" is required: the audit keeps it');
    console.log(JSON.stringify(await parkEvent(pool, { projection: projection.name, ...(position ? { position } : {}), by, reason: values.reason.trim() })));
  } else if (command === 'replay') {
    if (!projection) fail('usage: npm run projections:replay -- <name>');
    const report = await rebuildProjection(pool, store, projection, { replay: { by } });
    console.log(JSON.stringify(report));
  } else {
    fail('usage: parked-events list|park|replay ...');
  }
}).catch(exitOnKnownError);
