import type { DataSourceOptions } from 'typeorm';
import { EventStore1763800000000 } from './1763800000000-EventStore.js';
import { Projections1763800000001 } from './1763800000001-Projections.js';
import { BoundedIndexes1764500000000 } from './1764500000000-BoundedIndexes.js';
import { ProjectionFailures1764500000001 } from './1764500000001-ProjectionFailures.js';
import { Municipalities1764600000000 } from './1764600000000-Municipalities.js';
import { CaseStatusFacts1764700000140 } from './1764700000140-CaseStatusFacts.js';
import { StreamLedEventIdKey1795933358918 } from './1795933358918-StreamLedEventIdKey.js';
import { CaseStatusSearch1795933400000 } from './1795933400000-CaseStatusSearch.js';
import { CaseStatusFactLists1795933500000 } from './1795933500000-CaseStatusFactLists.js';
import { CaseStatusFactChunks1795933600000 } from './1795933600000-CaseStatusFactChunks.js';
import { CaseStatusRoomToUpdate1795933700000 } from './1795933700000-CaseStatusRoomToUpdate.js';
import { CaseTimelineCorrectionsByCase1795933800000 } from './1795933800000-CaseTimelineCorrectionsByCase.js';
import { MeetingItemsInAgendaOrder1795933900000 } from './1795933900000-MeetingItemsInAgendaOrder.js';
// migration imports

/** Every migration, in order. Listed explicitly because ESM builds cannot rely on TypeORM's file globs. */
export const migrations = [
  EventStore1763800000000,
  Projections1763800000001,
  BoundedIndexes1764500000000,
  ProjectionFailures1764500000001,
  Municipalities1764600000000,
  CaseStatusFacts1764700000140,
  StreamLedEventIdKey1795933358918,
  CaseStatusSearch1795933400000,
  CaseStatusFactLists1795933500000,
  CaseStatusFactChunks1795933600000,
  CaseStatusRoomToUpdate1795933700000,
  CaseTimelineCorrectionsByCase1795933800000,
  MeetingItemsInAgendaOrder1795933900000,
  // migration list
];

export const CONNECT_TIMEOUT_MS = 5000;

/**
 * `defaultMunicipality`: the slug data written before municipalities is given when the upgrade
 * runs (the configured DEFAULT_MUNICIPALITY; else the environment's, else ballerup).
 */
export function dataSourceOptions(url: string, poolSize = 10, defaultMunicipality?: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: defaultMunicipality ? migrations.map((m) => (m === Municipalities1764600000000 ? Municipalities1764600000000.into(defaultMunicipality) : m)) : migrations,
    migrationsTableName: 'typeorm_migrations',
    // Each migration runs in its own transaction, so a failed one leaves the earlier ones applied.
    migrationsTransactionMode: 'each',
    poolSize,
    // A server that accepts connections but does not answer (a hung host, a network partition)
    // fails the request after this long, as unavailable (503), instead of holding it forever.
    extra: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    synchronize: false,
    logging: ['error', 'migration'],
  };
}
