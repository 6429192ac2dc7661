import { Permission, Role } from './permissions';
import { GrantScope, ROLE_GRANTS } from './role-grants';

export interface Responsibilities {
  clientIds: readonly string[];
  projectIds: readonly string[];
  teamIds: readonly string[];
}

export interface Principal {
  memberId: string;
  roles: readonly Role[];
  /** What the principal is responsible for (meaningful with the responsible role). */
  responsibilities: Responsibilities;
}

/** Where the thing being read or written sits. */
export interface ResourceScope {
  clientId?: string;
  projectId?: string;
  /** The teams of the resource, e.g. the team of an entry's member on the entry's day. */
  teamIds?: readonly string[];
  /** The member the resource belongs to (an entry's member, a pace row's member). */
  memberId?: string;
}

export type AuthorizationDecision =
  | {
      allowed: true;
      /**
       * The widest scope that applied. When no resource was given and this is not `any`, the caller must
       * restrict its query to the principal's responsibilities (or own data) itself.
       */
      scope: GrantScope;
    }
  | { allowed: false; missing: Permission; reason: string };

const SCOPE_ORDER: readonly GrantScope[] = ['any', 'responsibilities', 'own'];

function grantedScopes(
  principal: Principal,
  permission: Permission,
): GrantScope[] {
  const scopes = new Set<GrantScope>();
  for (const role of principal.roles) {
    const scope = ROLE_GRANTS[role]?.[permission];
    if (scope !== undefined) scopes.add(scope);
  }
  return SCOPE_ORDER.filter((scope) => scopes.has(scope));
}

function hasScopeFields(resource: ResourceScope): boolean {
  return (
    resource.clientId !== undefined ||
    resource.projectId !== undefined ||
    (resource.teamIds?.length ?? 0) > 0 ||
    resource.memberId !== undefined
  );
}

/** A responsible reaches a resource through its client, its project or one of its teams. */
export function isWithinResponsibilities(
  responsibilities: Responsibilities,
  resource: ResourceScope,
): boolean {
  return (
    (resource.clientId !== undefined &&
      responsibilities.clientIds.includes(resource.clientId)) ||
    (resource.projectId !== undefined &&
      responsibilities.projectIds.includes(resource.projectId)) ||
    (resource.teamIds ?? []).some((teamId) =>
      responsibilities.teamIds.includes(teamId),
    )
  );
}

function reaches(
  scope: GrantScope,
  principal: Principal,
  resource: ResourceScope,
): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'responsibilities':
      return isWithinResponsibilities(principal.responsibilities, resource);
    case 'own':
      return (
        resource.memberId !== undefined &&
        resource.memberId === principal.memberId
      );
    default: {
      const unknown: never = scope;
      throw new Error(`Unknown grant scope ${String(unknown)}`);
    }
  }
}

/**
 * The one authorisation check, pure: may `principal` exercise `permission` on `resource`?
 * Permissions are the union over the principal's roles; the widest matching scope wins.
 */
export function authorize(
  principal: Principal,
  permission: Permission,
  resource?: ResourceScope,
): AuthorizationDecision {
  const scopes = grantedScopes(principal, permission);
  if (scopes.length === 0) {
    const roles =
      principal.roles.length === 0
        ? 'no roles'
        : `roles ${principal.roles.join(', ')}`;
    return {
      allowed: false,
      missing: permission,
      reason: `${roles} do not grant ${permission}`,
    };
  }
  if (resource === undefined || !hasScopeFields(resource)) {
    return { allowed: true, scope: scopes[0] ?? 'own' };
  }
  const reaching = scopes.find((scope) => reaches(scope, principal, resource));
  if (reaching !== undefined) {
    return { allowed: true, scope: reaching };
  }
  const reason = scopes.includes('responsibilities')
    ? `${permission} is limited to the principal's teams, projects and clients, and this resource is outside them`
    : `${permission} is limited to the principal's own data`;
  return { allowed: false, missing: permission, reason };
}
