import { Injectable } from '@nestjs/common';
import { AccessPolicy, type QueryScope } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';

export interface EntryReadScope {
  scope: QueryScope;
  /** The caller also sees their own entries (time.read.own). */
  ownMemberId?: string;
}

/**
 * The entries a caller may read: finance, admin and auditors all; responsibles the entries of their projects,
 * clients, and of members who were in their teams on the entry's day; everyone their own.
 */
@Injectable()
export class EntryReadScopes {
  constructor(private readonly policy: AccessPolicy) {}

  of(principal: Principal): EntryReadScope {
    const ownMemberId = this.policy.allows(principal, 'time.read.own') ? principal.memberId : undefined;
    const scope = this.policy.allows(principal, 'time.read.any')
      ? this.policy.queryScope(principal, 'time.read.any')
      : this.policy.queryScope(principal, 'time.read.own');
    return { scope, ...(ownMemberId === undefined ? {} : { ownMemberId }) };
  }
}

/**
 * The WHERE condition of a read scope over `tt_time_entries` aliased `alias`. Team scope uses the organisation's
 * effective-dated memberships (`org_team_memberships`), client scope its projects (`org_projects`).
 */
export function entryScopeCondition(readScope: EntryReadScope, alias: string): { sql: string; parameters: Record<string, unknown> } | undefined {
  const { scope, ownMemberId } = readScope;
  if (scope.kind === 'all') return undefined;
  const parts: string[] = [];
  const parameters: Record<string, unknown> = {};
  const own = scope.kind === 'own' ? scope.memberId : (scope.ownMemberId ?? ownMemberId);
  if (own !== undefined) {
    parts.push(`${alias}.member_id = :scopeOwnMemberId`);
    parameters['scopeOwnMemberId'] = own;
  }
  if (scope.kind === 'responsibilities') {
    parts.push(
      `${alias}.project_id = any(:scopeProjectIds)`,
      `${alias}.project_id in (select p.id from org_projects p where p.client_id = any(:scopeClientIds))`,
      `exists (select 1 from org_team_memberships m where m.member_id = ${alias}.member_id and m.team_id = any(:scopeTeamIds)
         and m.from_date <= ${alias}.local_day and (m.until_date is null or ${alias}.local_day < m.until_date))`,
    );
    parameters['scopeProjectIds'] = [...scope.projectIds];
    parameters['scopeClientIds'] = [...scope.clientIds];
    parameters['scopeTeamIds'] = [...scope.teamIds];
  }
  return { sql: parts.length === 0 ? 'false' : `(${parts.join(' or ')})`, parameters };
}
