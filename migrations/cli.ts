// npm run migration:run|revert|show: works against DATABASE_URL or, by default, the embedded server in DATA_DIR.
import { DataSource } from 'typeorm';
import { parseConfig, startDatabaseServer } from '#platform';
import { dataSourceOptions } from './data-source-options.js';

const command = process.argv[2];
if (!['run', 'revert', 'show'].includes(command ?? '')) {
  console.error('usage: node dist/migrations/cli.js run|revert|show');
  process.exit(2);
}
const config = parseConfig(process.env);
const server = await startDatabaseServer(config);
const dataSource = new DataSource(dataSourceOptions(server.url, 2, config.defaultMunicipality));
try {
  await dataSource.initialize();
  if (command === 'run') {
    const applied = await dataSource.runMigrations();
    console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'no pending migrations');
  } else if (command === 'revert') {
    await dataSource.undoLastMigration();
    console.log('reverted the last migration');
  } else {
    const pending = await dataSource.showMigrations();
    console.log(pending ? 'there are pending migrations' : 'all migrations are applied');
  }
} finally {
  await dataSource.destroy();
  await server.stop();
}
