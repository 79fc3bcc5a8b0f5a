import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';

/**
 * Every read and write route answers twice: unprefixed, for DEFAULT_MUNICIPALITY (so existing
 * clients keep working), and under `/municipalities/{municipality}`. The AuthGuard resolves which.
 */
export const MUNICIPALITY_PREFIX = 'municipalities/:municipality';

/** `path` unprefixed and under `prefix` (the pages use `kommuner/:municipality`). */
export const inMunicipalities = (path: string, prefix = MUNICIPALITY_PREFIX): string[] => [path, path ? `${prefix}/${path}` : prefix];

/** The slug of the municipality the request is for. */
export const Municipality = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.municipality) throw new Error('Bug: a municipality route ran before the AuthGuard resolved its municipality');
  return request.municipality;
});

export const ApiMunicipality = () =>
  ApiParam({ name: 'municipality', required: false, description: 'slug, e.g. ballerup, koebenhavn, aarhus (only on /municipalities/{municipality}/...; the unprefixed route is DEFAULT_MUNICIPALITY)' });
