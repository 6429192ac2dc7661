import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@billing/access/application';
import type { Principal, ResourceScope } from '@billing/access/domain';
import { ForbiddenError } from '@billing/shared/kernel';
import type { ActorAuthority } from '@billing/time-tracking/domain';

/** Where an entry sits for scope checks: its member, project, client and the member's team on the entry's day. */
export interface EntryResource {
  memberId: string;
  projectId?: string;
  clientId?: string;
  teamId?: string;
}

const scopeOf = (resource: EntryResource): ResourceScope => ({
  memberId: resource.memberId,
  ...(resource.projectId === undefined ? {} : { projectId: resource.projectId }),
  ...(resource.clientId === undefined ? {} : { clientId: resource.clientId }),
  ...(resource.teamId === undefined ? {} : { teamIds: [resource.teamId] }),
});

/** Turns the access policy's answer into the time-tracking domain's ActorAuthority, and checks reads. */
@Injectable()
export class EntryAccess {
  constructor(private readonly policy: AccessPolicy) {}

  /**
   * The actor's reach over entries at all the given places (an edit that moves an entry must be allowed at both):
   * `admin` with time.write.any everywhere, `responsible-in-scope` within responsibilities, `self` for their own.
   */
  authorityFor(principal: Principal, ...resources: EntryResource[]): ActorAuthority {
    const each = resources.map((resource) => this.authorityAt(principal, resource));
    if (each.includes('self')) return 'self';
    if (each.includes('responsible-in-scope')) return 'responsible-in-scope';
    return 'admin';
  }

  /**
   * Who may post adjusting entries at all the given places: `admin` with time.adjust everywhere,
   * `responsible-in-scope` within responsibilities; anyone else is refused (403), their own entries included.
   */
  adjustAuthorityFor(principal: Principal, ...resources: EntryResource[]): ActorAuthority {
    const each = resources.map((resource) => this.policy.assert(principal, 'time.adjust', scopeOf(resource)));
    return each.every((scope) => scope === 'any') ? 'admin' : 'responsible-in-scope';
  }

  assertMayRead(principal: Principal, resource: EntryResource): void {
    const scope = scopeOf(resource);
    if (this.policy.allows(principal, 'time.read.any', scope)) return;
    this.policy.assert(principal, 'time.read.own', scope);
  }

  private authorityAt(principal: Principal, resource: EntryResource): ActorAuthority {
    const scope = scopeOf(resource);
    if (this.policy.allows(principal, 'time.write.any', scope)) {
      return this.policy.assert(principal, 'time.write.any', scope) === 'any' ? 'admin' : 'responsible-in-scope';
    }
    if (resource.memberId === principal.memberId && this.policy.allows(principal, 'time.write.own', scope)) return 'self';
    throw new ForbiddenError('time.write.any', "the entry is outside the caller's teams, projects and clients");
  }
}
