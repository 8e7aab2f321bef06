import type { Principal } from '@tribeworks/api-core';
import { AppRole } from '@tribeworks/contracts';
import { describe, expect, it } from 'vitest';
import { AbilityFactory, type ScopeContributor } from './ability.factory';
import { ScopeContributorRegistry } from './scope-registry';

const person = (roles: AppRole[]): Principal => ({
  id: 'u-1',
  email: 'someone@example.org',
  displayName: 'Someone',
  roles,
  locale: 'nl',
});

describe('AbilityFactory', () => {
  const factory = new AbilityFactory(new ScopeContributorRegistry());

  it('gives an admin everything', async () => {
    const access = await factory.accessFor(person([AppRole.Admin]));
    expect(access.can('update', 'User')).toBe(true);
    expect(access.can('read', 'AuditLog')).toBe(true);
    expect(access.can('run', 'System')).toBe(true);
  });

  it('lets HR read users and the audit log and import frameworks, not manage users', async () => {
    const access = await factory.accessFor(person([AppRole.Hr]));
    expect(access.can('read', 'User')).toBe(true);
    expect(access.can('read', 'AuditLog')).toBe(true);
    expect(access.can('import', 'Framework')).toBe(true);
    expect(access.can('update', 'User')).toBe(false);
    expect(access.can('run', 'System')).toBe(false);
  });

  it('lets a member read frameworks and only their own jobs', async () => {
    const access = await factory.accessFor(person([AppRole.Member]));
    expect(access.can('read', 'Framework')).toBe(true);
    expect(access.can('import', 'Framework')).toBe(false);
    expect(access.can('read', 'User')).toBe(false);
    expect(access.can('read', 'Job', { requestedBy: 'u-1' })).toBe(true);
    expect(access.can('read', 'Job', { requestedBy: 'u-2' })).toBe(false);
  });

  it('adds the rules of registered scope contributors', async () => {
    const registry = new ScopeContributorRegistry();
    const contributor: ScopeContributor = {
      contribute: (principal, rules) => {
        if (principal.roles.includes(AppRole.ChapterLead))
          rules.can('read', 'Person', { chapterId: 'c-7' });
      },
    };
    registry.register(contributor);
    const access = await new AbilityFactory(registry).accessFor(person([AppRole.ChapterLead]));
    expect(access.can('read', 'Person', { chapterId: 'c-7' })).toBe(true);
    expect(access.can('read', 'Person', { chapterId: 'c-8' })).toBe(false);
    // The web app gets the condition with the rule, to ask about one record.
    expect(
      await new AbilityFactory(registry).permissionsFor(person([AppRole.ChapterLead])),
    ).toContainEqual({
      action: 'read',
      subject: 'Person',
      conditions: { chapterId: 'c-7' },
    });
  });

  it('lists permissions for the web app', async () => {
    const permissions = await factory.permissionsFor(person([AppRole.Hr]));
    expect(permissions).toContainEqual({ action: 'import', subject: 'Framework' });
    expect(permissions).not.toContainEqual({ action: 'manage', subject: 'all' });
  });
});
