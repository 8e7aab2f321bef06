import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppConfig, InjectConfig, recordAudit } from '@tribeworks/api-core';
import { AppRole } from '@tribeworks/contracts';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { InvalidCredentialsError, TokenInvalidError, TooManyAttemptsError } from './access.errors';
import { LoginFailure } from './login-failure.entity';
import { OneTimeToken, type OneTimeTokenPurpose } from './one-time-token.entity';
import {
  assertPasswordAcceptable,
  dummyPasswordHash,
  hashPassword,
  verifyPassword,
} from './passwords';
import { SessionService } from './session.service';
import { hashToken, newToken } from './tokens';
import { User } from './user.entity';

export interface ClientMeta {
  ip: string;
  userAgent?: string;
}

export interface SignedInSession {
  user: User;
  token: string;
}

export const TOKEN_LIFETIME_HOURS: Record<OneTimeTokenPurpose, number> = {
  invitation: 7 * 24,
  password_reset: 2,
  setup: 24,
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Sign-in, sign-out, passwords and one-time links. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Checks the password and starts a session. Failures count per account and per IP in a
   * sliding window; past the limit, even the right password is refused until the window
   * has passed. Attempts on one account are serialised, so parallel guesses cannot slip
   * past the count.
   */
  async login(emailInput: string, password: string, client: ClientMeta): Promise<SignedInSession> {
    const email = normaliseEmail(emailInput);
    const outcome = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${email}`]);
      const since = new Date(Date.now() - this.config.LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
      const [accountFailures, ipFailures] = await Promise.all([
        m.count(LoginFailure, { where: { email, at: MoreThan(since) } }),
        m.count(LoginFailure, { where: { ip: client.ip, at: MoreThan(since) } }),
      ]);
      if (
        accountFailures >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ||
        ipFailures >= this.config.LOGIN_MAX_FAILURES_PER_IP
      ) {
        return { kind: 'limited' as const };
      }
      const user = await m.findOneBy(User, { email });
      const usable = user?.isActive && user.passwordHash;
      const ok = usable
        ? await verifyPassword(user.passwordHash!, password)
        : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
      if (!ok || !user) {
        await m.insert(LoginFailure, { email, ip: client.ip.slice(0, 64) });
        return { kind: 'failed' as const };
      }
      await m.delete(LoginFailure, { email });
      const { token } = await this.sessions.create(m, user.id, client);
      await recordAudit(m, {
        action: 'login',
        entityType: 'User',
        entityId: user.id,
        actor: { userId: user.id, email: user.email },
      });
      return { kind: 'ok' as const, user, token };
    });
    if (outcome.kind === 'limited') {
      throw new TooManyAttemptsError(this.config.LOGIN_FAILURE_WINDOW_MINUTES);
    }
    if (outcome.kind === 'failed') throw new InvalidCredentialsError();
    return { user: outcome.user, token: outcome.token };
  }

  async logout(user: User | { id: string; email: string }, tokenHash: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.sessions.revoke(m, tokenHash);
      await recordAudit(m, { action: 'logout', entityType: 'User', entityId: user.id });
    });
  }

  /** Changes the password, ends every session of the user and starts a fresh one. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    client: ClientMeta,
  ): Promise<SignedInSession> {
    return this.dataSource.transaction(async (m) => {
      const user = await m.findOneByOrFail(User, { id: userId });
      if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new InvalidCredentialsError();
      }
      assertPasswordAcceptable(newPassword, user.email);
      await this.setPassword(m, user, newPassword);
      const { token } = await this.sessions.create(m, user.id, client);
      return { user, token };
    });
  }

  /** Creates a one-time link token; returns the raw token (only its hash is stored). */
  async issueToken(
    m: EntityManager,
    purpose: OneTimeTokenPurpose,
    userId: string | null,
  ): Promise<string> {
    const token = newToken();
    await m.insert(OneTimeToken, {
      tokenHash: hashToken(token),
      purpose,
      userId,
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_HOURS[purpose] * 3600_000),
      usedAt: null,
    });
    return token;
  }

  /**
   * Marks a one-time token used, exactly once: the conditional update succeeds for one
   * caller only, even when two use the same link at the same moment.
   */
  async consumeToken(
    m: EntityManager,
    token: string,
    purpose: OneTimeTokenPurpose,
  ): Promise<OneTimeToken> {
    const tokenHash = hashToken(token);
    const result = await m
      .createQueryBuilder()
      .update(OneTimeToken)
      .set({ usedAt: () => 'now()' })
      .where({ tokenHash, purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .returning('*')
      .execute();
    const row = (result.raw as OneTimeToken[] | undefined)?.[0];
    if (!row) throw new TokenInvalidError();
    return m.findOneByOrFail(OneTimeToken, { tokenHash });
  }

  /** Accepting an invitation sets the first password. */
  async acceptInvitation(token: string, password: string, displayName?: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.consumeToken(m, token, 'invitation');
      const user = await m.findOneByOrFail(User, { id: row.userId! });
      assertPasswordAcceptable(password, user.email);
      if (displayName?.trim()) {
        const before = { displayName: user.displayName };
        user.displayName = displayName.trim();
        await m.save(user);
        await recordAudit(m, {
          action: 'update',
          entityType: 'User',
          entityId: user.id,
          before,
          after: { displayName: user.displayName },
          actor: { userId: user.id, email: user.email },
        });
      }
      await this.setPassword(m, user, password, { userId: user.id, email: user.email });
    });
  }

  /**
   * Always answers the same, whether the account exists or not; when it does, a reset link
   * is created. Without a mail transport the link goes to the server log.
   */
  async requestPasswordReset(emailInput: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    const link = await this.dataSource.transaction(async (m) => {
      const user = await m.findOneBy(User, { email, isActive: true });
      if (!user) return undefined;
      return this.resetLink(await this.issueToken(m, 'password_reset', user.id));
    });
    if (link) this.logger.log(`Password reset link for ${email}: ${link}`);
  }

  async confirmPasswordReset(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.consumeToken(m, token, 'password_reset');
      const user = await m.findOneByOrFail(User, { id: row.userId! });
      assertPasswordAcceptable(password, user.email);
      await this.setPassword(m, user, password, { userId: user.id, email: user.email });
    });
  }

  /** First start without an admin: the setup link creates one. */
  async completeSetup(
    token: string,
    input: { email: string; displayName: string; password: string },
  ): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.consumeToken(m, token, 'setup');
      await this.createAdmin(m, input);
    });
  }

  async createAdmin(
    m: EntityManager,
    input: { email: string; displayName: string; password: string },
  ): Promise<User> {
    const email = normaliseEmail(input.email);
    assertPasswordAcceptable(input.password, email);
    const user = m.create(User, {
      email,
      displayName: input.displayName,
      roles: [AppRole.Admin],
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: new Date(),
      isActive: true,
      locale: 'nl',
    });
    await m.save(user);
    await recordAudit(m, {
      action: 'create',
      entityType: 'User',
      entityId: user.id,
      after: { email, displayName: user.displayName, roles: user.roles, password: 'set' },
      redact: ['password'],
      actor: { userId: user.id, email },
    });
    return user;
  }

  invitationLink(token: string): string {
    return `${this.publicUrl()}/invitation?token=${encodeURIComponent(token)}`;
  }

  resetLink(token: string): string {
    return `${this.publicUrl()}/reset-password?token=${encodeURIComponent(token)}`;
  }

  setupLink(token: string): string {
    return `${this.publicUrl()}/setup?token=${encodeURIComponent(token)}`;
  }

  private publicUrl(): string {
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/$/, '');
  }

  private async setPassword(
    m: EntityManager,
    user: User,
    password: string,
    actor?: { userId: string; email: string },
  ): Promise<void> {
    const hadPassword = Boolean(user.passwordHash);
    user.passwordHash = await hashPassword(password);
    user.passwordChangedAt = new Date();
    await m.save(user);
    await this.sessions.revokeAllForUser(m, user.id);
    await recordAudit(m, {
      action: 'update',
      entityType: 'User',
      entityId: user.id,
      before: { password: hadPassword ? 'previous' : null },
      after: { password: 'new', passwordChangedAt: user.passwordChangedAt },
      redact: ['password'],
      actor,
    });
  }
}
