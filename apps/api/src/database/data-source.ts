import { type AppConfig, requireDatabaseUrl } from '@tribeworks/api-core';
import { ACCESS_ENTITIES } from '@tribeworks/api-access';
import { FRAMEWORK_ENTITIES } from '@tribeworks/api-frameworks';
import { ORGANISATION_ENTITIES } from '@tribeworks/api-organisation';
import { AppSetting } from '@tribeworks/api-system';
import type { DataSourceOptions } from 'typeorm';
import { Foundation1763884800000 } from './migrations/1763884800000-foundation';
import { Access1763888400000 } from './migrations/1763888400000-access';
import { Frameworks1763892000000 } from './migrations/1763892000000-frameworks';
import { Organisation1763895600000 } from './migrations/1763895600000-organisation';
import { OrganisationImport1763899200000 } from './migrations/1763899200000-organisation-import';
import { ChangeNotifications1764576000000 } from './migrations/1764576000000-change-notifications';

/** Every entity of the application, listed explicitly (no globs). */
export const ENTITIES: (new () => object)[] = [
  AppSetting,
  ...ACCESS_ENTITIES,
  ...FRAMEWORK_ENTITIES,
  ...ORGANISATION_ENTITIES,
];

/** Every migration, in order. */
export const MIGRATIONS = [
  Foundation1763884800000,
  Access1763888400000,
  Frameworks1763892000000,
  Organisation1763895600000,
  OrganisationImport1763899200000,
  ChangeNotifications1764576000000,
];

/**
 * The one DataSource definition: used by the API, the worker, the CLI (npm run db:migrate)
 * and the TypeORM CLI (npm run db:generate).
 */
export function createDataSourceOptions(config: AppConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: requireDatabaseUrl(config),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    applicationName: 'tribeworks',
    extra: { max: config.DB_POOL_SIZE, connectionTimeoutMillis: 5000 },
  };
}
