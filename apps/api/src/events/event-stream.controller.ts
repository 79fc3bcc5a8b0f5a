import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type GlobalCheckpoint, PostgresEventStore, START } from '#event-store';
import { findMunicipality } from '#cases';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { inMunicipalities } from '../http/municipality.decorator.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { RequestValidationError } from '../http/problem.js';
import { wholeNumber } from '../http/query-params.js';
import { ChangeFeedService } from './change-feed.service.js';

@ApiTags('events')
@Controller(inMunicipalities('events'))
export class EventStreamController {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly changes: ChangeFeedService,
  ) {}

  private async resumeFrom(raw: unknown): Promise<GlobalCheckpoint> {
    if (raw === undefined || raw === '') return START;
    const text = String(raw);
    const [first, second, ...rest] = text.split('.');
    const transactionId = wholeNumber(first);
    const globalPosition = wholeNumber(second);
    if (rest.length === 0 && transactionId !== undefined && globalPosition !== undefined) return { transactionId, globalPosition };
    const position = second === undefined ? transactionId : undefined;
    if (position !== undefined) {
      if (position === 0n) return START;
      // The last event at or before that position; before the first event, the very start.
      return (await this.store.checkpointOf(position)) ?? START;
    }
    throw RequestValidationError.field('after', 'must be a global position or an event id from this stream (<transaction>.<position>)');
  }

  /** The prefixed route's municipality, else `?municipality=`, else none: every municipality's events. */
  private onlyMunicipality(request: AuthenticatedRequest, raw: unknown): string | undefined {
    if (request.params?.municipality !== undefined) return request.municipality;
    if (raw === undefined || raw === '') return undefined;
    const found = typeof raw === 'string' ? findMunicipality(raw) : undefined;
    if (!found) throw RequestValidationError.field('municipality', `"${String(raw)}" is not a municipality; give its slug (e.g. ballerup) or code (e.g. 151)`);
    return found.slug;
  }

  @Get('stream')
  @ApiOperation({
    summary: 'New events as server-sent events, resumable',
    description:
      'Each message: id `<transaction>.<position>`, event = the event type, data = the event (with its municipality). Resume with `?after=` (a position or an id) or the Last-Event-ID header. ' +
      'A client that falls behind (more than SSE_CLIENT_BUFFER_EVENTS events or SSE_CLIENT_BUFFER_BYTES bytes not yet taken when new events arrive) is disconnected; it resumes with Last-Event-ID. ' +
      'Every municipality\'s events, unless filtered by `?municipality=` or asked for under /municipalities/{slug}/events/stream.',
  })
  @ApiProduces('text/event-stream')
  @ApiResponse({ status: 200, description: 'An endless text/event-stream' })
  @ApiQuery({ name: 'after', required: false })
  @ApiQuery({ name: 'municipality', required: false, description: 'only this municipality\'s events (slug or code)' })
  @ApiErrors(400, 401)
  async stream(@Query('after') after: unknown, @Query('municipality') rawMunicipality: unknown, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    const only = this.onlyMunicipality(request, rawMunicipality);
    const from = await this.resumeFrom(after ?? request.headers['last-event-id']);
    // The stream is written on node's response for as long as it lasts; Fastify leaves it alone.
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive', 'X-Accel-Buffering': 'no', 'X-Request-Id': request.id });
    response.flushHeaders();
    try {
      await this.changes.serve(from, response, only);
    } catch {
      // The database went away before the stream began (logged by the feed): the client reconnects.
      response.destroy();
    }
  }
}
