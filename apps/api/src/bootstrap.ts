import { NestFactory } from '@nestjs/core';
import type { Express } from 'express';
import type { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { Logger, PinoLogger } from 'nestjs-pino';
import type { Clock } from '#cases';
import { type AppConfig, type DatabaseServer, startDatabaseServer } from '#platform';
import { AppModule } from './app.module.js';
import { type ApiToken, loadTokens } from './auth/api-tokens.js';
import { setUpDocs } from './docs.js';
import { bodyParserErrors } from './http/body-parser-errors.js';
import { verifyJsonBody } from './http/json-depth.js';
import { requestLog } from './http/request-log.js';
import { behindOneLayer, hasBody, isDocsPath } from './http/gated-layers.js';
import { importDemoData } from './demo-data.js';

export interface RunningApi {
  app: NestExpressApplication;
  server: DatabaseServer;
  /** Stops the projections, closes HTTP, then the database pool, then stops the embedded server. */
  close(): Promise<void>;
}

export interface StartOptions {
  listen?: boolean;
  clock?: Clock;
  /** Tokens to use instead of the configured ones (tests). */
  tokens?: ApiToken[];
  announce?: (message: string) => void;
  /** The embedded PostgreSQL died and could not be started again (main exits non-zero). */
  onDatabaseLost?: (error: Error) => void;
}

/** Starts the database (embedded unless DATABASE_URL is set) and the HTTP app; used by main and by tests. */
export async function startApi(config: AppConfig, options: StartOptions = {}): Promise<RunningApi> {
  const server = await startDatabaseServer({ ...config, log: () => undefined, announce: options.announce, onFatal: options.onDatabaseLost });
  let app: NestExpressApplication;
  try {
    const tokens =
      options.tokens ??
      loadTokens({
        apiTokens: config.apiTokens,
        apiTokensFile: config.apiTokensFile,
        generatedTokenDir: server.mode === 'embedded' ? config.dataDir : undefined,
        announce: options.announce,
      });
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, server, tokens, clock: options.clock }), {
      bufferLogs: true,
      bodyParser: false,
    });
    app.useLogger(app.get(Logger));
    app.use(requestLog(() => PinoLogger.root));
    // ETags are versions, set where they mean one (GET /cases/{n}, writes); a hash of the body would
    // make a repeated write's answer differ from the first one's.
    app.set('etag', false);
    // Nothing for a client in naming the framework; Express would set it on every answer.
    app.disable('x-powered-by');
    // Nest's types reserve `verify` for its rawBody option (off here); it passes ours to body-parser as is.
    const json = { limit: config.maxBodyBytes, type: ['application/json', 'application/*+json'], verify: verifyJsonBody };
    const express: Express = app.getHttpAdapter().getInstance();
    // A request without a body (every read) passes the parsers in one layer, not three.
    behindOneLayer(express, hasBody, () => {
      app.useBodyParser('json', json as NestExpressBodyParserOptionsFor<'json'>);
      app.useBodyParser('text', { limit: config.maxBodyBytes, type: ['text/plain', 'text/markdown'] });
      // Body-parser errors happen before Nest routes the request; answer them as problem+json too.
      app.use(bodyParserErrors);
    });
    // Swagger's routes and files, registered now, would come before the API's routes: one layer instead of nine.
    behindOneLayer(express, isDocsPath, () => setUpDocs(app));
    if (options.listen === false) await app.init();
    else await app.listen(config.port, config.host);
    await importDemoData(app, config, server, options.announce);
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
        server.expectExit?.();
        // app.close() stops the projections, closes HTTP (draining requests), then TypeORM's pool.
        await app.close();
        await server.stop();
      })()),
  };
}
