import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import type { AccessUser } from '../members/access-user';
import { AccessTokens } from './access-tokens';
import { AuthSessionResponse, UserResponse } from './auth.dto';
import { IdentityProvider, VerifiedIdentity } from './identity-provider';
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

export const userResponseOf = (user: AccessUser): UserResponse => ({
  id: user.memberId,
  memberId: user.memberId,
  email: user.email,
  name: user.name,
  roles: [...user.roles],
});

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
    const identity = await this.identities.verifyCredentials(email, password);
    if (!identity) {
      this.limiter.recordFailure(email, clientIp, now);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    this.limiter.reset(email, clientIp);
    return this.sessionFor(
      identity,
      await this.refreshTokens.issue(identity.accountId, now),
      now,
    );
  }

  /** A deactivated member's refresh token is revoked and refused. */
  async refresh(refreshToken: string): Promise<AuthSessionResponse> {
    const now = this.clock.now();
    const rotation = await this.refreshTokens.rotate(refreshToken, now);
    if (rotation.kind === 'invalid')
      throw new UnauthorizedException(INVALID_REFRESH_TOKEN);
    const identity = await this.identities.findActiveIdentity(
      rotation.accountId,
    );
    if (!identity) {
      await this.refreshTokens.revoke(rotation.refreshToken, now);
      throw new UnauthorizedException(INVALID_REFRESH_TOKEN);
    }
    return this.sessionFor(identity, rotation.refreshToken, now);
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken, this.clock.now());
  }

  private sessionFor(
    identity: VerifiedIdentity,
    refreshToken: string,
    now: Date,
  ): AuthSessionResponse {
    const { accessToken, expiresIn } = this.accessTokens.issue(
      identity.user.memberId,
      now,
    );
    return {
      accessToken,
      refreshToken,
      expiresIn,
      user: userResponseOf(identity.user),
    };
  }
}
