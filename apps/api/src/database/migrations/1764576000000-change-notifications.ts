import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose every change is announced, and what reads them (see ReadCache users). */
const WATCHED = [
  'app_user', // sessions resolve to their user: roles, active, locale
  'organisation', // limits shown in the matrix
  'tribe', // matrix; scopes (tribe lead)
  'squad', // matrix; scopes (product owner)
  'chapter', // matrix; scopes (chapter lead)
  'guild',
  'department', // scopes (manager)
  'person', // matrix (names); scopes (the user's person)
  'membership', // matrix
];

/**
 * Change notifications for the API's read caches: after a statement changes one of the
 * watched tables, `pg_notify('tribeworks_changes', <table>)`. PostgreSQL sends it when the
 * transaction commits (never for a rolled-back one) and folds repeats within a transaction
 * into one. Statement-level, so a 10,000-row import notifies once, not 10,000 times.
 *
 * Sessions notify only when they are revoked or deleted: logins and the `last_seen_at`
 * touch of every active session would otherwise empty the caches all the time.
 */
export class ChangeNotifications1764576000000 implements MigrationInterface {
  name = 'ChangeNotifications1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "tribeworks_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('tribeworks_changes', TG_TABLE_NAME);
        RETURN NULL;
      END
      $$
    `);
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION "tribeworks_notify_change"()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER "TRG_user_session_notify_change" AFTER UPDATE OF "revoked_at" OR DELETE OR TRUNCATE ON "user_session"
         FOR EACH STATEMENT EXECUTE FUNCTION "tribeworks_notify_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['user_session', ...WATCHED].reverse()) {
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_notify_change" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "tribeworks_notify_change"()`);
  }
}
