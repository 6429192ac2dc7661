/** GET /api/v1/pace?scope=member|team|organisation&id=&from=&to=&rollup=day|week|month */

export const PACE_SCOPES = ['member', 'team', 'organisation'] as const;
export type PaceScopeName = (typeof PACE_SCOPES)[number];
export const PACE_ROLLUPS = ['day', 'week', 'month'] as const;
export type PaceRollupName = (typeof PACE_ROLLUPS)[number];

export interface PaceQuery {
  scope: PaceScopeName;
  /** Member or team id; not with `organisation`. */
  id?: string;
  from: string;
  to: string;
  rollup?: PaceRollupName;
}

export interface PaceFigures {
  expectedSeconds: number;
  trackedSeconds: number;
  /** Sum of each day's max(0, expected - tracked): surplus on one day does not fill a gap on another. */
  missingSeconds: number;
  /** tracked < 90 % of expected (tracked x 10 < expected x 9). */
  behind: boolean;
}

export interface PaceBucketView extends PaceFigures {
  /** `2026-03-02`, `2026-W10` or `2026-03`. */
  key: string;
  from: string;
  to: string;
}

export interface PaceMemberView {
  memberId: string;
  name: string;
  buckets: PaceBucketView[];
  total: PaceFigures;
}

export interface PaceView {
  scope: PaceScopeName;
  id: string | null;
  from: string;
  to: string;
  rollup: PaceRollupName;
  buckets: PaceBucketView[];
  total: PaceFigures;
  /** One row per member in the scope (the heat map: members x buckets). */
  members: PaceMemberView[];
}

/** GET /api/v1/pace/behind?on=YYYY-MM-DD: members behind over the month to that date, within the caller's scope. */
export interface BehindMemberView {
  memberId: string;
  name: string;
  teamId: string | null;
  /** Month to date (first of the month .. `on`). */
  toDate: PaceFigures;
  /** The day `on` alone. */
  day: PaceFigures;
  /** Last day a reminder was sent for, if any. */
  lastRemindedFor: string | null;
}

export interface BehindView {
  on: string;
  from: string;
  members: BehindMemberView[];
}

/** POST /api/v1/pace/behind/:memberId/remind */
export interface RemindRequest {
  /** The day the reminder is about (default: today in the organisation zone). */
  on?: string;
}

export interface RemindResult {
  jobId: string;
  memberId: string;
  on: string;
  /** `already-queued`: a reminder for that member and day exists (queued or sent): nothing new. */
  status: 'queued' | 'already-queued';
}
