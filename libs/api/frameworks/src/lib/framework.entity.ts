import type { FrameworkFamily } from '@tribeworks/contracts';
import type { DossierWarning } from '@tribeworks/dossier';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A competency framework (one dossier), identified by its code (BK-0571-1, a crebo code). */
@Entity({ name: 'framework' })
export class Framework {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ type: 'varchar', length: 3 })
  family!: FrameworkFamily;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ name: 'latest_version_id', type: 'uuid', nullable: true })
  latestVersionId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One imported version of a framework: the content hash makes a re-import a no-op. */
@Entity({ name: 'framework_version' })
export class FrameworkVersion {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'version_label', type: 'varchar', length: 100, nullable: true })
  versionLabel!: string | null;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  layout!: 'pdf' | 'web' | null;

  @Column({ name: 'level_vks', type: 'smallint', nullable: true })
  levelVks!: number | null;

  @Column({ name: 'level_eqf', type: 'smallint', nullable: true })
  levelEqf!: number | null;

  /** The descriptor sections and general facts of the dossier, as parsed. */
  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  warnings!: DossierWarning[];

  @Column({ name: 'source_file_name', type: 'varchar', length: 255 })
  sourceFileName!: string;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt!: Date;

  @Column({ name: 'imported_by', type: 'uuid', nullable: true })
  importedBy!: string | null;

  @Column({ name: 'imported_by_email', type: 'varchar', length: 320, nullable: true })
  importedByEmail!: string | null;
}
