import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { type ApiToken, findToken, hasRole, type Role } from './api-tokens.js';
import { REQUIRED_ROLE } from './roles.decorator.js';

export const API_TOKENS = Symbol('API_TOKENS');
export const READS_NEED_TOKEN = Symbol('READS_NEED_TOKEN');

export interface Caller {
  name: string;
  role: Role;
}

export type AuthenticatedRequest = Request & { caller?: Caller };

/** Bearer tokens: writes need their role; reads are open unless configured closed. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_TOKENS) private readonly tokens: ApiToken[],
    @Inject(READS_NEED_TOKEN) private readonly readsNeedToken: boolean,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const needed = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const path = request.path ?? '';
    if (path === '/health' || path.startsWith('/docs')) return true;
    const header = request.headers.authorization;
    // Auth schemes are case-insensitive (RFC 9110 §11.1): `bearer x` is `Bearer x`.
    const secret = header === undefined ? undefined : /^bearer[ \t]+(.+)$/i.exec(header)?.[1]?.trim() || undefined;
    const token = secret ? findToken(this.tokens, secret) : undefined;
    if (token) request.caller = { name: token.name, role: token.role };
    if (!needed && !this.readsNeedToken) return true;
    if (!secret) throw new UnauthorizedException('This needs a bearer token (Authorization: Bearer <token>)');
    if (!token) throw new UnauthorizedException('The bearer token is not known');
    if (needed && !hasRole(token.role, needed)) throw new ForbiddenException(`This needs the ${needed} role; token "${token.name}" has ${token.role}`);
    return true;
  }
}
