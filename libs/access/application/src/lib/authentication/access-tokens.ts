import { Injectable } from '@nestjs/common';
import { AppConfig } from '@billing/shared/nest';
import { signJwt, verifyJwt } from './hs256-jwt';

/**
 * Short-lived HS256 access tokens. They name the member only: roles and whether the member is still active are
 * read from the member read model on every request, so a deactivation or a role change applies at once.
 */
@Injectable()
export class AccessTokens {
  constructor(private readonly config: AppConfig) {}

  issue(
    memberId: string,
    now: Date,
  ): { accessToken: string; expiresIn: number } {
    const iat = Math.floor(now.getTime() / 1000);
    const expiresIn = this.config.auth.accessTokenTtlSeconds;
    const claims = { sub: memberId, typ: 'access', iat, exp: iat + expiresIn };
    return {
      accessToken: signJwt(claims, this.config.auth.tokenSecret),
      expiresIn,
    };
  }

  /** The member id the token was issued to, or undefined when it is not a valid, unexpired access token. */
  verify(token: string, now: Date): string | undefined {
    const claims = verifyJwt(
      token,
      this.config.auth.tokenSecret,
      Math.floor(now.getTime() / 1000),
    );
    return claims && claims['typ'] === 'access' ? claims.sub : undefined;
  }
}
