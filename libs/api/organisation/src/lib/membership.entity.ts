import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { MembershipKind } from '@tribeworks/contracts';
import { numeric } from './numeric';
/** A person in a squad, chapter, guild or department for a period: [validFrom, validUntil). */
@Entity({ name: 'membership' })
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: MembershipKind;

  /** The tribe of the squad or chapter (null for guilds and departments). */
  @Column({ name: 'tribe_id', type: 'uuid', nullable: true })
  tribeId!: string | null;

  @Column({ name: 'squad_id', type: 'uuid', nullable: true })
  squadId!: string | null;

  @Column({ name: 'chapter_id', type: 'uuid', nullable: true })
  chapterId!: string | null;

  @Column({ name: 'guild_id', type: 'uuid', nullable: true })
  guildId!: string | null;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  /** First day (YYYY-MM-DD). */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** The day it has ended (exclusive); null while open-ended. */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  /** Share of a full-time job, for squad memberships only. */
  @Column({ type: 'numeric', precision: 3, scale: 2, nullable: true, transformer: numeric })
  fte!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
