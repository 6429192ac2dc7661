import { ListQuery, Revisioned } from './common';

export const MEMBER_ROLE_NAMES = [
  'admin',
  'finance',
  'responsible',
  'member',
  'auditor',
] as const;
export type MemberRoleName = (typeof MEMBER_ROLE_NAMES)[number];

export type MemberStatus = 'active' | 'deactivated';

/** GET /api/v1/members, GET /api/v1/members/:id */
export interface MemberView extends Revisioned {
  id: string;
  name: string;
  email: string;
  roles: MemberRoleName[];
  status: MemberStatus;
  /** The team the member belongs to today (organisation time zone); null when none. */
  currentTeamId: string | null;
}

export interface MemberListQuery extends ListQuery {
  status?: MemberStatus;
  role?: MemberRoleName;
  teamId?: string;
}

/** POST /api/v1/members. With `initialPassword` (12+ characters) the member can log in right away. */
export interface CreateMemberRequest {
  name: string;
  email: string;
  roles: MemberRoleName[];
  initialPassword?: string;
}

/** PATCH /api/v1/members/:id (If-Match required). */
export interface UpdateMemberRequest {
  name?: string;
  email?: string;
  roles?: MemberRoleName[];
}

/**
 * POST /api/v1/members/:id/team-moves: from `from` on (inclusive) the member belongs to `teamId`
 * (null: to no team). Back-dated moves correct history; a move on a date that already has one replaces it.
 */
export interface MoveMemberRequest {
  teamId: string | null;
  /** YYYY-MM-DD */
  from: string;
}

/** One effective-dated period of a member's team history. */
export interface TeamMembershipPeriod {
  teamId: string;
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  /** Exclusive, YYYY-MM-DD; null while still in force. */
  until: string | null;
}

/** GET /api/v1/members/:id/team-history (revision: the member's membership stream). */
export interface MemberTeamHistoryView extends Revisioned {
  memberId: string;
  periods: TeamMembershipPeriod[];
}
