import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A multidisciplinary team with a mission, at most 9 members. */
@Entity({ name: 'squad' })
export class Squad {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Fixed at creation: memberships carry the tribe of their squad. */
  @Column({ name: 'tribe_id', type: 'uuid' })
  tribeId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  mission!: string;

  /** Always one of the squad's current members. */
  @Column({ name: 'product_owner_id', type: 'uuid', nullable: true })
  productOwnerId!: string | null;

  @Column({ name: 'agile_coach_id', type: 'uuid', nullable: true })
  agileCoachId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
