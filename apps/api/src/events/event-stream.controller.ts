import { Controller, type MessageEvent, Query, Req, Sse } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { type GlobalCheckpoint, PostgresEventStore, START } from '#event-store';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { eventView } from '../http/event-view.js';
import { RequestValidationError } from '../http/problem.js';
import { wholeNumber } from '../http/query-params.js';

const POLL_MS = 250;
const BATCH = 500;

/** SSE ids are `<transaction id>.<global position>`: a checkpoint the gap-safe reader resumes from. */
export const sseId = (c: GlobalCheckpoint): string => `${c.transactionId}.${c.globalPosition}`;

@ApiTags('events')
@Controller('events')
export class EventStreamController {
  constructor(private readonly store: PostgresEventStore) {}

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

  @Sse('stream')
  @ApiOperation({
    summary: 'New events as server-sent events, resumable',
    description: 'Each message: id `<transaction>.<position>`, event = the event type, data = the event. Resume with `?after=` (a position or an id) or the Last-Event-ID header.',
  })
  @ApiQuery({ name: 'after', required: false })
  @ApiErrors(400, 401)
  async stream(@Query('after') after: unknown, @Req() request: Request): Promise<Observable<MessageEvent>> {
    let checkpoint = await this.resumeFrom(after ?? request.headers['last-event-id']);
    return new Observable<MessageEvent>((subscriber) => {
      let closed = false;
      let timer: NodeJS.Timeout | undefined;
      const pump = async () => {
        while (!closed) {
          const batch = await this.store.readAll(checkpoint, BATCH);
          for (const e of batch) {
            checkpoint = { transactionId: e.transactionId, globalPosition: e.globalPosition };
            subscriber.next({
              id: sseId(checkpoint),
              type: e.type,
              data: eventView(e),
            });
          }
          if (batch.length < BATCH) break;
        }
        if (!closed) timer = setTimeout(() => void pump().catch((error) => subscriber.error(error)), POLL_MS);
      };
      void pump().catch((error) => subscriber.error(error));
      return () => {
        closed = true;
        if (timer) clearTimeout(timer);
      };
    });
  }
}
