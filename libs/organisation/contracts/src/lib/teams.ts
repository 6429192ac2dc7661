import { ListQuery, Revisioned } from './common';

export type TeamStatus = 'active' | 'archived';

/** GET /api/v1/teams, GET /api/v1/teams/:id */
export interface TeamView extends Revisioned {
  id: string;
  name: string;
  responsibleIds: string[];
  status: TeamStatus;
}

export interface TeamListQuery extends ListQuery {
  status?: TeamStatus;
}

/** POST /api/v1/teams */
export interface CreateTeamRequest {
  name: string;
  responsibleIds?: string[];
}

/** PATCH /api/v1/teams/:id (If-Match required). */
export interface UpdateTeamRequest {
  name?: string;
  responsibleIds?: string[];
}

/** GET /api/v1/teams/:id/members?on=YYYY-MM-DD (default: today in the organisation's time zone). */
export interface TeamMemberView {
  memberId: string;
  name: string;
  email: string;
  /** Since when (inclusive) the member is in this team. */
  from: string;
  /** Until when (exclusive) the member stays; null while open-ended. */
  until: string | null;
}

export interface TeamMembersOnDate {
  teamId: string;
  on: string;
  items: TeamMemberView[];
}
