import { DEFAULT_LOCALE } from '@tribeworks/contracts';
import type { Seeder } from '@tribeworks/api-core';
import type { EntityManager } from 'typeorm';
import { AppSetting } from './app-setting.entity';

export const DEFAULT_SETTINGS: Record<string, AppSetting['value']> = {
  'instance.name': 'Tribeworks',
  'instance.defaultLocale': DEFAULT_LOCALE,
};

/** Instance settings: written once, never overwritten (an admin may have changed them). */
export const systemSeeder: Seeder = {
  name: 'system settings',
  async run(manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AppSetting)
      .values(Object.entries(DEFAULT_SETTINGS).map(([key, value]) => ({ key, value })))
      .orIgnore()
      .execute();
  },
};
