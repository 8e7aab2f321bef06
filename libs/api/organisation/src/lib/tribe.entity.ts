import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { TribeKind } from '@tribeworks/contracts';
/** A group of squads working on one domain, at most 150 people. */
@Entity({ name: 'tribe' })
export class Tribe {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  purpose!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: TribeKind;

  @Column({ name: 'lead_person_id', type: 'uuid', nullable: true })
  leadPersonId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
