import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AppConfig, type DatabaseServer, parseConfig } from '#platform';
import { CoreModule } from './core.module.js';
import { DatabaseHealthIndicator } from './health/database.health.js';
import { HealthController } from './health/health.controller.js';

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, server: DatabaseServer): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: (env) => parseConfig(env) }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        CoreModule.forRoot({ config, server }),
        TerminusModule,
      ],
      controllers: [HealthController],
      providers: [DatabaseHealthIndicator],
    };
  }
}
