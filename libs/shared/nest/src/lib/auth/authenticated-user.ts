import {
  createParamDecorator,
  ExecutionContext,
  UnauthorizedException,
} from '@nestjs/common';
import { Role } from './roles';

/** Who is calling, as the access-token guard puts it on the request. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  roles: readonly Role[];
}

export interface RequestWithUser {
  user?: AuthenticatedUser;
}

/** Controller parameter: the authenticated caller (routes behind the global guard always have one). */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = context.switchToHttp().getRequest<RequestWithUser>().user;
    if (!user) throw new UnauthorizedException();
    return user;
  },
);
