import type { Seeder } from '@tribeworks/api-core';
import { AppRole } from '@tribeworks/contracts';
import type { EntityManager } from 'typeorm';
import { hashPassword } from './passwords';
import { User } from './user.entity';

/** Shown in the README; for the demo data only, never in a real deployment. */
export const DEMO_USER_PASSWORD = 'tribeworks-demo';

export const DEMO_USERS: { email: string; displayName: string; roles: AppRole[] }[] = [
  { email: 'admin@tribeworks.demo', displayName: 'Ada Admin', roles: [AppRole.Admin] },
  { email: 'hr@tribeworks.demo', displayName: 'Hanna de Vries (HR)', roles: [AppRole.Hr] },
  { email: 'tribelead@tribeworks.demo', displayName: 'Tom Bakker', roles: [AppRole.TribeLead] },
  {
    email: 'chapterlead@tribeworks.demo',
    displayName: 'Chantal Jansen',
    roles: [AppRole.ChapterLead],
  },
  {
    email: 'productowner@tribeworks.demo',
    displayName: 'Pieter Visser',
    roles: [AppRole.ProductOwner],
  },
  { email: 'member@tribeworks.demo', displayName: 'Mila Smit', roles: [AppRole.Member] },
];

/** One demo user per application role; existing users are left as they are. */
export const accessSeeder: Seeder = {
  name: 'demo users',
  async run(manager: EntityManager): Promise<void> {
    const existing = new Set(
      (await manager.find(User, { select: { email: true } })).map((u) => u.email),
    );
    const missing = DEMO_USERS.filter((u) => !existing.has(u.email));
    if (!missing.length) return;
    const passwordHash = await hashPassword(DEMO_USER_PASSWORD);
    await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values(
        missing.map((u) => ({
          ...u,
          passwordHash,
          passwordChangedAt: new Date(),
          isActive: true,
          locale: 'nl' as const,
          version: 1,
        })),
      )
      .orIgnore()
      .execute();
  },
};
