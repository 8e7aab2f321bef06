import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed login, kept for the rate limit window (per account and per IP address). */
@Entity({ name: 'login_failure' })
@Index('IDX_login_failure_email', ['email', 'at'])
@Index('IDX_login_failure_ip', ['ip', 'at'])
export class LoginFailure {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
