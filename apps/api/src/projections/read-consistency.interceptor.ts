import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { positionParam } from '../http/query-params.js';
import { ProjectionsService } from './projections.service.js';

/**
 * Read-your-writes: a read with `?minPosition=` (or `X-Min-Position`) first waits, briefly, until
 * the projections have applied that position. If they have not by then, the answer says so in
 * `X-Read-Consistency: stale` rather than failing.
 */
@Injectable()
export class ReadConsistencyInterceptor implements NestInterceptor {
  constructor(private readonly projections: ProjectionsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const raw = request.query.minPosition ?? request.headers['x-min-position'];
    const position = positionParam(raw, 'minPosition');
    if (position === undefined) return next.handle();
    return from(this.projections.waitForPosition(position)).pipe(
      switchMap((caughtUp) => {
        response.setHeader('X-Read-Consistency', caughtUp ? 'fresh' : 'stale');
        return next.handle();
      }),
    );
  }
}
