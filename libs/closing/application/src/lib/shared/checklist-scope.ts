import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { ForbiddenError } from '@billing/shared/kernel';

/**
 * The checklist names members and entries, so it follows the reach of `time.read.any`: organisation-wide for admin,
 * finance and auditors; a responsible only for teams they are responsible for (and must name them).
 */
@Injectable()
export class ChecklistScope {
  constructor(private readonly policy: AccessPolicy) {}

  assert(principal: Principal, teamIds: readonly string[] | null): void {
    const scope = this.policy.queryScope(principal, 'time.read.any');
    if (scope.kind === 'all') return;
    const allowed = scope.kind === 'responsibilities' ? scope.teamIds : [];
    if (teamIds === null || teamIds.some((teamId) => !allowed.includes(teamId))) {
      throw new ForbiddenError('time.read.any', 'the checklist reaches only the teams you are responsible for: name them in teamId');
    }
  }
}
