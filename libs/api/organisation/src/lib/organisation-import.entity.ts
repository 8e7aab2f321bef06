import type { OrganisationImportState } from '@tribeworks/contracts';
import type { ImportProblem } from '@tribeworks/organisation';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One committed CSV file of people: its bytes (while a job has yet to run it), its state and
 * progress, and the outcome (counts, or the problems that stopped it).
 */
@Entity({ name: 'organisation_import' })
export class OrganisationImport {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: OrganisationImportState;

  @Column({ type: 'smallint' })
  progress!: number;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** Not selected by default: only the job reads the bytes. Cleared when the job is done. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'integer' })
  rows!: number;

  @Column({ type: 'integer' })
  people!: number;

  @Column({ type: 'integer' })
  memberships!: number;

  @Column({ type: 'jsonb' })
  problems!: ImportProblem[];

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
