import { checkSquadCapacity } from '@tribeworks/organisation';
import { describe, expect, it } from 'vitest';
import { RuleViolationError } from './organisation.errors';

const full = () =>
  new RuleViolationError(
    checkSquadCapacity({
      squad: { type: 'squad', id: 's-1', name: 'hypotheek-app' },
      limit: 9,
      period: { from: '2026-12-01', until: null },
      members: Array.from({ length: 9 }, () => ({ from: '2026-01-01', until: null })),
    })!,
  );

describe('a refused rule as an error', () => {
  it('speaks Dutch by default and English on request, with the same code and details', () => {
    const dutch = full();
    const english = dutch.inLocale('en');
    expect(dutch.message).toBe("Squad 'hypotheek-app' heeft al 9 leden (limiet 9)");
    expect(english.message).toBe("Squad 'hypotheek-app' already has 9 members (limit 9)");
    expect(english).toBeInstanceOf(RuleViolationError);
    expect({ code: english.code, status: english.status, details: english.details }).toEqual({
      code: dutch.code,
      status: 409,
      details: dutch.details,
    });
    expect(dutch.details).toMatchObject({ current: 9, limit: 9, rule: 'squad.maxMembers' });
  });
});
