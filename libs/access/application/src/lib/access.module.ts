import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessTokenGuard } from './access-token.guard';
import { AccessTokens } from './access-tokens';
import { AdminSeeder } from './admin-seeder';
import { AuthAccount } from './auth-account.entity';
import { AuthRefreshToken } from './auth-refresh-token.entity';
import { AuthController } from './auth.controller';
import { AuthSessions } from './auth-sessions';
import { IdentityProvider } from './identity-provider';
import { LocalIdentityProvider } from './local-identity.provider';
import { LoginAttemptLimiter } from './login-attempt-limiter';
import { RefreshTokens } from './refresh-tokens';

@Module({
  imports: [TypeOrmModule.forFeature([AuthAccount, AuthRefreshToken])],
  controllers: [AuthController],
  providers: [
    { provide: IdentityProvider, useClass: LocalIdentityProvider },
    { provide: LoginAttemptLimiter, useValue: new LoginAttemptLimiter() },
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    AccessTokens,
    AuthSessions,
    AdminSeeder,
    RefreshTokens,
  ],
  exports: [IdentityProvider, AccessTokens],
})
export class AuthModule {}
