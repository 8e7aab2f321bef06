import { OrganisationErrorCode } from '@tribeworks/contracts';
import { isCurrentOn, isValidPeriod, overlaps, type Period, peakOver } from './dates';
import { fteHundredths, formatFte } from './limits';
import { RULES, type UnitRef, type Violation, violation } from './violations';

/**
 * The rules of the organisation model as pure functions. Each takes the facts that hold now
 * (the memberships that overlap the change, the limits) and answers null when the change is
 * allowed, or the violation. A limit must hold on every day of the new membership's period,
 * so counts are the peak over that period, not only the count on its first day.
 */

export interface PeriodOf<T = unknown> extends Period {
  value?: T;
}

/** A period must end after it starts. */
export function checkPeriod(period: Period, unit: UnitRef): Violation | null {
  if (isValidPeriod(period)) return null;
  return violation({
    code: OrganisationErrorCode.InvalidPeriod,
    status: 422,
    rule: RULES.validPeriod,
    unit,
    params: { from: period.from, until: period.until },
  });
}

/** A person is in a unit at most once at a time. */
export function checkNoOverlap(input: {
  period: Period;
  unit: UnitRef;
  person: UnitRef;
  existing: readonly Period[];
}): Violation | null {
  if (!input.existing.some((p) => overlaps(p, input.period))) return null;
  return violation({
    code: OrganisationErrorCode.MembershipOverlap,
    status: 422,
    rule: RULES.noOverlap,
    unit: input.unit,
    params: { person: input.person.name, personId: input.person.id },
  });
}

/** A squad has at most `limit` members (its product owner is one of them). */
export function checkSquadCapacity(input: {
  squad: UnitRef;
  limit: number;
  period: Period;
  /** The squad's memberships that overlap the period (the new one not included). */
  members: readonly Period[];
}): Violation | null {
  const peak = peakOver(input.period, input.members, (current) => current.length);
  if (peak.value + 1 <= input.limit) return null;
  return violation({
    code: OrganisationErrorCode.SquadFull,
    status: 409,
    rule: RULES.squadMaxMembers,
    unit: input.squad,
    current: peak.value,
    limit: input.limit,
    params: { on: peak.on },
  });
}

/**
 * A tribe has at most `limit` people: everyone with a squad or chapter membership in it.
 * Only a person who is new to the tribe on some day of the period adds to the count.
 */
export function checkTribeCapacity(input: {
  tribe: UnitRef;
  limit: number;
  period: Period;
  personId: string;
  /** Squad and chapter memberships in the tribe overlapping the period (the new one excluded). */
  memberships: readonly (Period & { personId: string })[];
}): Violation | null {
  const others = input.memberships.filter((m) => m.personId !== input.personId);
  const own = input.memberships.filter((m) => m.personId === input.personId);
  const distinct = (current: (Period & { personId: string })[]) =>
    new Set(current.map((m) => m.personId)).size;
  // The days on which the person is not yet counted: where the new membership adds them.
  const checkDates = new Set([input.period.from, ...others.map((m) => m.from)]);
  let worst: { value: number; on: string } | null = null;
  for (const date of [...checkDates].sort()) {
    if (!isCurrentOn(input.period, date)) continue;
    if (own.some((m) => isCurrentOn(m, date))) continue;
    const value = distinct(others.filter((m) => isCurrentOn(m, date)));
    if (value + 1 > input.limit && (!worst || value > worst.value)) worst = { value, on: date };
  }
  if (!worst) return null;
  return violation({
    code: OrganisationErrorCode.TribeFull,
    status: 409,
    rule: RULES.tribeMaxPeople,
    unit: input.tribe,
    current: worst.value,
    limit: input.limit,
    params: { on: worst.on },
  });
}

/**
 * A person works in at most `maxSquads` squads at once, and the FTE shares of their current
 * squads add up to at most `maxFte`.
 */
export function checkPersonSquads(input: {
  person: UnitRef;
  maxSquads: number;
  maxFte: number;
  period: Period;
  fte: number;
  /** The person's squad memberships overlapping the period (the new one excluded). */
  squads: readonly (Period & { fte: number })[];
}): Violation | null {
  const count = peakOver(input.period, input.squads, (current) => current.length);
  if (count.value + 1 > input.maxSquads) {
    return violation({
      code: OrganisationErrorCode.TooManySquads,
      status: 409,
      rule: RULES.personMaxSquads,
      unit: input.person,
      current: count.value,
      limit: input.maxSquads,
      params: { on: count.on },
    });
  }
  const sum = peakOver(input.period, input.squads, (current) =>
    current.reduce((total, m) => total + fteHundredths(m.fte), 0),
  );
  if (sum.value + fteHundredths(input.fte) > fteHundredths(input.maxFte)) {
    return violation({
      code: OrganisationErrorCode.FteExceeded,
      status: 409,
      rule: RULES.personMaxFte,
      unit: input.person,
      current: sum.value / 100,
      limit: input.maxFte,
      params: { on: sum.on, fte: formatFte(fteHundredths(input.fte)) },
    });
  }
  return null;
}

/** A squad's product owner is one of its current members. */
export function checkProductOwnerIsMember(input: {
  squad: UnitRef;
  person: UnitRef;
  date: string;
  memberships: readonly Period[];
}): Violation | null {
  if (input.memberships.some((m) => isCurrentOn(m, input.date))) return null;
  return violation({
    code: OrganisationErrorCode.ProductOwnerNotMember,
    status: 422,
    rule: RULES.productOwnerIsMember,
    unit: input.squad,
    params: { person: input.person.name, personId: input.person.id },
  });
}

/** The squad's product owner stays a member: ending their membership on or before `date` is refused. */
export function checkProductOwnerStays(input: {
  squad: UnitRef;
  person: UnitRef;
  isProductOwner: boolean;
}): Violation | null {
  if (!input.isProductOwner) return null;
  return violation({
    code: OrganisationErrorCode.ProductOwnerMustStay,
    status: 422,
    rule: RULES.productOwnerIsMember,
    unit: input.squad,
    params: { person: input.person.name, personId: input.person.id },
  });
}

export type ChapterTransfer =
  | { kind: 'none' }
  | { kind: 'end'; membershipId: string; until: string }
  | { kind: 'refuse'; violation: Violation };

/**
 * A person is in one chapter at a time (their line). Starting a chapter membership on D
 * ends the one that is current on D, on D itself (a transfer: nothing is overwritten). A
 * chapter membership that starts on or after D cannot be ended that way: the start is refused.
 */
export function planChapterTransfer(input: {
  person: UnitRef;
  period: Period;
  existing: readonly (Period & { id: string; chapter: UnitRef })[];
}): ChapterTransfer {
  const clashing = input.existing.filter((m) => overlaps(m, input.period));
  if (!clashing.length) return { kind: 'none' };
  const later = clashing.find((m) => m.from >= input.period.from);
  if (later || clashing.length > 1) {
    const m = later ?? clashing[clashing.length - 1]!;
    return {
      kind: 'refuse',
      violation: violation({
        code: OrganisationErrorCode.ChapterOverlap,
        status: 422,
        rule: RULES.oneChapterAtATime,
        unit: m.chapter,
        params: { person: input.person.name, personId: input.person.id, existingFrom: m.from },
      }),
    };
  }
  const current = clashing[0]!;
  return { kind: 'end', membershipId: current.id, until: input.period.from };
}
