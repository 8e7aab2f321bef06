import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Competency frameworks imported from BK and MBO dossiers: frameworks and their versions,
 * BK competencies with activities, MBO profiles, core tasks, work processes and behaviours,
 * a knowledge catalogue per version with links to the competencies or core tasks that list
 * it, the import records, and Dutch full-text search (generated tsvector columns with GIN
 * indexes; the `dutch` configuration exists on PostgreSQL and on PGlite alike).
 */
export class Frameworks1763892000000 implements MigrationInterface {
  name = 'Frameworks1763892000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "framework" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" varchar(60) NOT NULL,
        "family" varchar(3) NOT NULL,
        "title" varchar(500) NOT NULL,
        "latest_version_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_framework" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_framework_code" UNIQUE ("code"),
        CONSTRAINT "CHK_framework_code" CHECK ("code" ~ '^[A-Z0-9][A-Z0-9._-]{0,59}$'),
        CONSTRAINT "CHK_framework_family" CHECK ("family" IN ('bk', 'mbo'))
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "framework_version" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "framework_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "version_label" varchar(100),
        "content_hash" char(64) NOT NULL,
        "title" varchar(500) NOT NULL,
        "layout" varchar(10),
        "level_vks" smallint,
        "level_eqf" smallint,
        "details" jsonb NOT NULL DEFAULT '{}',
        "warnings" jsonb NOT NULL DEFAULT '[]',
        "source_file_name" varchar(255) NOT NULL,
        "imported_at" timestamptz NOT NULL DEFAULT now(),
        "imported_by" uuid,
        "imported_by_email" varchar(320),
        CONSTRAINT "PK_framework_version" PRIMARY KEY ("id"),
        CONSTRAINT "FK_framework_version_framework" FOREIGN KEY ("framework_id") REFERENCES "framework" ("id") ON DELETE CASCADE,
        CONSTRAINT "UQ_framework_version_number" UNIQUE ("framework_id", "version"),
        CONSTRAINT "UQ_framework_version_hash" UNIQUE ("framework_id", "content_hash"),
        CONSTRAINT "CHK_framework_version_number" CHECK ("version" >= 1),
        CONSTRAINT "CHK_framework_version_hash" CHECK ("content_hash" ~ '^[0-9a-f]{64}$'),
        CONSTRAINT "CHK_framework_version_layout" CHECK ("layout" IS NULL OR "layout" IN ('pdf', 'web')),
        CONSTRAINT "CHK_framework_version_levels" CHECK (("level_vks" IS NULL OR "level_vks" BETWEEN 1 AND 8) AND ("level_eqf" IS NULL OR "level_eqf" BETWEEN 1 AND 8)),
        CONSTRAINT "CHK_framework_version_details" CHECK (jsonb_typeof("details") = 'object'),
        CONSTRAINT "CHK_framework_version_warnings" CHECK (jsonb_typeof("warnings") = 'array')
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "framework" ADD CONSTRAINT "FK_framework_latest_version"
        FOREIGN KEY ("latest_version_id") REFERENCES "framework_version" ("id") ON DELETE SET NULL
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_framework_family" ON "framework" ("family", "code")`,
    );

    // BK: competencies with activities.
    await queryRunner.query(`
      CREATE TABLE "competency" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "framework_version_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "title" text NOT NULL,
        "position" integer NOT NULL,
        "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('dutch', "title"), 'A')) STORED,
        CONSTRAINT "PK_competency" PRIMARY KEY ("id"),
        CONSTRAINT "FK_competency_version" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version" ("id") ON DELETE CASCADE,
        CONSTRAINT "UQ_competency_number" UNIQUE ("framework_version_id", "number"),
        CONSTRAINT "CHK_competency_number" CHECK ("number" >= 1)
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "competency_activity" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "competency_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "text" text NOT NULL,
        "skill_type" varchar(20),
        "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('dutch', "text"), 'B')) STORED,
        CONSTRAINT "PK_competency_activity" PRIMARY KEY ("id"),
        CONSTRAINT "FK_competency_activity_competency" FOREIGN KEY ("competency_id") REFERENCES "competency" ("id") ON DELETE CASCADE,
        CONSTRAINT "UQ_competency_activity_position" UNIQUE ("competency_id", "position"),
        CONSTRAINT "CHK_competency_activity_skill" CHECK ("skill_type" IS NULL OR "skill_type" IN ('cognitive', 'problem-solving', 'motor'))
      )
    `);

    // MBO: profiles, core tasks (basis part: profile_code NULL), work processes, behaviours.
    await queryRunner.query(`
      CREATE TABLE "mbo_profile" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "framework_version_id" uuid NOT NULL,
        "code" varchar(10) NOT NULL,
        "name" text NOT NULL,
        "mbo_level" smallint,
        "eqf_level" smallint,
        "professional_requirements" varchar(20),
        "qualification_type" varchar(100),
        "description" text,
        "position" integer NOT NULL,
        CONSTRAINT "PK_mbo_profile" PRIMARY KEY ("id"),
        CONSTRAINT "FK_mbo_profile_version" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version" ("id") ON DELETE CASCADE,
        CONSTRAINT "UQ_mbo_profile_code" UNIQUE ("framework_version_id", "code"),
        CONSTRAINT "CHK_mbo_profile_code" CHECK ("code" ~ '^P[0-9]+$'),
        CONSTRAINT "CHK_mbo_profile_levels" CHECK (("mbo_level" IS NULL OR "mbo_level" BETWEEN 1 AND 4) AND ("eqf_level" IS NULL OR "eqf_level" BETWEEN 1 AND 8))
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "core_task" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "framework_version_id" uuid NOT NULL,
        "code" varchar(20) NOT NULL,
        "title" text NOT NULL,
        "profile_code" varchar(10),
        "complexity" text NOT NULL DEFAULT '',
        "responsibility" text NOT NULL DEFAULT '',
        "position" integer NOT NULL,
        "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('dutch', "title"), 'A')) STORED,
        CONSTRAINT "PK_core_task" PRIMARY KEY ("id"),
        CONSTRAINT "FK_core_task_version" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_core_task_profile" FOREIGN KEY ("framework_version_id", "profile_code") REFERENCES "mbo_profile" ("framework_version_id", "code") ON DELETE CASCADE,
        CONSTRAINT "UQ_core_task_code" UNIQUE ("framework_version_id", "code"),
        CONSTRAINT "CHK_core_task_code" CHECK ("code" ~ '^(B|P)[0-9]+-K[0-9]+$')
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "work_process" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "framework_version_id" uuid NOT NULL,
        "core_task_id" uuid NOT NULL,
        "code" varchar(30) NOT NULL,
        "title" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "result" text NOT NULL DEFAULT '',
        "actor" text,
        "competences" text[] NOT NULL DEFAULT '{}',
        "position" integer NOT NULL,
        "search_vector" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', "title"), 'A') ||
          setweight(to_tsvector('dutch', "description" || ' ' || "result"), 'C')
        ) STORED,
        CONSTRAINT "PK_work_process" PRIMARY KEY ("id"),
        CONSTRAINT "FK_work_process_version" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_work_process_core_task" FOREIGN KEY ("core_task_id") REFERENCES "core_task" ("id") ON DELETE CASCADE,
        CONSTRAINT "UQ_work_process_code" UNIQUE ("framework_version_id", "code"),
        CONSTRAINT "CHK_work_process_code" CHECK ("code" ~ '^(B|P)[0-9]+-K[0-9]+-W[0-9]+$')
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_work_process_core_task" ON "work_process" ("core_task_id", "position")`,
    );
    await queryRunner.query(`
      CREATE TABLE "behaviour" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "framework_version_id" uuid NOT NULL,
        "work_process_id" uuid NOT NULL,
        "code" varchar(40) NOT NULL,
        "text" text NOT NULL,
        "position" integer NOT NULL,
        "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('dutch', "text"), 'B')) STORED,
        CONSTRAINT "PK_behaviour" PRIMARY KEY ("id"),
        CONSTRAINT "FK_behaviour_version" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_behaviour_work_process" FOREIGN KEY ("work_process_id") REFERENCES "work_process" ("id") ON DELETE CASCADE,
        CONSTRAINT "UQ_behaviour_code" UNIQUE ("framework_version_id", "code")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_behaviour_work_process" ON "behaviour" ("work_process_id", "position")`,
    );

    // Knowledge catalogue: one row per distinct text per version, linked with position.
    await queryRunner.query(`
      CREATE TABLE "knowledge_element" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "framework_version_id" uuid NOT NULL,
        "text" text NOT NULL,
        "depth" varchar(10),
        "kind" varchar(10),
        "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('dutch', "text"), 'B')) STORED,
        CONSTRAINT "PK_knowledge_element" PRIMARY KEY ("id"),
        CONSTRAINT "FK_knowledge_element_version" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version" ("id") ON DELETE CASCADE,
        CONSTRAINT "UQ_knowledge_element_text" UNIQUE ("framework_version_id", "text"),
        CONSTRAINT "CHK_knowledge_element_depth" CHECK ("depth" IS NULL OR "depth" IN ('basic', 'normal', 'thorough')),
        CONSTRAINT "CHK_knowledge_element_kind" CHECK ("kind" IS NULL OR "kind" IN ('knowledge', 'skill'))
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "competency_knowledge" (
        "competency_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "knowledge_element_id" uuid NOT NULL,
        CONSTRAINT "PK_competency_knowledge" PRIMARY KEY ("competency_id", "position"),
        CONSTRAINT "FK_competency_knowledge_competency" FOREIGN KEY ("competency_id") REFERENCES "competency" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_competency_knowledge_element" FOREIGN KEY ("knowledge_element_id") REFERENCES "knowledge_element" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_competency_knowledge_element" ON "competency_knowledge" ("knowledge_element_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "core_task_knowledge" (
        "core_task_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "knowledge_element_id" uuid NOT NULL,
        "category" text,
        CONSTRAINT "PK_core_task_knowledge" PRIMARY KEY ("core_task_id", "position"),
        CONSTRAINT "FK_core_task_knowledge_core_task" FOREIGN KEY ("core_task_id") REFERENCES "core_task" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_core_task_knowledge_element" FOREIGN KEY ("knowledge_element_id") REFERENCES "knowledge_element" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_core_task_knowledge_element" ON "core_task_knowledge" ("knowledge_element_id")`,
    );

    // Dutch full-text search. Weights rank a hit in a title (A) above one in an activity,
    // behaviour or knowledge text (B) above one in a work process description (C).
    for (const table of [
      'competency',
      'competency_activity',
      'core_task',
      'work_process',
      'behaviour',
      'knowledge_element',
    ]) {
      await queryRunner.query(
        `CREATE INDEX "IDX_${table}_search" ON "${table}" USING GIN ("search_vector")`,
      );
    }

    // Imports: the uploaded bytes and the job's outcome, kept after BullMQ prunes the job.
    await queryRunner.query(`
      CREATE TABLE "framework_import" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "state" varchar(10) NOT NULL DEFAULT 'queued',
        "progress" smallint NOT NULL DEFAULT 0,
        "file_name" varchar(255) NOT NULL,
        "content" bytea NOT NULL,
        "requested_code" varchar(60),
        "requested_title" varchar(500),
        "version_label" varchar(100),
        "family" varchar(3),
        "framework_code" varchar(60),
        "framework_version_id" uuid,
        "created_version" boolean,
        "warnings" jsonb NOT NULL DEFAULT '[]',
        "error_code" varchar(60),
        "error_message" text,
        "attempts" integer NOT NULL DEFAULT 0,
        "requested_by" uuid,
        "requested_by_email" varchar(320),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz,
        CONSTRAINT "PK_framework_import" PRIMARY KEY ("id"),
        CONSTRAINT "FK_framework_import_version" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version" ("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_framework_import_state" CHECK ("state" IN ('queued', 'running', 'completed', 'failed')),
        CONSTRAINT "CHK_framework_import_progress" CHECK ("progress" BETWEEN 0 AND 100),
        CONSTRAINT "CHK_framework_import_size" CHECK (octet_length("content") BETWEEN 1 AND 5242880),
        CONSTRAINT "CHK_framework_import_outcome" CHECK (
          ("state" <> 'completed' OR "framework_version_id" IS NOT NULL) AND
          ("state" <> 'failed' OR "error_code" IS NOT NULL)
        )
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_framework_import_created" ON "framework_import" ("created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "framework_import"`);
    await queryRunner.query(`DROP TABLE "core_task_knowledge"`);
    await queryRunner.query(`DROP TABLE "competency_knowledge"`);
    await queryRunner.query(`DROP TABLE "knowledge_element"`);
    await queryRunner.query(`DROP TABLE "behaviour"`);
    await queryRunner.query(`DROP TABLE "work_process"`);
    await queryRunner.query(`DROP TABLE "core_task"`);
    await queryRunner.query(`DROP TABLE "mbo_profile"`);
    await queryRunner.query(`DROP TABLE "competency_activity"`);
    await queryRunner.query(`DROP TABLE "competency"`);
    await queryRunner.query(
      `ALTER TABLE "framework" DROP CONSTRAINT "FK_framework_latest_version"`,
    );
    await queryRunner.query(`DROP TABLE "framework_version"`);
    await queryRunner.query(`DROP TABLE "framework"`);
  }
}
