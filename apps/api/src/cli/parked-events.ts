// `npm run projections:parked|park|replay`: see cli/projections/projections-cli.ts.
import 'reflect-metadata';
import { runParkedEventsCli } from './projections/projections-cli.js';

runParkedEventsCli(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The command stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
