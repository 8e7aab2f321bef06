import { describe, expect, it } from 'vitest';
import { findResumable, planLeave } from './moves';

describe('leaving a membership on a day', () => {
  it('ends a membership that started before the day, on the day', () => {
    expect(planLeave({ from: '2024-01-01', until: null }, '2025-06-01')).toEqual({
      kind: 'end',
      until: '2025-06-01',
    });
  });

  it('removes a membership that started on the day: it never held', () => {
    expect(planLeave({ from: '2025-06-01', until: null }, '2025-06-01')).toEqual({
      kind: 'remove',
    });
    expect(planLeave({ from: '2025-06-01', until: '2025-09-01' }, '2025-06-01')).toEqual({
      kind: 'remove',
    });
  });
});

describe('rejoining a unit', () => {
  const endedOnTheDay = { id: 'm1', from: '2024-01-01', until: '2025-06-01', fte: 0.8 };
  const period = { from: '2025-06-01', until: null };

  it('resumes the membership that ended on the first day of the new period', () => {
    expect(findResumable([endedOnTheDay], period, 0.8)).toBe(endedOnTheDay);
  });

  it('compares FTE shares in hundredths', () => {
    expect(findResumable([{ ...endedOnTheDay, fte: 0.1 + 0.2 }], period, 0.3)?.id).toBe('m1');
  });

  it('starts a new one when the FTE differs, the old one ended earlier, or never ended', () => {
    expect(findResumable([endedOnTheDay], period, 0.5)).toBeUndefined();
    expect(findResumable([{ ...endedOnTheDay, until: '2025-05-31' }], period, 0.8)).toBeUndefined();
    expect(findResumable([{ ...endedOnTheDay, until: null }], period, 0.8)).toBeUndefined();
  });

  it('matches memberships without an FTE (chapters, guilds) among themselves', () => {
    expect(findResumable([{ ...endedOnTheDay, fte: null }], period, null)?.id).toBe('m1');
    expect(findResumable([{ ...endedOnTheDay, fte: null }], period, 1)).toBeUndefined();
  });
});
