import { SetMetadata } from '@nestjs/common';
import type { AccessAction, AccessSubject } from '@tribeworks/contracts';

export const REQUIRED_ABILITY = 'tribeworks:requiredAbility';
export const SIGNED_IN_ONLY = 'tribeworks:signedInOnly';

export interface RequiredAbility {
  action: AccessAction;
  subject: AccessSubject;
}

/**
 * The permission an endpoint needs, checked by the access guard before the handler runs.
 * Checks on one record (this chapter, this person) happen in the service, with the same
 * abilities. An endpoint with neither `@Can`, `@SignedIn` nor `@Public` is refused.
 */
export const Can = (action: AccessAction, subject: AccessSubject) =>
  SetMetadata(REQUIRED_ABILITY, { action, subject } satisfies RequiredAbility);

/** Any signed-in user may call this endpoint (their own session, profile, password). */
export const SignedIn = () => SetMetadata(SIGNED_IN_ONLY, true);
