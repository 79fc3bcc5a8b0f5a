import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { type AppConfig, type DatabaseServer, startDatabaseServer } from '#platform';
import { AppModule } from './app.module.js';

export interface RunningApi {
  app: INestApplication;
  server: DatabaseServer;
  /** Closes HTTP, then the database pool, then stops the embedded server: in that order. */
  close(): Promise<void>;
}

/** Starts the database (embedded unless DATABASE_URL is set) and the HTTP app; used by main and by tests. */
export async function startApi(config: AppConfig, options: { listen?: boolean } = {}): Promise<RunningApi> {
  const server = await startDatabaseServer({ ...config, log: () => undefined });
  let app: INestApplication;
  try {
    app = await NestFactory.create(AppModule.forRoot(config, server), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    if (options.listen === false) await app.init();
    else await app.listen(config.port, config.host);
  } catch (error) {
    await server.stop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    app,
    server,
    close: () =>
      (closing ??= (async () => {
        // app.close() stops accepting connections, drains HTTP, then runs the TypeORM shutdown hook.
        await app.close();
        await server.stop();
      })()),
  };
}
