import { Global, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CasesModule, SystemClock, type Clock } from '#cases';
import { EVENT_STORE, type EventStore } from '#event-store';
import { MinutesImportModule } from './minutes-import.module.js';
import { MinutesImporter } from './minutes-importer.service.js';

/** The app's core, reduced to what the importer needs: made global as the app's CoreModule is. */
@Global()
@Module({})
class ImporterCoreModule {
  static register(store: EventStore, clock: Clock): DynamicModule {
    return {
      module: ImporterCoreModule,
      imports: [CqrsModule.forRoot(), CasesModule.register({ eventStore: store, clock })],
      providers: [{ provide: EVENT_STORE, useValue: store }],
      exports: [CasesModule, EVENT_STORE],
    };
  }
}

export interface StandaloneImporter {
  importer: MinutesImporter;
  context: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * A MinutesImporter on a given event store, without the app (whose core module lives in apps/):
 * for the library's tests and the benchmark. The app wires MinutesImportModule into its own core.
 */
export async function createStandaloneImporter(store: EventStore, clock: Clock = new SystemClock()): Promise<StandaloneImporter> {
  const context = await NestFactory.createApplicationContext(
    { module: class StandaloneImporterModule {}, imports: [ImporterCoreModule.register(store, clock), MinutesImportModule] },
    { logger: false },
  );
  return { importer: context.get(MinutesImporter), context, close: () => context.close() };
}
