import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import type { Clock } from '#cases';
import { type AppConfig, type DatabaseServer, startDatabaseServer } from '#platform';
import { AppModule } from './app.module.js';
import { type ApiToken, loadTokens } from './auth/api-tokens.js';
import { setUpDocs } from './docs.js';
import { registerBodyParsers } from './http/body-parsers.js';
import { registerMultipart } from './http/multipart.js';
import { answerFrameworkError } from './http/framework-errors.js';
import { requestId, requestLog } from './http/request-log.js';
import { importDemoData } from './demo-data.js';

export interface RunningApi {
  app: NestFastifyApplication;
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
  let app: NestFastifyApplication;
  try {
    const tokens =
      options.tokens ??
      loadTokens({
        apiTokens: config.apiTokens,
        apiTokensFile: config.apiTokensFile,
        generatedTokenDir: server.mode === 'embedded' ? config.dataDir : undefined,
        announce: options.announce,
      });
    const adapter = new FastifyAdapter({
      // The request's id is the caller's x-request-id when sane (requestLog echoes and logs it).
      genReqId: requestId,
      // A URL that does not percent-decode is refused by the router, before any hook: problem+json too.
      frameworkErrors: answerFrameworkError,
      // Case numbers and meeting ids are checked by the routes (a 400 naming the field); the
      // router's default of 100 characters would make a long one a 404. 16 KB is node's limit
      // for the request line and headers together. `/cases/` answers as `/cases`, as under Express.
      routerOptions: { maxParamLength: 16_384, ignoreTrailingSlash: true },
      // For Fastify's own parsers (replaced below) and @fastify/multipart's default file size (the upload route sets 20 MB).
      bodyLimit: config.maxBodyBytes,
      // Registered below, its request hooks for multipart requests only (registerMultipart).
      multipart: false,
      // No Nest middleware (the request log is a Fastify hook): without middie no hook runs for it on
      // every request. A module that adds a middleware then fails at start-up (no `use`), not quietly.
      skipMiddie: true,
    });
    registerMultipart(adapter.getInstance());
    app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, server, tokens, clock: options.clock }), adapter, {
      bufferLogs: true,
      bodyParser: false,
    });
    app.useLogger(app.get(Logger));
    const fastify = app.getHttpAdapter().getInstance();
    const log = requestLog(() => PinoLogger.root, { echoId: false });
    fastify.addHook('onRequest', (request, reply, done) => {
      // Echoed among Fastify's headers, not on node's response: a header already there makes node's
      // writeHead take every header of the answer one by one (its slow path), on every read. An
      // answer written on node's response (the change feed) sets it itself.
      reply.header('x-request-id', request.id);
      log(request.raw, reply.raw, done, request.id);
    });
    registerBodyParsers(fastify, config.maxBodyBytes);
    setUpDocs(app);
    if (options.listen === false) {
      await app.init();
      // Fastify's plugins and routes are loaded once it is ready; tests then serve its node server.
      await fastify.ready();
    } else await app.listen(config.port, config.host);
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
