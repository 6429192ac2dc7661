import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK, IS_PUBLIC_ROUTE } from '@billing/shared/nest';
import { isApiTokenSecret } from '../api-tokens/api-token-secret';
import { ApiTokens } from '../api-tokens/api-tokens';
import { AccessMembers } from '../members/access-members';
import { AuthenticationMethod, toAccessUser } from '../members/access-user';
import type { RequestWithPrincipal } from '../authorization/principal-resolver';
import { AccessTokens } from './access-tokens';

const unauthorized = (message: string) =>
  new UnauthorizedException({ error: 'UNAUTHORIZED', message });

/**
 * Global guard: every route needs a bearer token unless marked @Public(): an access token (JWT) or a personal API
 * token (`llt_...`). Either names a member, who must be active in the member read model right now.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokens,
    private readonly apiTokens: ApiTokens,
    private readonly members: AccessMembers,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(
      IS_PUBLIC_ROUTE,
      [context.getHandler(), context.getClass()],
    );
    if (isPublic || context.getType() !== 'http') return true;
    const request = context
      .switchToHttp()
      .getRequest<Request & RequestWithPrincipal>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw unauthorized('A valid access token is required');
    }
    const method: AuthenticationMethod = isApiTokenSecret(token)
      ? 'api-token'
      : 'access-token';
    const now = this.clock.now();
    const memberId =
      method === 'api-token'
        ? await this.apiTokens.memberIdFor(token, now)
        : this.accessTokens.verify(token, now);
    if (!memberId) throw unauthorized('A valid access token is required');
    const member = await this.members.findActive(memberId);
    if (!member) throw unauthorized('The member is deactivated or unknown');
    request.user = toAccessUser(member, method);
    return true;
  }
}
