import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { ForbiddenError } from '@billing/shared/kernel';

/** Which Pace rows a principal sees: everything, or the days members spent in their teams (plus their own). */
export type PaceReach = { kind: 'all' } | { kind: 'limited'; teamIds: readonly string[]; memberId: string | null };

/** SQL condition on `pace_days` (alias d) for a reach; parameters start at `$next`. */
export function reachCondition(reach: PaceReach, next: number): { sql: string; parameters: unknown[] } {
  if (reach.kind === 'all') return { sql: 'true', parameters: [] };
  return { sql: `(d.team_id = any($${next}) or d.member_id = $${next + 1})`, parameters: [[...reach.teamIds], reach.memberId] };
}

/** `pace.read`: admin, finance and auditors everything; responsibles their teams (team of the member on the day); members their own. */
@Injectable()
export class PaceAccess {
  constructor(
    private readonly policy: AccessPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  reach(principal: Principal): PaceReach {
    const scope = this.policy.queryScope(principal, 'pace.read');
    switch (scope.kind) {
      case 'all':
        return { kind: 'all' };
      case 'responsibilities':
        return { kind: 'limited', teamIds: scope.teamIds, memberId: scope.ownMemberId ?? null };
      case 'own':
        return { kind: 'limited', teamIds: [], memberId: scope.memberId };
      default: {
        const unknown: never = scope;
        return unknown;
      }
    }
  }

  /** The member is the principal, or was in one of the principal's teams at some time. */
  async assertMember(principal: Principal, memberId: string): Promise<PaceReach> {
    const reach = this.reach(principal);
    if (reach.kind === 'all' || reach.memberId === memberId) return reach;
    const rows: unknown[] = reach.teamIds.length
      ? await this.dataSource.query('select 1 from pace_team_memberships where member_id = $1 and team_id = any($2) limit 1', [memberId, [...reach.teamIds]])
      : [];
    if (rows.length === 0) throw new ForbiddenError('pace.read', 'the member is not in a team you are responsible for');
    return reach;
  }

  assertTeam(principal: Principal, teamId: string): PaceReach {
    const reach = this.reach(principal);
    if (reach.kind === 'limited' && !reach.teamIds.includes(teamId)) {
      throw new ForbiddenError('pace.read', 'you are not responsible for this team');
    }
    return reach;
  }
}
