import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { Clock } from '@billing/shared/kernel';
import { AuthenticatedUser, CLOCK } from '@billing/shared/nest';
import { AccessTokens } from './access-tokens';
import { AuthSessionResponse } from './auth.dto';
import { IdentityProvider } from './identity-provider';
import { LoginAttemptLimiter } from './login-attempt-limiter';
import { RefreshTokens } from './refresh-tokens';

const INVALID_CREDENTIALS = {
  error: 'INVALID_CREDENTIALS',
  message: 'Invalid e-mail or password',
};
const INVALID_REFRESH_TOKEN = {
  error: 'INVALID_REFRESH_TOKEN',
  message: 'Refresh token is invalid, expired or revoked',
};

/** Login, refresh and logout: the use cases behind the auth endpoints. */
@Injectable()
export class AuthSessions {
  constructor(
    private readonly identities: IdentityProvider,
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokens,
    private readonly limiter: LoginAttemptLimiter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async login(
    email: string,
    password: string,
    clientIp: string,
  ): Promise<AuthSessionResponse> {
    const now = this.clock.now();
    const retryAfterSeconds = this.limiter.retryAfterSeconds(
      email,
      clientIp,
      now,
    );
    if (retryAfterSeconds > 0) {
      throw new HttpException(
        {
          error: 'TOO_MANY_LOGIN_ATTEMPTS',
          message: 'Too many failed logins; try again later',
          retryAfterSeconds,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.identities.verifyCredentials(email, password);
    if (!user) {
      this.limiter.recordFailure(email, clientIp, now);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    this.limiter.reset(email, clientIp);
    return this.sessionFor(
      user,
      await this.refreshTokens.issue(user.id, now),
      now,
    );
  }

  async refresh(refreshToken: string): Promise<AuthSessionResponse> {
    const now = this.clock.now();
    const rotation = await this.refreshTokens.rotate(refreshToken, now);
    if (rotation.kind === 'invalid')
      throw new UnauthorizedException(INVALID_REFRESH_TOKEN);
    const user = await this.identities.findActiveUser(rotation.accountId);
    if (!user) {
      await this.refreshTokens.revoke(rotation.refreshToken, now);
      throw new UnauthorizedException(INVALID_REFRESH_TOKEN);
    }
    return this.sessionFor(user, rotation.refreshToken, now);
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken, this.clock.now());
  }

  async currentUser(caller: AuthenticatedUser): Promise<AuthenticatedUser> {
    const user = await this.identities.findActiveUser(caller.id);
    if (!user)
      throw new UnauthorizedException({
        error: 'UNAUTHORIZED',
        message: 'Account is no longer active',
      });
    return user;
  }

  private sessionFor(
    user: AuthenticatedUser,
    refreshToken: string,
    now: Date,
  ): AuthSessionResponse {
    const { accessToken, expiresIn } = this.accessTokens.issue(user, now);
    return {
      accessToken,
      refreshToken,
      expiresIn,
      user: { ...user, roles: [...user.roles] },
    };
  }
}
