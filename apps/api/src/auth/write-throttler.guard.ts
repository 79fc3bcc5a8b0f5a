import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from './auth.guard.js';

export const WRITE_RATE_LIMIT = Symbol('WRITE_RATE_LIMIT');

const WINDOW_MS = 60_000;

/**
 * Limits writes per caller (token name, else client address) to `limit` per minute, in fixed
 * windows. In memory, per process: it guards against a runaway tool, not a distributed attack.
 */
@Injectable()
export class WriteThrottlerGuard implements CanActivate {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(@Inject(WRITE_RATE_LIMIT) private readonly limit: number) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.caller ? `token:${request.caller.name}` : `ip:${request.ip}`;
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.forgetOldWindows(now);
    }
    window.count += 1;
    if (window.count > this.limit) {
      const retryAfter = Math.ceil((window.start + WINDOW_MS - now) / 1000);
      context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(retryAfter));
      throw new HttpException(`More than ${this.limit} writes a minute; retry in ${retryAfter} s`, HttpStatus.TOO_MANY_REQUESTS);
    }
    return true;
  }

  private forgetOldWindows(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(key);
  }
}
