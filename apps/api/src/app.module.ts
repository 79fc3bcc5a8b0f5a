import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { type Clock, DEFAULT_MUNICIPALITY } from '#cases';
import { type AppConfig, type DatabaseServer, parseConfig } from '#platform';
import { ProjectionsAdminController } from './admin/projections-admin.controller.js';
import { AuditController } from './audit/audit.controller.js';
import type { ApiToken } from './auth/api-tokens.js';
import { API_TOKENS, AuthGuard, READS_NEED_TOKEN } from './auth/auth.guard.js';
import { WRITE_RATE_LIMIT, WriteThrottlerGuard } from './auth/write-throttler.guard.js';
import { CaseAsOfReader } from './cases/case-as-of.reader.js';
import { CaseWritesController } from './cases/case-writes.controller.js';
import { CasesController } from './cases/cases.controller.js';
import { CoreModule } from './core.module.js';
import { ChangeFeedService, SSE_LIMITS } from './events/change-feed.service.js';
import { EventStreamController } from './events/event-stream.controller.js';
import { MunicipalitiesController } from './municipalities/municipalities.controller.js';
import { DatabaseHealthIndicator } from './health/database.health.js';
import { HealthController } from './health/health.controller.js';
import { ImportsController } from './imports/imports.controller.js';
import { MinutesImportModule } from '#minutes';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { MeetingWritesController } from './meetings/meeting-writes.controller.js';
import { MeetingsController } from './meetings/meetings.controller.js';
import { PagesModule } from './pages/pages.module.js';
import { ProjectionsService, RUN_PROJECTIONS } from './projections/projections.service.js';
import { ReadConsistencyGuard } from './projections/read-consistency.guard.js';

export interface AppOptions {
  config: AppConfig;
  server: DatabaseServer;
  tokens: ApiToken[];
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, server, tokens, clock }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: (env) => parseConfig(env) }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Tokens never reach a log line.
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
          // Requests are logged by requestLog (bootstrap), which costs far less per request.
          forRoutes: [],
        }),
        CoreModule.forRoot({ config, server, clock }),
        TerminusModule,
        MinutesImportModule,
        PagesModule,
      ],
      controllers: [
        HealthController,
        MunicipalitiesController,
        CasesController,
        CaseWritesController,
        MeetingsController,
        MeetingWritesController,
        AuditController,
        EventStreamController,
        ProjectionsAdminController,
        ImportsController,
      ],
      providers: [
        DatabaseHealthIndicator,
        { provide: API_TOKENS, useValue: tokens },
        { provide: READS_NEED_TOKEN, useValue: config.readsNeedToken },
        { provide: DEFAULT_MUNICIPALITY, useValue: config.defaultMunicipality },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: RUN_PROJECTIONS, useValue: config.runProjections },
        { provide: WRITE_RATE_LIMIT, useValue: config.writeRateLimit },
        WriteThrottlerGuard,
        { provide: SSE_LIMITS, useValue: { maxEvents: config.sseClientBufferEvents, maxBytes: config.sseClientBufferBytes } },
        ChangeFeedService,
        ProjectionsService,
        ReadConsistencyGuard,
        CaseAsOfReader,
      ],
    };
  }
}
