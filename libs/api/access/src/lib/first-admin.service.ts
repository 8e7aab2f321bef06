import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppConfig, InjectConfig } from '@tribeworks/api-core';
import { AppRole } from '@tribeworks/contracts';
import { DataSource, IsNull } from 'typeorm';
import { AuthService } from './auth.service';
import { OneTimeToken } from './one-time-token.entity';
import { User } from './user.entity';

const FIRST_ADMIN_LOCK = 727_384_003;

/**
 * First start: when no active admin exists, creates one from ADMIN_EMAIL/ADMIN_PASSWORD, or
 * writes a one-time setup link to the log. Several API processes starting together do this
 * once (advisory lock).
 */
@Injectable()
export class FirstAdminService {
  private readonly logger = new Logger('FirstAdmin');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async ensure(): Promise<void> {
    const link = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
      const admins: { count: string }[] = await m.query(
        `SELECT count(*) AS count FROM app_user WHERE is_active AND $1 = ANY(roles)`,
        [AppRole.Admin],
      );
      if (Number(admins[0]?.count ?? 0) > 0) return undefined;
      if (this.config.ADMIN_EMAIL && this.config.ADMIN_PASSWORD) {
        const existing = await m.findOneBy(User, { email: this.config.ADMIN_EMAIL.toLowerCase() });
        if (!existing) {
          await this.auth.createAdmin(m, {
            email: this.config.ADMIN_EMAIL,
            displayName: 'Administrator',
            password: this.config.ADMIN_PASSWORD,
          });
          this.logger.log(`Created the first admin ${this.config.ADMIN_EMAIL}`);
          return undefined;
        }
        this.logger.warn(`${this.config.ADMIN_EMAIL} exists but is no active admin`);
      }
      await m.delete(OneTimeToken, { purpose: 'setup', usedAt: IsNull() });
      return this.auth.setupLink(await this.auth.issueToken(m, 'setup', null));
    });
    if (link) {
      this.logger.warn(`No admin exists yet. Create one within 24 hours at: ${link}`);
    }
  }
}
