import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { CasesModule, type Clock, SystemClock } from '#cases';
import { EventStoreModule } from '#event-store';
import { dataSourceOptions } from '#migrations';
import { type AppConfig, type DatabaseServer, guardPool } from '#platform';
import { caseUpcasters } from './database/case-upcasters.js';
import { DATABASE_SERVER } from './database/database-server.token.js';

export interface CoreOptions {
  config: AppConfig;
  server: DatabaseServer;
  clock?: Clock;
}

/**
 * Everything but HTTP: the database (migrated on start), the event store on TypeORM's pool, and
 * the case commands. The API and the command-line tools (import, rebuild) share it.
 */
@Module({})
export class CoreModule {
  static forRoot({ config, server, clock = new SystemClock() }: CoreOptions): DynamicModule {
    const eventStore = EventStoreModule.forRoot({
      databaseUrl: server.url,
      // One pool for everything: TypeORM's (its postgres driver keeps a pg.Pool as `master`).
      usePool: (dataSource: DataSource) => guardPool((dataSource.driver as unknown as { master: pg.Pool }).master),
      inject: [DataSource],
      now: () => clock.now(),
      upcasters: caseUpcasters(),
    });
    return {
      module: CoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(server.url, config.dbPoolSize, config.defaultMunicipality), migrationsRun: true }),
        eventStore,
        CqrsModule.forRoot(),
        CasesModule.register({ imports: [eventStore], clock, defaultMunicipality: config.defaultMunicipality }),
      ],
      providers: [{ provide: DATABASE_SERVER, useValue: server }],
      exports: [DATABASE_SERVER, CasesModule, eventStore],
    };
  }
}
