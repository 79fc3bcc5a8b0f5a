import { type DynamicModule, Module } from '@nestjs/common';
import type pg from 'pg';
import { EVENT_STORE } from './event-store.token.js';
import { PostgresEventStore } from './postgres-event-store.js';
import type { UpcasterRegistry } from './upcaster.registry.js';

/** The pg pool the app shares (TypeORM's), for the store, projections and read queries. */
export const PG_POOL = Symbol.for('sagsspor.PgPool');
/** The connection string, for the dedicated connections of subscriptions (LISTEN + lease). */
export const DATABASE_URL = Symbol.for('sagsspor.DatabaseUrl');

export interface EventStoreModuleOptions {
  databaseUrl: string;
  /** Returns the pool from the injected dependencies (e.g. TypeORM's DataSource). */
  usePool: (...deps: any[]) => pg.Pool;
  inject?: any[];
  now?: () => Date;
  upcasters?: UpcasterRegistry;
}

@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        { provide: PG_POOL, useFactory: options.usePool, inject: options.inject ?? [] },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        {
          provide: PostgresEventStore,
          useFactory: (pool: pg.Pool) => new PostgresEventStore(pool, { now: options.now, upcasters: options.upcasters }),
          inject: [PG_POOL],
        },
        { provide: EVENT_STORE, useExisting: PostgresEventStore },
      ],
      exports: [PG_POOL, DATABASE_URL, PostgresEventStore, EVENT_STORE],
    };
  }
}
