import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type OneTimeTokenPurpose = 'invitation' | 'password_reset' | 'setup';

/** Invitation, password-reset and first-admin setup links: stored hashed, used once, expire. */
@Entity({ name: 'one_time_token' })
export class OneTimeToken {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 20 })
  purpose!: OneTimeTokenPurpose;

  /** Null for the first-admin setup link. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
