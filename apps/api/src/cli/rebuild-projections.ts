// `npm run projections:rebuild [name]`: see cli/projections/projections-cli.ts.
import 'reflect-metadata';
import { runRebuildCli } from './projections/projections-cli.js';

runRebuildCli(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The rebuild stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
