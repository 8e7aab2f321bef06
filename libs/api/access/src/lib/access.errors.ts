import { DomainError } from '@tribeworks/api-core';
import { ErrorCode } from '@tribeworks/contracts';

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue') {
    super(ErrorCode.Unauthenticated, message, 401);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super(ErrorCode.Forbidden, message, 403);
  }
}

export class CsrfError extends DomainError {
  constructor() {
    super(
      ErrorCode.CsrfFailed,
      'Missing or wrong CSRF token: send the x-csrf-token header from your session',
      403,
    );
  }
}

/** The same message whether the account exists or not. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(ErrorCode.InvalidCredentials, 'E-mail address or password is incorrect', 401);
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(minutes: number) {
    super(
      ErrorCode.TooManyAttempts,
      `Too many failed login attempts; try again in ${minutes} minutes`,
      429,
      { retryAfterMinutes: minutes },
    );
  }
}

export class TokenInvalidError extends DomainError {
  constructor() {
    super(ErrorCode.TokenInvalid, 'This link is invalid, already used or expired', 400);
  }
}

export class EmailTakenError extends DomainError {
  constructor(email: string) {
    super(ErrorCode.EmailTaken, `A user with e-mail address ${email} already exists`, 409, {
      field: 'email',
    });
  }
}

export class StaleVersionError extends DomainError {
  constructor(entity: string) {
    super(
      ErrorCode.StaleVersion,
      `${entity} was changed by someone else in the meantime; reload and try again`,
      409,
    );
  }
}
