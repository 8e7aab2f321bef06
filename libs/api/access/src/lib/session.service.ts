import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AppConfig, ChangeFeed, InjectConfig, ReadCache } from '@tribeworks/api-core';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';
import { User } from './user.entity';

export interface SessionInfo {
  user: User;
  session: Session;
}

/** Server-side sessions with an idle and an absolute expiry, revocable at any time. */
@Injectable()
export class SessionService {
  /** Touch `last_seen_at` at most this often, not on every request. */
  private static readonly TOUCH_EVERY_MS = 60_000;

  /**
   * Sessions by token hash, with their user: every request needs one. Emptied when a session
   * is revoked or deleted or a user changes (notified by the database, or at once after a
   * write through this process); the checks below still run on every request.
   */
  private readonly cache: ReadCache<SessionInfo>;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectConfig() private readonly config: AppConfig,
    feed: ChangeFeed,
  ) {
    this.cache = new ReadCache(feed, {
      tables: ['user_session', 'app_user'],
      max: 10_000,
      ttlMs: 60_000,
    });
  }

  /** Starts a session; returns the token for the cookie (only its hash is stored). */
  async create(
    manager: EntityManager,
    userId: string,
    meta: { ip?: string; userAgent?: string },
  ): Promise<{ token: string; session: Session }> {
    const token = newToken();
    const now = new Date();
    const session = manager.create(Session, {
      tokenHash: hashToken(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.SESSION_ABSOLUTE_HOURS * 3600_000),
      revokedAt: null,
      ip: meta.ip?.slice(0, 64) ?? null,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    await manager.insert(Session, session);
    return { token, session };
  }

  /** The live session of a cookie token with its active user, or undefined. */
  async resolve(token: string): Promise<SessionInfo | undefined> {
    const hash = hashToken(token);
    const found = await this.cache.get(hash, () => this.load(hash));
    if (!found) return undefined;
    const { user, session: row } = found;
    if (row.revokedAt || !user.isActive) return undefined;
    const now = Date.now();
    if (row.expiresAt.getTime() <= now) return undefined;
    if (row.lastSeenAt.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000 <= now)
      return undefined;
    if (now - row.lastSeenAt.getTime() > SessionService.TOUCH_EVERY_MS) {
      // The cached row is this service's own: moving its clock keeps the idle check true.
      row.lastSeenAt = new Date(now);
      await this.sessions.update({ tokenHash: row.tokenHash }, { lastSeenAt: row.lastSeenAt });
    }
    return found;
  }

  private async load(hash: string): Promise<SessionInfo | undefined> {
    const row = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.user', User, 'u', 'u.id = s.userId')
      .where('s.tokenHash = :hash', { hash })
      .getOne();
    const user = (row as (Session & { user?: User }) | null)?.user;
    return row && user ? { user, session: row } : undefined;
  }

  async revoke(manager: EntityManager, tokenHash: string): Promise<void> {
    await manager.update(Session, { tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a user (password change or reset, deactivation). */
  async revokeAllForUser(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager.update(
      Session,
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return result.affected ?? 0;
  }
}
