import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, one-time tokens, failed logins and the audit log. */
export class Access1763888400000 implements MigrationInterface {
  name = 'Access1763888400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "app_user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(320) NOT NULL,
        "display_name" varchar(200) NOT NULL,
        "password_hash" varchar(255),
        "roles" text[] NOT NULL DEFAULT '{}',
        "locale" varchar(5) NOT NULL DEFAULT 'nl',
        "is_active" boolean NOT NULL DEFAULT true,
        "password_changed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_app_user" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_app_user_email_lower" CHECK ("email" = lower("email") AND "email" LIKE '%_@_%'),
        CONSTRAINT "CHK_app_user_roles" CHECK ("roles" <@ ARRAY['admin','hr','tribe_lead','chapter_lead','product_owner','member']::text[]),
        CONSTRAINT "CHK_app_user_locale" CHECK ("locale" IN ('nl', 'en'))
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" ("email")`);
    await queryRunner.query(`
      CREATE TABLE "user_session" (
        "token_hash" char(64) NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_seen_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "ip" varchar(64),
        "user_agent" varchar(400),
        CONSTRAINT "PK_user_session" PRIMARY KEY ("token_hash"),
        CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`CREATE INDEX "IDX_user_session_user" ON "user_session" ("user_id")`);
    await queryRunner.query(`
      CREATE TABLE "one_time_token" (
        "token_hash" char(64) NOT NULL,
        "purpose" varchar(20) NOT NULL,
        "user_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "PK_one_time_token" PRIMARY KEY ("token_hash"),
        CONSTRAINT "CHK_one_time_token_purpose" CHECK ("purpose" IN ('invitation', 'password_reset', 'setup')),
        CONSTRAINT "CHK_one_time_token_user" CHECK (("purpose" = 'setup') = ("user_id" IS NULL)),
        CONSTRAINT "FK_one_time_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "login_failure" (
        "id" bigserial NOT NULL,
        "email" varchar(320) NOT NULL,
        "ip" varchar(64) NOT NULL,
        "at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_login_failure" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_login_failure_email" ON "login_failure" ("email", "at")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_login_failure_ip" ON "login_failure" ("ip", "at")`);
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" bigserial NOT NULL,
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_user_id" uuid,
        "actor_email" varchar(320),
        "action" varchar(20) NOT NULL,
        "entity_type" varchar(60) NOT NULL,
        "entity_id" varchar(100) NOT NULL,
        "changes" jsonb NOT NULL DEFAULT '{}',
        "request_id" varchar(100),
        "ip" varchar(64),
        CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_audit_log_action" CHECK ("action" IN ('create', 'update', 'delete', 'login', 'logout'))
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_log_entity" ON "audit_log" ("entity_type", "entity_id", "at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_log_actor" ON "audit_log" ("actor_user_id", "at")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_at" ON "audit_log" ("at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(`DROP TABLE "one_time_token"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
