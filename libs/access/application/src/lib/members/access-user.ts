import type { AuthenticatedUser } from '@billing/shared/nest';
import type { AccessMember } from './access-member.entity';

/** How the caller proved who they are. */
export type AuthenticationMethod = 'access-token' | 'api-token';

/** The caller as the guard puts it on the request: `id` is the member id; roles come from the member events. */
export interface AccessUser extends AuthenticatedUser {
  memberId: string;
  authenticatedWith: AuthenticationMethod;
}

export const toAccessUser = (
  member: AccessMember,
  authenticatedWith: AuthenticationMethod,
): AccessUser => ({
  id: member.memberId,
  memberId: member.memberId,
  email: member.email,
  name: member.name,
  roles: [...member.roles],
  authenticatedWith,
});
