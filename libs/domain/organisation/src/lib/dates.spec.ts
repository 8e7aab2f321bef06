import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkpoints,
  isCurrentOn,
  isIsoDate,
  isValidPeriod,
  overlaps,
  peakOver,
} from './dates';

describe('effective dating', () => {
  it('counts a membership as current from its first day up to, not including, its end', () => {
    const m = { from: '2025-01-01', until: '2025-03-01' };
    expect(isCurrentOn(m, '2024-12-31')).toBe(false);
    expect(isCurrentOn(m, '2025-01-01')).toBe(true);
    expect(isCurrentOn(m, '2025-02-28')).toBe(true);
    expect(isCurrentOn(m, '2025-03-01')).toBe(false);
  });

  it('does not count a membership that ended yesterday', () => {
    const today = '2025-06-15';
    expect(isCurrentOn({ from: '2024-01-01', until: today }, today)).toBe(false);
    expect(isCurrentOn({ from: '2024-01-01', until: addDays(today, 1) }, today)).toBe(true);
  });

  it('treats an open end as current for ever', () => {
    expect(isCurrentOn({ from: '2025-01-01', until: null }, '2099-12-31')).toBe(true);
  });

  it('sees overlap only where two periods share a day', () => {
    const a = { from: '2025-01-01', until: '2025-02-01' };
    expect(overlaps(a, { from: '2025-02-01', until: null })).toBe(false);
    expect(overlaps(a, { from: '2025-01-31', until: null })).toBe(true);
    expect(overlaps({ from: '2025-01-01', until: null }, { from: '2030-01-01', until: null })).toBe(
      true,
    );
  });

  it('validates dates and periods', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isValidPeriod({ from: '2025-01-02', until: '2025-01-02' })).toBe(false);
    expect(isValidPeriod({ from: '2025-01-02', until: '2025-01-03' })).toBe(true);
    expect(isValidPeriod({ from: '2025-01-02', until: null })).toBe(true);
  });

  it('finds the peak of a count on the days where memberships start', () => {
    const window = { from: '2025-01-01', until: null };
    const items = [
      { from: '2024-01-01', until: '2025-03-01' },
      { from: '2025-02-01', until: null },
      { from: '2025-04-01', until: null },
    ];
    expect(checkpoints(window, items)).toEqual(['2025-01-01', '2025-02-01', '2025-04-01']);
    expect(peakOver(window, items, (c) => c.length)).toEqual({ value: 2, on: '2025-02-01' });
  });
});
