import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** People of one specialism across the squads of a tribe. */
@Entity({ name: 'chapter' })
export class Chapter {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Fixed at creation: memberships carry the tribe of their chapter. */
  @Column({ name: 'tribe_id', type: 'uuid' })
  tribeId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  specialism!: string;

  /** The line manager of the chapter's members. */
  @Column({ name: 'lead_person_id', type: 'uuid', nullable: true })
  leadPersonId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
