import { MemberId } from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';
import { MemberRole } from './member-role';

export type MemberRegistered = DomainEvent<
  'member-registered',
  { memberId: MemberId; name: string; email: string; roles: MemberRole[] }
>;
export type MemberDetailsChanged = DomainEvent<
  'member-details-changed',
  { memberId: MemberId; name?: string; email?: string }
>;
export type MemberRolesChanged = DomainEvent<
  'member-roles-changed',
  { memberId: MemberId; roles: MemberRole[] }
>;
export type MemberDeactivated = DomainEvent<
  'member-deactivated',
  { memberId: MemberId }
>;
export type MemberReactivated = DomainEvent<
  'member-reactivated',
  { memberId: MemberId }
>;

export type MemberEvent =
  | MemberRegistered
  | MemberDetailsChanged
  | MemberRolesChanged
  | MemberDeactivated
  | MemberReactivated;
