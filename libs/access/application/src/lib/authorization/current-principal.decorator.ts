import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from '@billing/access/domain';

export const PRINCIPAL_ON_REQUEST = Symbol('billing:principal');

export interface RequestWithResolvedPrincipal {
  [PRINCIPAL_ON_REQUEST]?: Principal;
}

/** Controller parameter: the caller's Principal, resolved by the permission guard before the handler runs. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => {
    const principal = context
      .switchToHttp()
      .getRequest<RequestWithResolvedPrincipal>()[PRINCIPAL_ON_REQUEST];
    if (!principal) {
      throw new Error(
        '@CurrentPrincipal() used on a route without an authenticated caller',
      );
    }
    return principal;
  },
);
