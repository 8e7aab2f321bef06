import type { DataSource } from 'typeorm';

/** Arbitrary, fixed key: every process of every deployment of this schema agrees on it. */
export const MIGRATION_LOCK_KEY = 727_384_001;

export interface MigrationOutcome {
  applied: string[];
}

interface LogSink {
  log(message: string): void;
}

/**
 * Runs pending migrations under a session-level Postgres advisory lock, so that several
 * API processes starting together migrate once: the first takes the lock and migrates,
 * the others wait, then find nothing pending.
 */
export async function runMigrationsWithLock(
  dataSource: DataSource,
  logger: LogSink = console,
): Promise<MigrationOutcome> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    const applied = migrations.map((m) => m.name);
    logger.log(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
        : 'Database schema is up to date; no migrations to apply',
    );
    return { applied };
  } finally {
    try {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    } finally {
      await lockRunner.release();
    }
  }
}
