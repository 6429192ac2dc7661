import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FirstAdminSeeder } from './accounts/first-admin-seeder';
import { MemberAccounts } from './accounts/member-accounts';
import { ApiTokens } from './api-tokens/api-tokens';
import { ApiTokensController } from './api-tokens/api-tokens.controller';
import { ACCESS_ENTITIES, ACCESS_PROJECTIONS } from './access-persistence';
import { AccessTokenGuard } from './authentication/access-token.guard';
import { AccessTokens } from './authentication/access-tokens';
import { AuthController } from './authentication/auth.controller';
import { AuthSessions } from './authentication/auth-sessions';
import { IdentityProvider } from './authentication/identity-provider';
import { LocalIdentityProvider } from './authentication/local-identity.provider';
import { LoginAttemptLimiter } from './authentication/login-attempt-limiter';
import { RefreshTokens } from './authentication/refresh-tokens';
import { AccessPolicy } from './authorization/access-policy';
import { PermissionGuard } from './authorization/permission.guard';
import { PrincipalResolver } from './authorization/principal-resolver';
import { AccessMembers } from './members/access-members';
import { AccessResponsibilities } from './responsibilities/access-responsibilities';

/**
 * The access context: authentication (local accounts, access and refresh tokens, personal API tokens), the access
 * read models and their projections, and authorisation (two global guards, in this order: who is calling, then
 * may they). Needs from the host: AppConfig, CLOCK, a TypeORM DataSource listing ACCESS_ENTITIES, and the
 * EventSourcingModule's AggregateRepository (for the first-admin seed).
 */
@Module({
  imports: [TypeOrmModule.forFeature(ACCESS_ENTITIES)],
  controllers: [AuthController, ApiTokensController],
  providers: [
    { provide: IdentityProvider, useClass: LocalIdentityProvider },
    { provide: LoginAttemptLimiter, useValue: new LoginAttemptLimiter() },
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
    AccessTokens,
    AuthSessions,
    RefreshTokens,
    ApiTokens,
    AccessMembers,
    AccessResponsibilities,
    PrincipalResolver,
    AccessPolicy,
    MemberAccounts,
    FirstAdminSeeder,
    ...ACCESS_PROJECTIONS,
  ],
  exports: [
    IdentityProvider,
    AccessTokens,
    AccessPolicy,
    PrincipalResolver,
    MemberAccounts,
    ...ACCESS_PROJECTIONS,
  ],
})
export class AccessModule {}
