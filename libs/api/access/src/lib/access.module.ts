import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from '@tribeworks/api-core';
import { AbilityFactory } from './ability.factory';
import { AccessGuard } from './access.guard';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { FirstAdminService } from './first-admin.service';
import { LoginFailure } from './login-failure.entity';
import { OneTimeToken } from './one-time-token.entity';
import { ScopeContributorRegistry } from './scope-registry';
import { Session } from './session.entity';
import { SessionService } from './session.service';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Identity, access and audit. Registers the access guard for every route. */
@Module({
  imports: [TypeOrmModule.forFeature([User, Session, OneTimeToken, LoginFailure, AuditLog])],
  controllers: [AuthController, UsersController, AuditController],
  providers: [
    AbilityFactory,
    SessionService,
    AuthService,
    UsersService,
    AuditService,
    FirstAdminService,
    ScopeContributorRegistry,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AbilityFactory, SessionService, FirstAdminService, ScopeContributorRegistry],
})
export class AccessModule {}

export const ACCESS_ENTITIES = [User, Session, OneTimeToken, LoginFailure, AuditLog];
