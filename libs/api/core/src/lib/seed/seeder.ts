import type { DataSource, EntityManager } from 'typeorm';

/**
 * One part of the demo data. `run` must be idempotent: running it again on a database it
 * already seeded changes nothing (insert ... on conflict do nothing, or look up first).
 */
export interface Seeder {
  readonly name: string;
  run(manager: EntityManager): Promise<void>;
}

export const SEED_LOCK_KEY = 727_384_002;

interface LogSink {
  log(message: string): void;
}

/**
 * Runs the seeders in order, all in one transaction, under an advisory lock so that two
 * processes seeding at once do not interleave.
 */
export async function runSeeders(
  dataSource: DataSource,
  seeders: readonly Seeder[],
  logger: LogSink = console,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    for (const seeder of seeders) {
      await seeder.run(manager);
      logger.log(`Seeded ${seeder.name}`);
    }
  });
}
