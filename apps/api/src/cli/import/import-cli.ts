import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ImportRejected, InvalidImportOption, MinutesImporter, MinutesImportModule, type ImportOptions, type ImportReport } from '#minutes';
import { ConfigError, connectDatabaseServer, parseConfig } from '#platform';
import { CoreModule } from '../../core.module.js';
import { formatFailure, formatReport, formatSummary, runFailed, type FailedDocument } from './import-report.printer.js';
import { collectMinutesFiles, decodeMinutes, MinutesPathNotFound } from './minutes-files.js';
import { ProgressBar, type ProgressStream } from './progress-bar.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

const USAGE = `Usage: npm run import -- [--json] [--actor <name>] [--municipality <slug>] [--body <committee>] [--date <YYYY-MM-DD>] [--source-url <address>] [--override] <file or folder>...

Imports minutes (referater) into Sagsspor: every .txt and .md file of a folder, or the files named.
Prints a report per document and a summary; exits with 1 when a document was rejected or only
partly imported. The database is the one the API uses (DATA_DIR's embedded server, or DATABASE_URL).

  --json          one JSON report per line instead of the text report
  --actor <name>  who the events name as having recorded the facts (default: importer)
  --municipality <slug or code>   the municipality the minutes are from (default: the one the
                  document names, else DEFAULT_MUNICIPALITY)
  --body <committee>, --date <YYYY-MM-DD>   for documents that do not state them
  --source-url <http(s) address>   where the text was fetched from: read as its Source URL line
                  (municipality, a headless page's committee and date) when it prints none
  --override      the values above win where the document states others (else it is rejected)
`;

interface CliArgs {
  json: boolean;
  actor: string;
  options: ImportOptions;
  paths: string[];
  help: boolean;
}

export function parseArgs(args: readonly string[]): CliArgs {
  const parsed: CliArgs = { json: false, actor: 'importer', options: {}, paths: [], help: false };
  const value = (option: string, index: number) => {
    const given = args[index]?.trim();
    if (!given || given.startsWith('--')) throw new UsageError(`${option} needs a value`);
    return given;
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--actor') {
      const actor = args[++index]?.trim();
      if (!actor) throw new UsageError('--actor needs a name');
      parsed.actor = actor;
    } else if (arg === '--municipality') parsed.options.municipality = value(arg, ++index);
    else if (arg === '--body') parsed.options.body = value(arg, ++index);
    else if (arg === '--date') parsed.options.date = value(arg, ++index);
    else if (arg === '--source-url') parsed.options.sourceUrl = value(arg, ++index);
    else if (arg === '--override') parsed.options.override = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else parsed.paths.push(arg);
  }
  if (!parsed.help && parsed.paths.length === 0) throw new UsageError('name at least one file or folder');
  return parsed;
}

class UsageError extends Error {}

/**
 * `npm run import -- <files or folders>`: boots the core (database, event store, commands) as the API
 * does, imports each document, prints, and returns the exit code: 0 when every document was imported
 * whole (or already was), 1 when one was rejected or partly imported, 2 for a usage or configuration error.
 */
export async function runImportCli(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  let cli: CliArgs;
  let files: string[];
  let config;
  try {
    cli = parseArgs(args);
    if (cli.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    config = parseConfig(env);
    files = await collectMinutesFiles(cli.paths);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof MinutesPathNotFound) {
      io.stderr.write(`${error.message}\n${error instanceof UsageError ? `\n${USAGE}` : ''}`);
      return 2;
    }
    throw error;
  }
  if (files.length === 0) {
    io.stderr.write(`No .txt or .md files in ${cli.paths.join(', ')}\n`);
    return 2;
  }

  const server = await connectDatabaseServer({ ...config, log: () => undefined });
  const reports: ImportReport[] = [];
  const failures: FailedDocument[] = [];
  try {
    const app = await NestFactory.createApplicationContext(
      { module: class ImportCliModule {}, imports: [CoreModule.forRoot({ config, server }), MinutesImportModule] },
      { logger: ['error'] },
    );
    try {
      const importer = app.get(MinutesImporter);
      const bar = new ProgressBar(io.stderr, files.length);
      const print = (text: string) => {
        bar.clear();
        io.stdout.write(`${text}\n`);
        bar.render();
      };
      for (const file of files) {
        const name = path.basename(file);
        bar.start(name);
        try {
          const report = await importer.importDocument(decodeMinutes(await readFile(file)), name, cli.actor, cli.options);
          reports.push(report);
          print(cli.json ? JSON.stringify(report) : `${formatReport(report)}\n`);
        } catch (error) {
          const failure: FailedDocument =
            error instanceof ImportRejected || error instanceof InvalidImportOption
              ? { file: name, status: 'rejected', message: error.message }
              : { file: name, status: 'error', message: error instanceof Error ? error.message : String(error) };
          failures.push(failure);
          print(cli.json ? JSON.stringify(error instanceof ImportRejected ? { ...error.report, error: { code: error.code, message: error.message } } : { document: { name }, status: 'error', error: { message: failure.message } }) : `${formatFailure(failure)}\n`);
        }
        bar.tick();
      }
      bar.finish();
    } finally {
      await app.close();
    }
  } finally {
    await server.stop();
  }
  (cli.json ? io.stderr : io.stdout).write(`${formatSummary(reports, failures)}\n`);
  return runFailed(reports, failures) ? 1 : 0;
}
