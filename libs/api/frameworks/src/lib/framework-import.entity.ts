import type { FrameworkFamily, FrameworkImportState } from '@tribeworks/contracts';
import type { DossierWarning } from '@tribeworks/dossier';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One upload: its bytes, form fields and the job's outcome (kept after BullMQ prunes the job). */
@Entity({ name: 'framework_import' })
export class FrameworkImport {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: FrameworkImportState;

  @Column({ type: 'smallint' })
  progress!: number;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** Not selected by default: only the job reads the bytes. */
  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ name: 'requested_code', type: 'varchar', length: 60, nullable: true })
  requestedCode!: string | null;

  @Column({ name: 'requested_title', type: 'varchar', length: 500, nullable: true })
  requestedTitle!: string | null;

  @Column({ name: 'version_label', type: 'varchar', length: 100, nullable: true })
  versionLabel!: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  family!: FrameworkFamily | null;

  @Column({ name: 'framework_code', type: 'varchar', length: 60, nullable: true })
  frameworkCode!: string | null;

  @Column({ name: 'framework_version_id', type: 'uuid', nullable: true })
  frameworkVersionId!: string | null;

  @Column({ name: 'created_version', type: 'boolean', nullable: true })
  createdVersion!: boolean | null;

  @Column({ type: 'jsonb' })
  warnings!: DossierWarning[];

  @Column({ name: 'error_code', type: 'varchar', length: 60, nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'requested_by_email', type: 'varchar', length: 320, nullable: true })
  requestedByEmail!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
