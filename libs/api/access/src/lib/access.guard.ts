import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  currentContext,
  IS_PUBLIC,
  type Principal,
  REQUIRED_ABILITY,
  type RequestWithAccess,
  type RequiredAbility,
  SIGNED_IN_ONLY,
} from '@tribeworks/api-core';
import { CSRF_HEADER, SESSION_COOKIE } from '@tribeworks/contracts';
import type { Request } from 'express';
import { CsrfError, ForbiddenError, UnauthenticatedError } from './access.errors';
import { AbilityFactory } from './ability.factory';
import { SessionService } from './session.service';
import { csrfTokenFor, safeEqual } from './tokens';
import type { User } from './user.entity';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthenticatedRequest extends Request, RequestWithAccess {
  session?: { token: string; tokenHash: string; user: User };
}

export function toPrincipal(user: User): Principal {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: user.locale,
  };
}

/**
 * The one place that decides who may call what. Runs before every handler:
 * public endpoints pass; everything else needs a live session, a CSRF token on writes,
 * and either `@SignedIn()` or a `@Can(action, subject)` the caller's abilities grant.
 * An endpoint with no rule at all is refused: new endpoints are closed by default.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly abilities: AbilityFactory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const signedInOnly = this.reflector.getAllAndOverride<boolean>(SIGNED_IN_ONLY, targets);
    const required = this.reflector.getAllAndOverride<RequiredAbility>(REQUIRED_ABILITY, targets);
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const ctx = currentContext();
    const requestId = (req as { id?: unknown }).id;
    ctx.requestId = requestId === undefined ? undefined : String(requestId);

    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const resolved = token ? await this.sessions.resolve(token) : undefined;
    if (resolved && token) {
      req.session = { token, tokenHash: resolved.session.tokenHash, user: resolved.user };
      req.access = await this.abilities.accessFor(toPrincipal(resolved.user));
      ctx.userId = resolved.user.id;
      ctx.userEmail = resolved.user.email;
    }
    if (isPublic) return true;
    if (!resolved || !token) throw new UnauthenticatedError();

    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !safeEqual(header, csrfTokenFor(token))) {
        throw new CsrfError();
      }
    }
    if (signedInOnly) return true;
    if (!required) throw new ForbiddenError('This endpoint has no access rule');
    if (!req.access!.can(required.action, required.subject)) throw new ForbiddenError();
    return true;
  }
}
