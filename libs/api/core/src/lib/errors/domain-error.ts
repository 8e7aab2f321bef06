import { ErrorCode, type Locale } from '@tribeworks/contracts';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/**
 * Base of every error the application raises on purpose. Carries a stable code and the
 * HTTP status it maps to; the exception filter turns it into `{ code, message, details }`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /**
   * The same error with its message in `locale`; the exception filter asks for the
   * request's language. Errors whose message is written in one language return themselves.
   */
  inLocale(_locale: Locale): DomainError {
    return this;
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message, 404);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(readonly fields: FieldProblem[]) {
    super(
      ErrorCode.ValidationFailed,
      `Invalid request: ${fields.map((f) => `${f.field} ${f.problems.join(', ')}`).join('; ')}`,
      400,
      { fields },
    );
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message, 503);
  }
}
