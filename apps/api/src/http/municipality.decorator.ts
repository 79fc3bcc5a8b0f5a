import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { httpRequest } from './http-context.js';

/**
 * Every read and write route answers twice: unprefixed, for DEFAULT_MUNICIPALITY (so existing
 * clients keep working), and under `/municipalities/{municipality}`. The AuthGuard resolves which.
 */
export const MUNICIPALITY_PREFIX = 'municipalities/:municipality';

/** `path` unprefixed and under `prefix` (the pages use `kommuner/:municipality`). */
export const inMunicipalities = (path: string, prefix = MUNICIPALITY_PREFIX): string[] => [path, path ? `${prefix}/${path}` : prefix];

/** The slug of the municipality the request is for. */
export const Municipality = createParamDecorator((_: unknown, context: ExecutionContext): string => municipalityOf(httpRequest<AuthenticatedRequest>(context)));

/** The slug the AuthGuard resolved for the request (what @Municipality() gives, for a handler that has the request at hand). */
export function municipalityOf(request: AuthenticatedRequest): string {
  if (!request.municipality) throw new Error('Bug: a municipality route ran before the AuthGuard resolved its municipality');
  return request.municipality;
}

export const ApiMunicipality = () =>
  ApiParam({ name: 'municipality', required: false, description: 'slug, e.g. ballerup, koebenhavn, aarhus (only on /municipalities/{municipality}/...; the unprefixed route is DEFAULT_MUNICIPALITY)' });
