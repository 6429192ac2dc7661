import { Injectable } from '@nestjs/common';
import { AppConfig, AuthenticatedUser, isRole } from '@billing/shared/nest';
import { signJwt, verifyJwt } from './hs256-jwt';

@Injectable()
export class AccessTokens {
  constructor(private readonly config: AppConfig) {}

  issue(
    user: AuthenticatedUser,
    now: Date,
  ): { accessToken: string; expiresIn: number } {
    const iat = Math.floor(now.getTime() / 1000);
    const expiresIn = this.config.auth.accessTokenTtlSeconds;
    const claims = {
      sub: user.id,
      email: user.email,
      name: user.name,
      roles: [...user.roles],
      typ: 'access',
      iat,
      exp: iat + expiresIn,
    };
    return {
      accessToken: signJwt(claims, this.config.auth.tokenSecret),
      expiresIn,
    };
  }

  verify(token: string, now: Date): AuthenticatedUser | undefined {
    const claims = verifyJwt(
      token,
      this.config.auth.tokenSecret,
      Math.floor(now.getTime() / 1000),
    );
    if (!claims || claims['typ'] !== 'access') return undefined;
    const { email, name, roles } = claims;
    if (
      typeof email !== 'string' ||
      typeof name !== 'string' ||
      !Array.isArray(roles)
    )
      return undefined;
    return { id: claims.sub, email, name, roles: roles.filter(isRole) };
  }
}
