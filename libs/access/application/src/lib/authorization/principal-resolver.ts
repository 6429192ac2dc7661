import { Injectable } from '@nestjs/common';
import type { Principal } from '@billing/access/domain';
import type { AccessUser } from '../members/access-user';
import { AccessMembers } from '../members/access-members';
import { AccessResponsibilities } from '../responsibilities/access-responsibilities';

/** A request as the guards leave it: the authenticated caller and, once resolved, their principal. */
export interface RequestWithPrincipal {
  user?: AccessUser;
}

/**
 * Turns the authenticated caller into the policy's Principal, from the access read models (never from the token).
 * Resolved once per request: later calls with the same request get the same principal.
 */
@Injectable()
export class PrincipalResolver {
  private readonly perRequest = new WeakMap<object, Promise<Principal>>();

  constructor(
    private readonly members: AccessMembers,
    private readonly responsibilities: AccessResponsibilities,
  ) {}

  /** The principal of the request's caller; the caller must be authenticated already. */
  forRequest(request: RequestWithPrincipal): Promise<Principal> {
    const cached = this.perRequest.get(request);
    if (cached) return cached;
    const user = request.user;
    if (!user) {
      return Promise.reject(
        new Error('PrincipalResolver: the request has no authenticated user'),
      );
    }
    const resolved = this.principalOf(user.memberId, user.roles);
    this.perRequest.set(request, resolved);
    return resolved;
  }

  /** The principal of an active member (for work outside a request, e.g. shared links or jobs). */
  async forMember(memberId: string): Promise<Principal | undefined> {
    const member = await this.members.findActive(memberId);
    return member ? this.principalOf(member.memberId, member.roles) : undefined;
  }

  private async principalOf(
    memberId: string,
    roles: Principal['roles'],
  ): Promise<Principal> {
    return {
      memberId,
      roles: [...roles],
      responsibilities: await this.responsibilities.of(memberId),
    };
  }
}
