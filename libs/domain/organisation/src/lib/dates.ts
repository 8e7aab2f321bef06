/**
 * Effective dating. A period is [from, until): it starts on `from` and has ended on `until`
 * (null: open-ended). Dates are ISO calendar dates (YYYY-MM-DD), which compare as strings.
 */
export interface Period {
  from: string;
  until: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The calendar date of an instant in UTC (the server's notion of "today"). */
export function toIsoDate(instant: Date = new Date()): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** A period is valid when it ends after it starts. */
export function isValidPeriod(period: Period): boolean {
  return (
    isIsoDate(period.from) &&
    (period.until === null || (isIsoDate(period.until) && period.from < period.until))
  );
}

/** Current on date D: from <= D and (until is null or D < until). */
export function isCurrentOn(period: Period, date: string): boolean {
  return period.from <= date && (period.until === null || date < period.until);
}

/** Two half-open periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return (a.until === null || b.from < a.until) && (b.until === null || a.from < b.until);
}

/**
 * The dates inside `window` where the set of current periods can grow: the window's start
 * and every start that falls inside it. A count or sum peaks on one of these dates.
 */
export function checkpoints(window: Period, periods: readonly Period[]): string[] {
  const dates = new Set([window.from]);
  for (const p of periods)
    if (p.from > window.from && isCurrentOn(window, p.from)) dates.add(p.from);
  return [...dates].sort();
}

/**
 * The highest value of `measure` over the current items on any day of `window`, and the
 * first date it is reached (for "already has 9 members on 2025-03-01").
 */
export function peakOver<T extends Period>(
  window: Period,
  items: readonly T[],
  measure: (current: T[]) => number,
): { value: number; on: string } {
  let best = { value: 0, on: window.from };
  for (const date of checkpoints(window, items)) {
    const value = measure(items.filter((item) => isCurrentOn(item, date)));
    if (value > best.value) best = { value, on: date };
  }
  return best;
}
