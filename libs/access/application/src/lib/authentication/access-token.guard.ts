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
import { CLOCK, IS_PUBLIC_ROUTE, RequestWithUser } from '@billing/shared/nest';
import { AccessTokens } from './access-tokens';

/** Global guard: every route needs a valid bearer access token unless marked @Public(). */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokens,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(
      IS_PUBLIC_ROUTE,
      [context.getHandler(), context.getClass()],
    );
    if (isPublic || context.getType() !== 'http') return true;
    const request = context
      .switchToHttp()
      .getRequest<Request & RequestWithUser>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const user =
      scheme === 'Bearer' && token
        ? this.accessTokens.verify(token, this.clock.now())
        : undefined;
    if (!user)
      throw new UnauthorizedException({
        error: 'UNAUTHORIZED',
        message: 'A valid access token is required',
      });
    request.user = user;
    return true;
  }
}
