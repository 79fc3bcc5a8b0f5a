import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, NotFoundException, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DEFAULT_MUNICIPALITY, findMunicipality } from '#cases';
import { type ApiToken, findToken, hasRole, mayWriteIn, type Role } from './api-tokens.js';
import { httpRequest } from '../http/http-context.js';
import { requestPath } from '../http/request-path.js';
import { REQUIRED_ROLE } from './roles.decorator.js';

export const API_TOKENS = Symbol('API_TOKENS');
export const READS_NEED_TOKEN = Symbol('READS_NEED_TOKEN');

/** On a handler that learns its municipality from the request body or document and checks the token's scope itself. */
export const SCOPE_CHECKED_BY_HANDLER = 'scopeCheckedByHandler';
export const ScopeCheckedByHandler = () => SetMetadata(SCOPE_CHECKED_BY_HANDLER, true);

export interface Caller {
  name: string;
  role: Role;
  /** The municipalities it may write in; absent: every one. */
  municipalities?: readonly string[];
}

/** `municipality`: the slug of the route's `/municipalities/{slug}/...`, or the default for an unprefixed route. */
export type AuthenticatedRequest = FastifyRequest<{ Params: Record<string, string | undefined>; Querystring: Record<string, unknown> }> & {
  caller?: Caller;
  municipality?: string;
};

interface RouteRule {
  needed: Role | undefined;
  scopeInHandler: boolean;
}

/**
 * Bearer tokens: writes need their role, and a token scoped to municipalities writes only in
 * those; reads are open unless configured closed. Also resolves the request's municipality.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly rules = new WeakMap<Function, RouteRule>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_TOKENS) private readonly tokens: ApiToken[],
    @Inject(READS_NEED_TOKEN) private readonly readsNeedToken: boolean,
    @Inject(DEFAULT_MUNICIPALITY) private readonly defaultMunicipality: string,
  ) {}

  private municipalityOf(request: AuthenticatedRequest): string {
    const given = request.params?.municipality;
    if (given === undefined) return this.defaultMunicipality;
    const found = findMunicipality(given);
    if (!found || found.slug !== given) throw new NotFoundException(`"${given}" is not a municipality's slug (e.g. ballerup, koebenhavn, aarhus; GET /municipalities lists those with data)`);
    return found.slug;
  }

  /** A route's role and scope rule, looked up once per handler (metadata does not change). */
  private routeRule(handler: Function, controller: Function): RouteRule {
    let rule = this.rules.get(handler);
    if (!rule) {
      rule = {
        needed: this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [handler, controller]),
        scopeInHandler: this.reflector.getAllAndOverride<boolean | undefined>(SCOPE_CHECKED_BY_HANDLER, [handler, controller]) ?? false,
      };
      this.rules.set(handler, rule);
    }
    return rule;
  }

  canActivate(context: ExecutionContext): boolean {
    const { needed, scopeInHandler } = this.routeRule(context.getHandler(), context.getClass());
    const request = httpRequest<AuthenticatedRequest>(context);
    const path = requestPath(request);
    if (path === '/health' || path.startsWith('/docs')) return true;
    request.municipality = this.municipalityOf(request);
    const header = request.headers.authorization;
    // Auth schemes are case-insensitive (RFC 9110 §11.1): `bearer x` is `Bearer x`.
    const secret = header === undefined ? undefined : /^bearer[ \t]+(.+)$/i.exec(header)?.[1]?.trim() || undefined;
    const token = secret ? findToken(this.tokens, secret) : undefined;
    if (token) request.caller = { name: token.name, role: token.role, ...(token.municipalities ? { municipalities: token.municipalities } : {}) };
    if (!needed && !this.readsNeedToken) return true;
    if (!secret) throw new UnauthorizedException('This needs a bearer token (Authorization: Bearer <token>)');
    if (!token) throw new UnauthorizedException('The bearer token is not known');
    if (needed && !hasRole(token.role, needed)) throw new ForbiddenException(`This needs the ${needed} role; token "${token.name}" has ${token.role}`);
    if (needed && !scopeInHandler && !mayWriteIn(token, request.municipality)) {
      throw new ForbiddenException(`Token "${token.name}" may write in ${token.municipalities!.join(', ')} only, not in ${request.municipality}`);
    }
    return true;
  }
}
