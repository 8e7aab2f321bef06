import type { OrganisationKind } from '@tribeworks/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { numeric } from './numeric';

/** An organisation, how it works and the limits of its rules. */
@Entity({ name: 'organisation' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganisationKind;

  @Column({ name: 'max_squad_members', type: 'integer', default: 9 })
  maxSquadMembers!: number;

  @Column({ name: 'max_tribe_people', type: 'integer', default: 150 })
  maxTribePeople!: number;

  @Column({ name: 'max_squads_per_person', type: 'integer', default: 2 })
  maxSquadsPerPerson!: number;

  @Column({
    name: 'max_fte_per_person',
    type: 'numeric',
    precision: 4,
    scale: 2,
    default: 1,
    transformer: numeric,
  })
  maxFtePerPerson!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
