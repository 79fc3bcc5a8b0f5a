// `npm run import -- <files or folders>`: see cli/import/import-cli.ts.
import 'reflect-metadata';
import { runImportCli } from './import/import-cli.js';

runImportCli(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then(
  // exit rather than wait: the embedded server's and the pool's handles are closed, but be certain.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The import stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
