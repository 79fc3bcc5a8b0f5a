import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { importDemoMinutesIfEmpty, MinutesImporter } from '#minutes';
import type { AppConfig, DatabaseServer } from '#platform';

/** demo/minutes at the project root, whether running from src (tests) or dist. */
export const DEMO_MINUTES_FOLDER = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../../demo/minutes' : '../../../demo/minutes', import.meta.url));

/**
 * The embedded default imports the bundled minutes on the first start of an empty database, so a
 * newcomer sees real cases at once. An external database gets them only with DEMO_DATA=on.
 */
export async function importDemoData(app: INestApplication, config: AppConfig, server: DatabaseServer, announce?: (message: string) => void): Promise<void> {
  const wanted = config.demoData ?? server.mode === 'embedded';
  if (!wanted) return;
  const result = await importDemoMinutesIfEmpty(app.get(MinutesImporter), app.get<EventStore>(EVENT_STORE), DEMO_MINUTES_FOLDER, { log: announce });
  if (result.imported) {
    announce?.(`Imported ${result.reports.length} demo minutes from ${DEMO_MINUTES_FOLDER} (DEMO_DATA=off to skip)`);
    for (const failure of result.failures) announce?.(`Demo minutes ${failure.file} not imported: ${failure.error}`);
  }
}
