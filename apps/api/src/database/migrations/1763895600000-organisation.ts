import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation: organisations with their rule limits, tribes, squads, chapters, guilds,
 * departments, people and their effective-dated memberships. The rules the business depends
 * on live here too: unique names per scope, periods that end after they start, FTE shares
 * in (0, 1], one chapter at a time and no double membership of a unit (exclusion
 * constraints over date ranges), and a membership's tribe matching its squad's or chapter's.
 */
export class Organisation1763895600000 implements MigrationInterface {
  name = 'Organisation1763895600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Equality on uuid inside a GiST exclusion constraint.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      CREATE TABLE "organisation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "max_squad_members" integer NOT NULL DEFAULT 9,
        "max_tribe_people" integer NOT NULL DEFAULT 150,
        "max_squads_per_person" integer NOT NULL DEFAULT 2,
        "max_fte_per_person" numeric(4,2) NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_organisation" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_organisation_kind" CHECK ("kind" IN ('traditional', 'hybrid', 'agile')),
        CONSTRAINT "CHK_organisation_limits" CHECK (
          "max_squad_members" BETWEEN 1 AND 100 AND "max_tribe_people" BETWEEN 1 AND 10000
          AND "max_squads_per_person" BETWEEN 1 AND 10
          AND "max_fte_per_person" > 0 AND "max_fte_per_person" <= 2
        )
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_organisation_name" ON "organisation" (lower("name"))`,
    );
    await queryRunner.query(`
      CREATE TABLE "person" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "name" varchar(200) NOT NULL,
        "email" varchar(320) NOT NULL,
        "job_title" varchar(200),
        "user_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_person" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_person_email_lower" CHECK ("email" = lower("email") AND "email" LIKE '%_@_%'),
        CONSTRAINT "FK_person_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id"),
        CONSTRAINT "FK_person_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE SET NULL
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_person_email" ON "person" ("organisation_id", "email")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_person_user" ON "person" ("user_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_person_name" ON "person" ("organisation_id", lower("name"))`,
    );
    await queryRunner.query(`
      CREATE TABLE "tribe" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "name" varchar(200) NOT NULL,
        "purpose" text NOT NULL DEFAULT '',
        "kind" varchar(20) NOT NULL,
        "lead_person_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_tribe" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_tribe_kind" CHECK ("kind" IN ('run', 'change')),
        CONSTRAINT "FK_tribe_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id"),
        CONSTRAINT "FK_tribe_lead" FOREIGN KEY ("lead_person_id") REFERENCES "person" ("id")
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_tribe_name" ON "tribe" ("organisation_id", lower("name"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_tribe_lead" ON "tribe" ("lead_person_id")`);
    for (const [table, role, text] of [
      ['squad', 'product_owner_id', '"mission" text NOT NULL DEFAULT \'\', "agile_coach_id" uuid,'],
      ['chapter', 'lead_person_id', '"specialism" varchar(200) NOT NULL DEFAULT \'\','],
    ] as const) {
      await queryRunner.query(`
        CREATE TABLE "${table}" (
          "id" uuid NOT NULL DEFAULT gen_random_uuid(),
          "tribe_id" uuid NOT NULL,
          "name" varchar(200) NOT NULL,
          ${text}
          "${role}" uuid,
          "created_at" timestamptz NOT NULL DEFAULT now(),
          "updated_at" timestamptz NOT NULL DEFAULT now(),
          "version" integer NOT NULL,
          CONSTRAINT "PK_${table}" PRIMARY KEY ("id"),
          CONSTRAINT "UQ_${table}_id_tribe" UNIQUE ("id", "tribe_id"),
          CONSTRAINT "FK_${table}_tribe" FOREIGN KEY ("tribe_id") REFERENCES "tribe" ("id"),
          CONSTRAINT "FK_${table}_${role}" FOREIGN KEY ("${role}") REFERENCES "person" ("id")
        )
      `);
      await queryRunner.query(
        `CREATE UNIQUE INDEX "UQ_${table}_name" ON "${table}" ("tribe_id", lower("name"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_${table}_${role}" ON "${table}" ("${role}")`);
    }
    await queryRunner.query(`
      ALTER TABLE "squad" ADD CONSTRAINT "FK_squad_agile_coach_id"
        FOREIGN KEY ("agile_coach_id") REFERENCES "person" ("id")
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_squad_agile_coach_id" ON "squad" ("agile_coach_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "guild" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "name" varchar(200) NOT NULL,
        "topic" text NOT NULL DEFAULT '',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_guild" PRIMARY KEY ("id"),
        CONSTRAINT "FK_guild_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id")
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_guild_name" ON "guild" ("organisation_id", lower("name"))`,
    );
    await queryRunner.query(`
      CREATE TABLE "department" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "parent_id" uuid,
        "name" varchar(200) NOT NULL,
        "manager_person_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_department" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_department_parent" CHECK ("parent_id" <> "id"),
        CONSTRAINT "FK_department_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id"),
        CONSTRAINT "FK_department_parent" FOREIGN KEY ("parent_id") REFERENCES "department" ("id"),
        CONSTRAINT "FK_department_manager" FOREIGN KEY ("manager_person_id") REFERENCES "person" ("id")
      )
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_department_name" ON "department"
        ("organisation_id", COALESCE("parent_id", '00000000-0000-0000-0000-000000000000'::uuid), lower("name"))
    `);
    await queryRunner.query(`CREATE INDEX "IDX_department_parent" ON "department" ("parent_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_department_manager" ON "department" ("manager_person_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "membership" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "person_id" uuid NOT NULL,
        "kind" varchar(20) NOT NULL,
        "tribe_id" uuid,
        "squad_id" uuid,
        "chapter_id" uuid,
        "guild_id" uuid,
        "department_id" uuid,
        "valid_from" date NOT NULL,
        "valid_until" date,
        "fte" numeric(3,2),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_membership" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_membership_kind" CHECK ("kind" IN ('squad', 'chapter', 'guild', 'department')),
        CONSTRAINT "CHK_membership_unit" CHECK (
          num_nonnulls("squad_id", "chapter_id", "guild_id", "department_id") = 1
          AND ("kind" = 'squad') = ("squad_id" IS NOT NULL)
          AND ("kind" = 'chapter') = ("chapter_id" IS NOT NULL)
          AND ("kind" = 'guild') = ("guild_id" IS NOT NULL)
          AND ("kind" = 'department') = ("department_id" IS NOT NULL)
          AND ("kind" IN ('squad', 'chapter')) = ("tribe_id" IS NOT NULL)
        ),
        CONSTRAINT "CHK_membership_period" CHECK ("valid_until" IS NULL OR "valid_from" < "valid_until"),
        CONSTRAINT "CHK_membership_fte" CHECK (
          ("kind" = 'squad') = ("fte" IS NOT NULL) AND ("fte" IS NULL OR ("fte" > 0 AND "fte" <= 1))
        ),
        CONSTRAINT "FK_membership_person" FOREIGN KEY ("person_id") REFERENCES "person" ("id"),
        CONSTRAINT "FK_membership_squad" FOREIGN KEY ("squad_id", "tribe_id") REFERENCES "squad" ("id", "tribe_id"),
        CONSTRAINT "FK_membership_chapter" FOREIGN KEY ("chapter_id", "tribe_id") REFERENCES "chapter" ("id", "tribe_id"),
        CONSTRAINT "FK_membership_guild" FOREIGN KEY ("guild_id") REFERENCES "guild" ("id"),
        CONSTRAINT "FK_membership_department" FOREIGN KEY ("department_id") REFERENCES "department" ("id"),
        CONSTRAINT "EX_membership_one_chapter" EXCLUDE USING gist (
          "person_id" WITH =, daterange("valid_from", "valid_until", '[)') WITH &&
        ) WHERE ("kind" = 'chapter'),
        CONSTRAINT "EX_membership_same_unit" EXCLUDE USING gist (
          "person_id" WITH =,
          (COALESCE("squad_id", "chapter_id", "guild_id", "department_id")) WITH =,
          daterange("valid_from", "valid_until", '[)') WITH &&
        )
      )
    `);
    // "Who was in squad X on date D" and the squad's member count.
    await queryRunner.query(`
      CREATE INDEX "IDX_membership_squad_period" ON "membership" ("squad_id", "valid_from", "valid_until")
        WHERE "squad_id" IS NOT NULL
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_membership_chapter_period" ON "membership" ("chapter_id", "valid_from", "valid_until")
        WHERE "chapter_id" IS NOT NULL
    `);
    // The tribe matrix and the tribe's head count: squad and chapter memberships of one tribe.
    await queryRunner.query(`
      CREATE INDEX "IDX_membership_tribe_period" ON "membership" ("tribe_id", "valid_from", "valid_until")
        INCLUDE ("person_id", "kind", "squad_id", "chapter_id", "fte")
        WHERE "tribe_id" IS NOT NULL
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_membership_person" ON "membership" ("person_id", "kind", "valid_from")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_membership_guild" ON "membership" ("guild_id") WHERE "guild_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_membership_department" ON "membership" ("department_id") WHERE "department_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP TABLE "guild"`);
    await queryRunner.query(`DROP TABLE "chapter"`);
    await queryRunner.query(`DROP TABLE "squad"`);
    await queryRunner.query(`DROP TABLE "tribe"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    // btree_gist stays: other schemas may use it, and dropping needs more rights than creating.
  }
}
