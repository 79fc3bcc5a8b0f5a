import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { findMunicipality } from '#cases';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { inMunicipalities } from '../http/municipality.decorator.js';

/** The pages answer unprefixed (DEFAULT_MUNICIPALITY) and under `/kommuner/{slug}/...`, as the API under `/municipalities/{slug}/...`. */
export const inKommuner = (path: string): string[] => inMunicipalities(path, 'kommuner/:municipality');

/** Which municipality a page shows, and the prefixes that keep its links inside it. */
export interface PageMunicipality {
  slug: string;
  name: string;
  /** Prefix of the pages' own links: '' on the unprefixed routes, else `/kommuner/{slug}`. */
  base: string;
  /** Prefix of links into the JSON API: '' or `/municipalities/{slug}`. */
  apiBase: string;
}

/** Undefined before the AuthGuard resolved the municipality (an unknown slug, say). */
export function pageMunicipalityOf(request: Pick<AuthenticatedRequest, 'municipality' | 'params'>): PageMunicipality | undefined {
  const slug = request.municipality;
  if (!slug) return undefined;
  const prefixed = request.params?.municipality !== undefined;
  return {
    slug,
    name: findMunicipality(slug)?.name ?? slug,
    base: prefixed ? `/kommuner/${slug}` : '',
    apiBase: prefixed ? `/municipalities/${slug}` : '',
  };
}

/** The page's municipality, resolved by the AuthGuard from `/kommuner/{slug}` or DEFAULT_MUNICIPALITY. */
export const PageIn = createParamDecorator((_: unknown, context: ExecutionContext): PageMunicipality => {
  const where = pageMunicipalityOf(context.switchToHttp().getRequest<AuthenticatedRequest>());
  if (!where) throw new Error('Bug: a page ran before the AuthGuard resolved its municipality');
  return where;
});
