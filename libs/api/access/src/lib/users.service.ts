import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, recordAudit } from '@tribeworks/api-core';
import { type AppRole, ErrorCode, type Locale } from '@tribeworks/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailTakenError, StaleVersionError } from './access.errors';
import { AuthService, normaliseEmail } from './auth.service';
import { SessionService } from './session.service';
import { User } from './user.entity';

export interface InviteInput {
  email: string;
  displayName: string;
  roles: AppRole[];
  locale?: Locale;
}

export interface UserChanges {
  displayName?: string;
  roles?: AppRole[];
  locale?: Locale;
  isActive?: boolean;
  /** The version the editor saw: refuses to overwrite someone else's change. */
  version: number;
}

const AUDITED_FIELDS = ['email', 'displayName', 'roles', 'locale', 'isActive'] as const;

function auditView(user: User): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((f) => [f, user[f]]));
}

/** Administration of users: invitations, roles, deactivation, reset links. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  list(): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .find({ order: { displayName: 'ASC', email: 'ASC' } });
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new NotFoundError(ErrorCode.NotFound, `No user with id ${id}`);
    return user;
  }

  /** Creates the user without a password and returns the one-time link to set one. */
  async invite(input: InviteInput): Promise<{ user: User; invitationUrl: string }> {
    const email = normaliseEmail(input.email);
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`user:${email}`]);
      if (await m.existsBy(User, { email })) throw new EmailTakenError(email);
      const user = m.create(User, {
        email,
        displayName: input.displayName.trim(),
        roles: [...new Set(input.roles)],
        locale: input.locale ?? 'nl',
        isActive: true,
        passwordHash: null,
        passwordChangedAt: null,
      });
      await m.save(user);
      await recordAudit(m, {
        action: 'create',
        entityType: 'User',
        entityId: user.id,
        after: auditView(user),
      });
      const token = await this.auth.issueToken(m, 'invitation', user.id);
      return { user, invitationUrl: this.auth.invitationLink(token) };
    });
  }

  async update(id: string, changes: UserChanges): Promise<User> {
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockedUser(m, id);
      if (user.version !== changes.version) throw new StaleVersionError('This user');
      const before = auditView(user);
      if (changes.displayName !== undefined) user.displayName = changes.displayName.trim();
      if (changes.roles !== undefined) user.roles = [...new Set(changes.roles)];
      if (changes.locale !== undefined) user.locale = changes.locale;
      if (changes.isActive !== undefined) user.isActive = changes.isActive;
      await m.save(user);
      if (before.isActive && !user.isActive) await this.sessions.revokeAllForUser(m, user.id);
      await recordAudit(m, {
        action: 'update',
        entityType: 'User',
        entityId: user.id,
        before,
        after: auditView(user),
      });
      return user;
    });
  }

  /** A reset link an admin hands over (there is no mail transport yet). */
  async createResetLink(id: string): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockedUser(m, id);
      return this.auth.resetLink(await this.auth.issueToken(m, 'password_reset', user.id));
    });
  }

  private async lockedUser(m: EntityManager, id: string): Promise<User> {
    const user = await m.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError(ErrorCode.NotFound, `No user with id ${id}`);
    return user;
  }
}
