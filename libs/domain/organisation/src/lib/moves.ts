import type { Period } from './dates';
import { fteHundredths } from './limits';

/**
 * Leaving and rejoining units on a day, for moves between squads. A period is [from, until):
 * a membership that starts and ends on the same day holds on no day at all, and the database
 * refuses it (from < until). These decide what a move does instead.
 */

/** How a membership is left on `date`, the first day without it. */
export type LeavePlan = { kind: 'end'; until: string } | { kind: 'remove' };

/**
 * Leaving on D ends the membership on D. One that started on D would keep no day: it never
 * held, so it is removed rather than ended (history shows nothing that never was).
 */
export function planLeave(membership: Period, date: string): LeavePlan {
  return membership.from === date ? { kind: 'remove' } : { kind: 'end', until: date };
}

/**
 * Joining a unit for `period`: the person's membership of that unit that ended on the new
 * period's first day, with the same FTE, is resumed (given the new period's end) instead of
 * starting a second one right after it. Moving back on the day one left therefore leaves one
 * unbroken membership, as if nothing had happened. `previous` are the person's memberships of
 * that unit; the one to resume, if any, is returned.
 */
export function findResumable<T extends Period & { fte: number | null }>(
  previous: readonly T[],
  period: Period,
  fte: number | null,
): T | undefined {
  const same = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : fteHundredths(a) === fteHundredths(b);
  return previous.find((m) => m.until !== null && m.until === period.from && same(m.fte, fte));
}
