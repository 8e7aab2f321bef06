import 'reflect-metadata';
import { loadConfigOrExit, runMigrationsWithLock, runSeeders } from '@tribeworks/api-core';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './database/data-source';
import { writeOrCheckOpenApi } from './openapi';
import { SEEDERS } from './seeders';

const USAGE = `Usage: node apps/api/dist/cli.js <command>
  migrate          apply pending migrations (under the migration lock)
  revert           revert the last applied migration
  seed             load the demo data (idempotent)
  openapi          write apps/api/openapi.json and the generated client types
  openapi --check  fail when the committed OpenAPI files are stale`;

async function withDataSource(work: (ds: DataSource) => Promise<void>): Promise<void> {
  const dataSource = new DataSource(createDataSourceOptions(loadConfigOrExit()));
  await dataSource.initialize();
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function main(args: string[]): Promise<number> {
  switch (args[0]) {
    case 'migrate':
      await withDataSource((ds) => runMigrationsWithLock(ds).then(() => undefined));
      return 0;
    case 'revert':
      await withDataSource((ds) => ds.undoLastMigration({ transaction: 'each' }));
      return 0;
    case 'seed':
      await withDataSource((ds) => runSeeders(ds, SEEDERS));
      return 0;
    case 'openapi':
      return (await writeOrCheckOpenApi(args.includes('--check'))) ? 0 : 1;
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
