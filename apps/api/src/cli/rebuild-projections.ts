// npm run projections:rebuild [name]: rebuilds into fresh tables and swaps them in; a running API keeps serving meanwhile.
// Exits 3 when a rebuild of that projection is already running (here or in the API), 4 when an event cannot be applied.
import { allProjections, rebuildProjection } from '#projections';
import { exitOnKnownError, withProjectionsDatabase } from './projections-database.js';

const wanted = process.argv[2];
const projections = allProjections().filter((p) => !wanted || p.name === wanted);
if (projections.length === 0) {
  console.error(`unknown projection "${wanted}"; one of: ${allProjections().map((p) => p.name).join(', ')}`);
  process.exit(2);
}
await withProjectionsDatabase(async (pool, store) => {
  for (const projection of projections) {
    const report = await rebuildProjection(pool, store, projection);
    console.log(JSON.stringify({ ...report, seconds: Number(report.seconds.toFixed(2)), eventsPerSecond: Math.round(report.eventsPerSecond) }));
  }
}).catch(exitOnKnownError);
