import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { positionParam } from '../http/query-params.js';
import { ProjectionStuck } from './projection-problems.js';
import { ProjectionsService } from './projections.service.js';
import { READS_PROJECTIONS } from './reads-projections.decorator.js';

/**
 * Read-your-writes and staleness. A read with `?minPosition=` (or `X-Min-Position`) first waits,
 * briefly, until the projections it reads have applied that position; if they have not by then,
 * `X-Read-Consistency: stale` says so. A read from a projection that is failing on an event says
 * `X-Projection-Stale: <names>`; one that waits for a position such a projection cannot reach
 * answers 503 at once, naming the projection, the event and the error.
 *
 * A guard that lets every read through (or throws), not an interceptor: with no interceptor on a
 * route Nest runs it without an rxjs pipeline, a tenth of a timeline read's CPU.
 */
@Injectable()
export class ReadConsistencyGuard implements CanActivate {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): true | Promise<true> {
    const request = context.switchToHttp().getRequest<Request>();
    const raw = request.query.minPosition ?? request.headers['x-min-position'];
    const position = positionParam(raw, 'minPosition');
    const names =
      this.reflector.getAllAndOverride<string[] | undefined>(READS_PROJECTIONS, [context.getHandler(), context.getClass()]) ??
      this.projections.runner.projections.map((p) => p.name);
    if (names.length === 0) return true;
    return this.check(context.switchToHttp().getResponse<Response>(), names, position).then(() => true);
  }

  private async check(response: Response, names: string[], position: bigint | undefined): Promise<void> {
    const failing = (await this.projections.failing()).filter((f) => names.includes(f.projection));
    if (failing.length > 0) response.setHeader('X-Projection-Stale', [...new Set(failing.map((f) => f.projection))].join(', '));
    if (position === undefined) return;
    const wait = await this.projections.waitForPosition(position, names);
    if (wait.state === 'stuck') throw new ProjectionStuck(wait.failures);
    response.setHeader('X-Read-Consistency', wait.state);
  }
}
