import { TeamId, TimeZone } from '@billing/shared/kernel';

/** Look-ups the application does before deciding. */
export interface PeriodDecisionContext {
  /** The organisation's IANA zone: a period is a calendar month there. */
  timeZone: TimeZone;
  /** True for a team the organisation knows. */
  isKnownTeam: (teamId: TeamId) => boolean;
}
