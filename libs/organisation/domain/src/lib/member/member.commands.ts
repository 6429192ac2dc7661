import { MemberId } from '@billing/shared/kernel';
import { DomainCommand } from '../shared/messages';
import { MemberRole } from './member-role';

export type RegisterMember = DomainCommand<
  'register-member',
  { memberId: MemberId; name: string; email: string; roles: MemberRole[] }
>;
export type ChangeMemberDetails = DomainCommand<
  'change-member-details',
  { memberId: MemberId; name?: string; email?: string }
>;
export type ChangeMemberRoles = DomainCommand<
  'change-member-roles',
  { memberId: MemberId; roles: MemberRole[] }
>;
/** Members are never deleted: they are deactivated, and their history stays. */
export type DeactivateMember = DomainCommand<
  'deactivate-member',
  { memberId: MemberId }
>;
export type ReactivateMember = DomainCommand<
  'reactivate-member',
  { memberId: MemberId }
>;

export type MemberCommand =
  | RegisterMember
  | ChangeMemberDetails
  | ChangeMemberRoles
  | DeactivateMember
  | ReactivateMember;

/**
 * Look-ups done by the caller before deciding. E-mail uniqueness spans all members, so the handler asks the
 * members read model which member (if any) already uses the normalised e-mail of the command.
 */
export interface MemberDecisionContext {
  memberIdWithSameEmail?: MemberId;
}
