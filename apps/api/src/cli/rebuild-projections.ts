// npm run projections:rebuild [name]: rebuilds into fresh tables and swaps them in; a running API keeps serving meanwhile.
import 'reflect-metadata';
import pg from 'pg';
import { PostgresEventStore } from '#event-store';
import { connectDatabaseServer, parseConfig } from '#platform';
import { allProjections, rebuildProjection } from '#projections';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#migrations';
import { caseUpcasters } from '../database/case-upcasters.js';

const wanted = process.argv[2];
const projections = allProjections().filter((p) => !wanted || p.name === wanted);
if (projections.length === 0) {
  console.error(`unknown projection "${wanted}"; one of: ${allProjections().map((p) => p.name).join(', ')}`);
  process.exit(2);
}
const config = parseConfig(process.env);
const server = await connectDatabaseServer(config);
const pool = new pg.Pool({ connectionString: server.url, max: 4 });
pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
try {
  const dataSource = new DataSource({ ...dataSourceOptions(server.url, 1), logging: false });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  const store = new PostgresEventStore(pool, { upcasters: caseUpcasters() });
  for (const projection of projections) {
    const report = await rebuildProjection(pool, store, projection);
    console.log(JSON.stringify({ ...report, seconds: Number(report.seconds.toFixed(2)), eventsPerSecond: Math.round(report.eventsPerSecond) }));
  }
} finally {
  await pool.end();
  await server.stop();
}
