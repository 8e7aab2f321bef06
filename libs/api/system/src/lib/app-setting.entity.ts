import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Instance-wide settings (instance name, default language), keyed by a dotted name. */
@Entity({ name: 'app_setting' })
export class AppSetting {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: string | number | boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
