import type { ServerResponse } from 'node:http';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { ChangeFeed, DATABASE_URL, type GlobalCheckpoint, PostgresEventStore } from '#event-store';
import { SseClient, type SseLimits } from './sse-client.js';

export const SSE_LIMITS = Symbol('SSE_LIMITS');

/** The process's one change feed and its SSE clients. */
@Injectable()
export class ChangeFeedService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('ChangeFeed');
  readonly feed: ChangeFeed;
  private readonly clients = new Set<SseClient>();
  /** Clients dropped for falling behind, since start. */
  dropped = 0;

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    store: PostgresEventStore,
    @Inject(SSE_LIMITS) private readonly limits: SseLimits,
  ) {
    this.feed = new ChangeFeed(databaseUrl, store, { onError: (error) => this.logger.warn(`change feed: ${(error as Error).message}; reconnecting`) });
  }

  /** Streams every event after `from` (of one municipality, if given) to the response until either side hangs up. */
  async serve(from: GlobalCheckpoint, response: ServerResponse, municipality?: string): Promise<void> {
    const client = new SseClient(response, this.limits, municipality, (backlog) => {
      this.dropped++;
      this.logger.warn(`SSE client dropped: ${backlog.events} events / ${backlog.bytes} bytes not taken (limits ${this.limits.maxEvents} / ${this.limits.maxBytes}); it can resume with Last-Event-ID`);
    });
    this.clients.add(client);
    response.on('close', () => this.clients.delete(client));
    const leave = await this.feed.subscribe(from, client);
    if (client.closed) leave();
    else response.on('close', leave);
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const client of this.clients) client.end();
    await this.feed.stop();
  }
}
