import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose changes are announced with the tribes they touch: `<table>:<tribe ids>`. */
const BY_TRIBE: Record<string, string> = {
  membership: 'tribe_id', // matrix (squad and chapter memberships; others have none)
  squad: 'tribe_id', // matrix; scopes (product owner)
  chapter: 'tribe_id', // matrix; scopes (chapter lead)
  tribe: 'id', // matrix; scopes (tribe lead)
};

/** Tables whose changes are announced by name only: everything read from them may change. */
const WHOLE = [
  'app_user', // sessions resolve to their user: roles, active, locale
  'organisation', // limits shown in every matrix
  'guild',
  'department', // scopes (manager)
  'person', // matrix (names); scopes (the user's person)
];

const EVENTS = [
  ['insert', 'INSERT', 'NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'OLD TABLE AS old_rows'],
] as const;

/**
 * Change notifications for the API's read caches (ADR 8). After a statement changes a
 * watched table, `pg_notify('tribeworks_changes', payload)`: the table's name, or for the
 * tables of the tribe matrix `<table>:<tribe id>,<tribe id>` with the tribes the statement
 * touched (from its transition tables; `<table>:` when it touched none, e.g. a guild
 * membership; the name alone when more than 100). PostgreSQL sends notifications when the
 * transaction commits (never for a rolled-back one), in order, and folds repeats within a
 * transaction into one. Statement-level, so a 10,000-row import notifies once per statement.
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
    await queryRunner.query(`
      CREATE FUNCTION "tribeworks_notify_change_by_key"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rows_sql text;
        n integer;
        keys text;
      BEGIN
        rows_sql := CASE TG_OP
          WHEN 'INSERT' THEN format('SELECT %I AS k FROM new_rows', TG_ARGV[0])
          WHEN 'DELETE' THEN format('SELECT %I AS k FROM old_rows', TG_ARGV[0])
          ELSE format('SELECT %1$I AS k FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[0])
        END;
        EXECUTE format(
          'SELECT count(DISTINCT k), string_agg(DISTINCT k::text, %L) FROM (%s) x WHERE k IS NOT NULL',
          ',', rows_sql)
          INTO n, keys;
        IF n > 100 THEN
          PERFORM pg_notify('tribeworks_changes', TG_TABLE_NAME);
        ELSE
          PERFORM pg_notify('tribeworks_changes', TG_TABLE_NAME || ':' || coalesce(keys, ''));
        END IF;
        RETURN NULL;
      END
      $$
    `);
    for (const [table, column] of Object.entries(BY_TRIBE)) {
      for (const [name, event, referencing] of EVENTS) {
        await queryRunner.query(
          `CREATE TRIGGER "TRG_${table}_notify_${name}" AFTER ${event} ON "${table}"
             REFERENCING ${referencing}
             FOR EACH STATEMENT EXECUTE FUNCTION "tribeworks_notify_change_by_key"('${column}')`,
        );
      }
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_notify_truncate" AFTER TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION "tribeworks_notify_change"()`,
      );
    }
    for (const table of WHOLE) {
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
    await queryRunner.query(`DROP TRIGGER "TRG_user_session_notify_change" ON "user_session"`);
    for (const table of WHOLE) {
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_notify_change" ON "${table}"`);
    }
    for (const table of Object.keys(BY_TRIBE)) {
      for (const name of [...EVENTS.map(([n]) => n), 'truncate']) {
        await queryRunner.query(`DROP TRIGGER "TRG_${table}_notify_${name}" ON "${table}"`);
      }
    }
    await queryRunner.query(`DROP FUNCTION "tribeworks_notify_change_by_key"()`);
    await queryRunner.query(`DROP FUNCTION "tribeworks_notify_change"()`);
  }
}
