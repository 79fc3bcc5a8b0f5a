import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { START, type EventStore } from '#event-store';
import { ImportRejected } from './import-rejected.error.js';
import type { ImportReport } from './import-report.types.js';
import type { MinutesImporter } from './minutes-importer.service.js';

/** Files taken as minutes text in a folder. */
export const MINUTES_FILE = /\.(txt|md)$/i;

export interface DemoImportResult {
  /** False when the store already held events: demo data is for a first start only. */
  imported: boolean;
  reports: ImportReport[];
  /** Files that could not be imported, with why (a bad file never stops the others, nor the start). */
  failures: Array<{ file: string; error: string }>;
}

export interface DemoImportOptions {
  /** Recorded as the events' actor. */
  actor?: string;
  log?: (message: string) => void;
}

/**
 * On the first start of an empty database, imports every minutes file in `folder` (name order), so a
 * new installation has cases to show. An empty store is the test: once anything was recorded, by the
 * demo or by real use, this does nothing, also when the demo data was deleted from the folder.
 */
export async function importDemoMinutesIfEmpty(importer: MinutesImporter, store: EventStore, folder: string, options: DemoImportOptions = {}): Promise<DemoImportResult> {
  const log = options.log ?? (() => undefined);
  if ((await store.readAll(START, 1)).length > 0) return { imported: false, reports: [], failures: [] };
  const files = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && MINUTES_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const reports: ImportReport[] = [];
  const failures: DemoImportResult['failures'] = [];
  for (const file of files) {
    try {
      const report = await importer.importDocument(await readFile(path.join(folder, file), 'utf8'), file, options.actor ?? 'demo-data');
      reports.push(report);
      log(`demo data: ${file}: ${report.status} (${report.items.length} items, ${report.counts.appended} commands appended)`);
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      failures.push({ file, error: error.message });
      log(`demo data: ${file} rejected: ${error.message}`);
    }
  }
  return { imported: true, reports, failures };
}
