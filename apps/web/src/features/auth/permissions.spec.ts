import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fake-api';
import type { Session } from './api/auth.api';
import { can } from './permissions';

const TRIBE = 'tribe-1';
const OTHER_TRIBE = 'tribe-2';
const MY_SQUAD = 'squad-a';
const OTHER_SQUAD = 'squad-b';

function withPermissions(permissions: Session['permissions']): Session {
  return { ...aSession('member'), permissions };
}

/** A squad membership as the API checks it when moving someone. */
const membership = (squadId: string, tribeId = TRIBE) => ({
  kind: 'squad',
  personId: 'person-1',
  tribeId,
  squadId,
  chapterId: null,
  guildId: null,
  departmentId: null,
});

describe('can', () => {
  it('says no without a session', () => {
    expect(can(null, 'read', 'Framework')).toBe(false);
    expect(can(undefined, 'update', 'Membership', membership(MY_SQUAD))).toBe(false);
  });

  it('answers by action and subject, with manage for every action and all for every subject', () => {
    const reader = withPermissions([{ action: 'read', subject: 'Framework' }]);
    expect(can(reader, 'read', 'Framework')).toBe(true);
    expect(can(reader, 'import', 'Framework')).toBe(false);
    expect(can(reader, 'read', 'Job')).toBe(false);

    const hr = withPermissions([{ action: 'manage', subject: 'Membership' }]);
    expect(can(hr, 'create', 'Membership')).toBe(true);
    expect(can(hr, 'update', 'Membership', membership(OTHER_SQUAD, OTHER_TRIBE))).toBe(true);
    expect(can(hr, 'update', 'Squad')).toBe(false);

    const admin = withPermissions([{ action: 'manage', subject: 'all' }]);
    expect(can(admin, 'run', 'System')).toBe(true);
    expect(can(admin, 'create', 'Membership', membership(OTHER_SQUAD))).toBe(true);
  });

  it('counts a rule narrowed by conditions as "some of them" when asked without a record', () => {
    const productOwner = withPermissions([
      { action: 'update', subject: 'Membership', conditions: { squadId: { $in: [MY_SQUAD] } } },
    ]);
    expect(can(productOwner, 'update', 'Membership')).toBe(true);
    expect(can(productOwner, 'create', 'Membership')).toBe(false);
  });

  it('answers for one record by the conditions of the rules', () => {
    const productOwner = withPermissions([
      { action: 'create', subject: 'Membership', conditions: { squadId: { $in: [MY_SQUAD] } } },
      { action: 'update', subject: 'Membership', conditions: { squadId: { $in: [MY_SQUAD] } } },
    ]);
    expect(can(productOwner, 'update', 'Membership', membership(MY_SQUAD))).toBe(true);
    expect(can(productOwner, 'update', 'Membership', membership(OTHER_SQUAD))).toBe(false);
    expect(can(productOwner, 'create', 'Membership', membership(OTHER_SQUAD))).toBe(false);
    expect(can(productOwner, 'delete', 'Membership', membership(MY_SQUAD))).toBe(false);

    const tribeLead = withPermissions([
      { action: 'update', subject: 'Membership', conditions: { tribeId: { $in: [TRIBE] } } },
    ]);
    expect(can(tribeLead, 'update', 'Membership', membership(OTHER_SQUAD))).toBe(true);
    expect(can(tribeLead, 'update', 'Membership', membership(MY_SQUAD, OTHER_TRIBE))).toBe(false);
  });

  it('lets any one rule allow a record', () => {
    const both = withPermissions([
      { action: 'update', subject: 'Membership', conditions: { squadId: { $in: [MY_SQUAD] } } },
      { action: 'update', subject: 'Membership', conditions: { tribeId: { $in: [OTHER_TRIBE] } } },
    ]);
    expect(can(both, 'update', 'Membership', membership(MY_SQUAD))).toBe(true);
    expect(can(both, 'update', 'Membership', membership(OTHER_SQUAD, OTHER_TRIBE))).toBe(true);
    expect(can(both, 'update', 'Membership', membership(OTHER_SQUAD))).toBe(false);
  });

  it('keeps a rule limited to some fields for the record it names', () => {
    const productOwner = withPermissions([
      {
        action: 'update',
        subject: 'Squad',
        conditions: { id: { $in: [MY_SQUAD] } },
        fields: ['mission'],
      },
    ]);
    expect(can(productOwner, 'update', 'Squad')).toBe(true);
    expect(can(productOwner, 'update', 'Squad', { id: MY_SQUAD })).toBe(true);
    expect(can(productOwner, 'update', 'Squad', { id: OTHER_SQUAD })).toBe(false);
  });

  it('answers a new session by its own permissions, and leaves the record as it was', () => {
    const before = withPermissions([
      { action: 'update', subject: 'Membership', conditions: { squadId: { $in: [MY_SQUAD] } } },
    ]);
    const record = membership(OTHER_SQUAD);
    expect(can(before, 'update', 'Membership', record)).toBe(false);
    const after = withPermissions([
      { action: 'update', subject: 'Membership', conditions: { squadId: { $in: [OTHER_SQUAD] } } },
    ]);
    expect(can(after, 'update', 'Membership', record)).toBe(true);
    expect(can(before, 'update', 'Membership', record)).toBe(false);
    expect(Reflect.ownKeys(record)).toEqual(Object.keys(membership(OTHER_SQUAD)));
  });
});
