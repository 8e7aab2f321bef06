import { DomainError, NotFoundError } from '@tribeworks/api-core';
import {
  DEFAULT_LOCALE,
  ErrorCode,
  type Locale,
  OrganisationErrorCode,
} from '@tribeworks/contracts';
import { type UnitRef, type Violation, violation } from '@tribeworks/organisation';

/**
 * A change the organisation's rules refuse. Carries the message in every language; the
 * exception filter picks the one of the request (Dutch by default).
 * `details` holds `{ rule, unit, current, limit, params }`.
 */
export class RuleViolationError extends DomainError {
  constructor(
    readonly violation: Violation,
    locale: Locale = DEFAULT_LOCALE,
  ) {
    super(violation.code, violation.messages[locale], violation.status, {
      rule: violation.rule,
      unit: violation.unit,
      current: violation.current,
      limit: violation.limit,
      params: violation.params,
    });
  }

  override inLocale(locale: Locale): RuleViolationError {
    return new RuleViolationError(this.violation, locale);
  }
}

/** Throws when the rule said no. */
export function enforce(result: Violation | null): void {
  if (result) throw new RuleViolationError(result);
}

export const notFound = (what: string, id: string) =>
  new NotFoundError(ErrorCode.NotFound, `No ${what} with id ${id}`);

export const nameTaken = (unit: UnitRef) =>
  new RuleViolationError(
    violation({
      code: OrganisationErrorCode.NameTaken,
      status: 409,
      rule: 'organisation.same',
      unit,
    }),
  );

export const unitInUse = (unit: UnitRef) =>
  new RuleViolationError(
    violation({
      code: OrganisationErrorCode.UnitInUse,
      status: 409,
      rule: 'organisation.same',
      unit,
    }),
  );

export const crossOrganisation = (unit: UnitRef, person: UnitRef) =>
  new RuleViolationError(
    violation({
      code: OrganisationErrorCode.CrossOrganisation,
      status: 422,
      rule: 'organisation.same',
      unit,
      params: { person: person.name, personId: person.id },
    }),
  );

export class StaleVersionError extends DomainError {
  constructor(what: string) {
    super(
      ErrorCode.StaleVersion,
      `${what} was changed by someone else in the meantime; reload and try again`,
      409,
    );
  }
}
