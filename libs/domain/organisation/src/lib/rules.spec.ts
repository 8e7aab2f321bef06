import { OrganisationErrorCode } from '@tribeworks/contracts';
import { describe, expect, it } from 'vitest';
import {
  checkNoOverlap,
  checkPeriod,
  checkPersonSquads,
  checkProductOwnerIsMember,
  checkProductOwnerStays,
  checkSquadCapacity,
  checkTribeCapacity,
  planChapterTransfer,
} from './rules';

const squad = { type: 'squad' as const, id: 's1', name: 'hypotheek-app' };
const tribe = { type: 'tribe' as const, id: 't1', name: 'Hypotheek' };
const person = { type: 'person' as const, id: 'p1', name: 'Sanne de Boer' };
const open = (from = '2025-01-01') => ({ from, until: null });
const members = (n: number, from = '2025-01-01') => Array.from({ length: n }, () => open(from));

describe('squad capacity', () => {
  it('lets a squad of 8 take a ninth member', () => {
    expect(
      checkSquadCapacity({ squad, limit: 9, period: open('2025-06-01'), members: members(8) }),
    ).toBeNull();
  });

  it('refuses a tenth, with the rule, the count, the limit and both languages', () => {
    const v = checkSquadCapacity({
      squad,
      limit: 9,
      period: open('2025-06-01'),
      members: members(9),
    });
    expect(v).toMatchObject({
      code: OrganisationErrorCode.SquadFull,
      status: 409,
      rule: 'squad.maxMembers',
      unit: squad,
      current: 9,
      limit: 9,
    });
    expect(v?.messages.nl).toBe("Squad 'hypotheek-app' heeft al 9 leden (limiet 9)");
    expect(v?.messages.en).toBe("Squad 'hypotheek-app' already has 9 members (limit 9)");
  });

  it('does not count a member who left before the new one starts', () => {
    const history = [...members(8), { from: '2024-01-01', until: '2025-05-31' }];
    expect(
      checkSquadCapacity({ squad, limit: 9, period: open('2025-06-01'), members: history }),
    ).toBeNull();
  });

  it('counts a member who joins later in the new membership period', () => {
    const future = [...members(8), open('2026-01-01')];
    const v = checkSquadCapacity({ squad, limit: 9, period: open('2025-06-01'), members: future });
    expect(v).toMatchObject({ current: 9, params: { on: '2026-01-01' } });
    // ... but not when the new membership ends before that member joins.
    expect(
      checkSquadCapacity({
        squad,
        limit: 9,
        period: { from: '2025-06-01', until: '2026-01-01' },
        members: future,
      }),
    ).toBeNull();
  });

  it('follows a configured limit', () => {
    expect(
      checkSquadCapacity({ squad, limit: 5, period: open(), members: members(5) })?.limit,
    ).toBe(5);
  });
});

describe('tribe capacity', () => {
  const people = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...open(), personId: `x${i}` }));

  it('refuses the 151st person', () => {
    const v = checkTribeCapacity({
      tribe,
      limit: 150,
      period: open('2025-06-01'),
      personId: 'p1',
      memberships: people(150),
    });
    expect(v).toMatchObject({
      code: 'tribe_full',
      current: 150,
      limit: 150,
      rule: 'tribe.maxPeople',
    });
    expect(v?.messages.en).toBe("Tribe 'Hypotheek' already has 150 people (limit 150)");
  });

  it('counts a person once, whatever their number of memberships', () => {
    const twice = [...people(149), { ...open(), personId: 'x0' }];
    expect(
      checkTribeCapacity({ tribe, limit: 150, period: open(), personId: 'p1', memberships: twice }),
    ).toBeNull();
  });

  it('lets someone already in the tribe join another of its squads', () => {
    const full = [...people(149), { ...open(), personId: 'p1' }];
    expect(
      checkTribeCapacity({
        tribe,
        limit: 150,
        period: open('2025-06-01'),
        personId: 'p1',
        memberships: full,
      }),
    ).toBeNull();
  });
});

describe('squads per person and FTE', () => {
  const base = { person, maxSquads: 2, maxFte: 1, period: open('2025-06-01') };

  it('allows two squads of 0.5', () => {
    expect(checkPersonSquads({ ...base, fte: 0.5, squads: [{ ...open(), fte: 0.5 }] })).toBeNull();
  });

  it('refuses a third squad', () => {
    const v = checkPersonSquads({
      ...base,
      fte: 0.1,
      squads: [
        { ...open(), fte: 0.3 },
        { ...open(), fte: 0.3 },
      ],
    });
    expect(v).toMatchObject({ code: 'too_many_squads', current: 2, limit: 2 });
    expect(v?.messages.nl).toBe('Sanne de Boer werkt al in 2 squads (limiet 2)');
  });

  it('refuses an FTE sum above 1 and accepts exactly 1 without rounding drift', () => {
    const v = checkPersonSquads({ ...base, fte: 0.5, squads: [{ ...open(), fte: 0.6 }] });
    expect(v).toMatchObject({
      code: 'fte_exceeded',
      current: 0.6,
      limit: 1,
      params: { fte: '0.5' },
    });
    expect(v?.messages.en).toContain('another 0.5 FTE exceeds the limit of 1 FTE');
    expect(
      checkPersonSquads({
        ...base,
        maxSquads: 3,
        fte: 0.7,
        squads: [
          { ...open(), fte: 0.1 },
          { ...open(), fte: 0.2 },
        ],
      }),
    ).toBeNull();
  });

  it('ignores a squad membership that ended yesterday', () => {
    const ended = [
      { from: '2024-01-01', until: '2025-06-01', fte: 1 },
      { from: '2024-01-01', until: '2025-06-01', fte: 1 },
    ];
    expect(checkPersonSquads({ ...base, fte: 1, squads: ended })).toBeNull();
  });
});

describe('product owner', () => {
  it('must be a current member of the squad', () => {
    const v = checkProductOwnerIsMember({
      squad,
      person,
      date: '2025-06-01',
      memberships: [{ from: '2024-01-01', until: '2025-06-01' }],
    });
    expect(v).toMatchObject({ code: 'product_owner_not_member', status: 422 });
    expect(v?.messages.en).toBe(
      "Sanne de Boer is not a member of squad 'hypotheek-app'; add them as a member first",
    );
    expect(
      checkProductOwnerIsMember({ squad, person, date: '2025-06-01', memberships: [open()] }),
    ).toBeNull();
  });

  it('stays a member', () => {
    expect(checkProductOwnerStays({ squad, person, isProductOwner: false })).toBeNull();
    expect(checkProductOwnerStays({ squad, person, isProductOwner: true })?.code).toBe(
      'product_owner_must_stay_member',
    );
  });
});

describe('one chapter at a time', () => {
  const producten = { type: 'chapter' as const, id: 'c1', name: 'Producten' };
  it('ends the current chapter membership on the day the new one starts', () => {
    const plan = planChapterTransfer({
      person,
      period: open('2025-06-01'),
      existing: [{ id: 'm1', chapter: producten, ...open('2024-01-01') }],
    });
    expect(plan).toEqual({ kind: 'end', membershipId: 'm1', until: '2025-06-01' });
  });

  it('has nothing to end when the old one ended already', () => {
    const plan = planChapterTransfer({
      person,
      period: open('2025-06-01'),
      existing: [{ id: 'm1', chapter: producten, from: '2024-01-01', until: '2025-05-01' }],
    });
    expect(plan).toEqual({ kind: 'none' });
  });

  it('refuses when a chapter membership starts on or after the new start', () => {
    const plan = planChapterTransfer({
      person,
      period: open('2025-06-01'),
      existing: [{ id: 'm1', chapter: producten, ...open('2025-06-01') }],
    });
    expect(plan.kind).toBe('refuse');
    if (plan.kind === 'refuse') expect(plan.violation.messages.nl).toContain("chapter 'Producten'");
  });
});

describe('periods and overlap', () => {
  it('refuses an end on or before the start', () => {
    expect(checkPeriod({ from: '2025-06-01', until: '2025-06-01' }, squad)?.code).toBe(
      'invalid_period',
    );
    expect(checkPeriod({ from: '2025-06-01', until: '2025-06-02' }, squad)).toBeNull();
  });

  it('refuses a second membership of the same unit in an overlapping period', () => {
    const v = checkNoOverlap({
      period: open('2025-06-01'),
      unit: squad,
      person,
      existing: [open('2025-01-01')],
    });
    expect(v?.messages.nl).toBe("Sanne de Boer is in die periode al lid van squad 'hypotheek-app'");
    expect(
      checkNoOverlap({
        period: open('2025-06-01'),
        unit: squad,
        person,
        existing: [{ from: '2025-01-01', until: '2025-06-01' }],
      }),
    ).toBeNull();
  });
});
