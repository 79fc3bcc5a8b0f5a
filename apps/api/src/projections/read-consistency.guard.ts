import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { ProjectionFailure } from '#projections';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { httpReply, httpRequest } from '../http/http-context.js';
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
  private readonly namesByHandler = new WeakMap<Function, string[]>();

  constructor(
    private readonly projections: ProjectionsService,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): true | Promise<true> {
    const request = httpRequest<AuthenticatedRequest>(context);
    const raw = request.query.minPosition ?? request.headers['x-min-position'];
    const position = positionParam(raw, 'minPosition');
    const names = this.projectionsRead(context.getHandler(), context.getClass());
    if (names.length === 0) return true;
    const response = httpReply(context);
    // The usual read: no position to wait for and the failures known; no promise to settle.
    const failing = position === undefined ? this.projections.failingNow() : undefined;
    if (failing) {
      this.markStale(response, names, failing);
      return true;
    }
    return this.check(response, names, position).then(() => true);
  }

  /** What @ReadsProjections says for a route, looked up once per handler (metadata does not change). */
  private projectionsRead(handler: Function, controller: Function): string[] {
    let names = this.namesByHandler.get(handler);
    if (!names) {
      names = this.reflector.getAllAndOverride<string[] | undefined>(READS_PROJECTIONS, [handler, controller]) ?? this.projections.runner.projections.map((p) => p.name);
      this.namesByHandler.set(handler, names);
    }
    return names;
  }

  private markStale(response: FastifyReply, names: string[], failures: ProjectionFailure[]): ProjectionFailure[] {
    const failing = failures.filter((f) => names.includes(f.projection));
    if (failing.length > 0) response.header('X-Projection-Stale', [...new Set(failing.map((f) => f.projection))].join(', '));
    return failing;
  }

  private async check(response: FastifyReply, names: string[], position: bigint | undefined): Promise<void> {
    this.markStale(response, names, await this.projections.failing());
    if (position === undefined) return;
    const wait = await this.projections.waitForPosition(position, names);
    if (wait.state === 'stuck') throw new ProjectionStuck(wait.failures);
    response.header('X-Read-Consistency', wait.state);
  }
}
