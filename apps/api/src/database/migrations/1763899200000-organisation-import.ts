import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people import: one row per committed CSV file (a file committed at once is recorded
 * as completed; a large one waits here, with its bytes, for the job). Dry runs write nothing.
 */
export class OrganisationImport1763899200000 implements MigrationInterface {
  name = 'OrganisationImport1763899200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organisation_import" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "state" varchar(10) NOT NULL DEFAULT 'queued',
        "progress" smallint NOT NULL DEFAULT 0,
        "file_name" varchar(255) NOT NULL,
        "content" bytea,
        "rows" integer NOT NULL,
        "people" integer NOT NULL DEFAULT 0,
        "memberships" integer NOT NULL DEFAULT 0,
        "problems" jsonb NOT NULL DEFAULT '[]',
        "error_code" varchar(60),
        "error_message" text,
        "attempts" integer NOT NULL DEFAULT 0,
        "requested_by" uuid,
        "requested_by_email" varchar(320),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz,
        CONSTRAINT "PK_organisation_import" PRIMARY KEY ("id"),
        CONSTRAINT "FK_organisation_import_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_organisation_import_state" CHECK ("state" IN ('queued', 'running', 'completed', 'failed')),
        CONSTRAINT "CHK_organisation_import_progress" CHECK ("progress" BETWEEN 0 AND 100),
        CONSTRAINT "CHK_organisation_import_size" CHECK ("content" IS NULL OR octet_length("content") BETWEEN 1 AND 5242880),
        CONSTRAINT "CHK_organisation_import_outcome" CHECK ("state" <> 'failed' OR "error_code" IS NOT NULL)
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_import_created" ON "organisation_import" ("organisation_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organisation_import"`);
  }
}
