import { SetMetadata } from '@nestjs/common';
import { isPermission, type Permission } from '@billing/access/domain';

export const ACCESS_REQUIREMENT = 'billing:accessRequirement';

/** What a route asks of an authenticated caller. Routes without one (and not @Public) are refused. */
export type AccessRequirement =
  | { kind: 'permission'; permission: Permission }
  | { kind: 'authenticated-only' };

/** The route (or every route of a controller) needs `permission`; method-level declarations win. */
export function RequirePermission(
  permission: Permission,
): MethodDecorator & ClassDecorator {
  if (!isPermission(permission)) {
    throw new Error(
      `@RequirePermission: unknown permission ${String(permission)}`,
    );
  }
  return SetMetadata<string, AccessRequirement>(ACCESS_REQUIREMENT, {
    kind: 'permission',
    permission,
  });
}

/**
 * Any authenticated, active member may call the route: for what concerns the caller's own session and tokens
 * (`/auth/me`, personal API tokens). Saying so explicitly keeps forgotten declarations from opening a route.
 */
export const AuthenticatedOnly = (): MethodDecorator & ClassDecorator =>
  SetMetadata<string, AccessRequirement>(ACCESS_REQUIREMENT, {
    kind: 'authenticated-only',
  });
