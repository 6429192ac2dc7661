import { Injectable } from '@nestjs/common';
import {
  authorize,
  PERMISSIONS,
  ROLE_GRANTS,
  type GrantScope,
  type Permission,
  type Principal,
  type ResourceScope,
} from '@billing/access/domain';
import { ForbiddenError } from '@billing/shared/kernel';
import type { QueryScope } from './query-scope';

const grants = (
  principal: Principal,
  permission: Permission,
  scope: GrantScope,
) => principal.roles.some((role) => ROLE_GRANTS[role]?.[permission] === scope);

/** The one policy, for handlers: every check goes through the access domain's `authorize`. */
@Injectable()
export class AccessPolicy {
  /** Throws ForbiddenError (403 naming the permission and the reason) unless allowed; returns the scope used. */
  assert(
    principal: Principal,
    permission: Permission,
    resource?: ResourceScope,
  ): GrantScope {
    const decision = authorize(principal, permission, resource);
    if (!decision.allowed) {
      throw new ForbiddenError(decision.missing, decision.reason);
    }
    return decision.scope;
  }

  allows(
    principal: Principal,
    permission: Permission,
    resource?: ResourceScope,
  ): boolean {
    return authorize(principal, permission, resource).allowed;
  }

  /** What a list query for `permission` must be restricted to; throws ForbiddenError when nothing is granted. */
  queryScope(principal: Principal, permission: Permission): QueryScope {
    const scope = this.assert(principal, permission);
    switch (scope) {
      case 'any':
        return { kind: 'all' };
      case 'responsibilities': {
        const { clientIds, projectIds, teamIds } = principal.responsibilities;
        return {
          kind: 'responsibilities',
          clientIds,
          projectIds,
          teamIds,
          ...(grants(principal, permission, 'own')
            ? { ownMemberId: principal.memberId }
            : {}),
        };
      }
      case 'own':
        return { kind: 'own', memberId: principal.memberId };
      default: {
        const unknown: never = scope;
        throw new Error(`Unknown grant scope ${String(unknown)}`);
      }
    }
  }

  /** Every permission the principal holds in some scope (the admin app builds its navigation from it). */
  permissionsOf(principal: Principal): Permission[] {
    return PERMISSIONS.filter(
      (permission) => authorize(principal, permission).allowed,
    );
  }
}
