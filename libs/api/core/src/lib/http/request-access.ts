import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AccessAction, AccessSubject, AppRole, Locale } from '@tribeworks/contracts';

/** The signed-in user as the access layer sees them. */
export interface Principal {
  id: string;
  email: string;
  displayName: string;
  roles: AppRole[];
  locale: Locale;
}

/**
 * What an endpoint may ask about the caller: who they are and what they may do, on a kind
 * of thing or on one record (`can('read', 'Job', { requestedBy })`). Built per request by
 * the access layer; the one place that decides.
 */
export interface RequestAccess {
  principal: Principal;
  /** `field`: a rule may allow some fields only (a product owner edits the mission). */
  can(
    action: AccessAction,
    subject: AccessSubject,
    record?: Record<string, unknown>,
    field?: string,
  ): boolean;
}

export interface RequestWithAccess {
  access?: RequestAccess;
}

/** The caller's access (only on endpoints that are not public). */
export const Access = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestAccess => {
  const access = ctx.switchToHttp().getRequest<RequestWithAccess>().access;
  if (!access) throw new Error('@Access() used on an endpoint without a signed-in caller');
  return access;
});
