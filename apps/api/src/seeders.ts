import type { Seeder } from '@tribeworks/api-core';
import { accessSeeder } from '@tribeworks/api-access';
import { frameworksSeeder } from '@tribeworks/api-frameworks';
import { organisationSeeder } from '@tribeworks/api-organisation';
import { systemSeeder } from '@tribeworks/api-system';

/** The demo data, in dependency order. Each area adds its seeder here. */
export const SEEDERS: readonly Seeder[] = [
  systemSeeder,
  accessSeeder,
  frameworksSeeder,
  organisationSeeder,
];
