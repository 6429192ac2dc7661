import type { ChecklistView } from './checklist';

/**
 * Month-end close over HTTP. A period is a calendar month `YYYY-MM` in the organisation's time zone; it is closed
 * organisation-wide or for some teams. Instants are ISO-8601 UTC strings; dates `YYYY-MM-DD`.
 */

export const PERIOD_STATUSES = ['open', 'closed', 'closed-for-teams'] as const;
/**
 * open: nothing closed; closed: organisation-wide (except the teams in `reopenedTeamIds`); closed-for-teams: only the
 * teams listed in `closedTeamIds`.
 */
export type PeriodStatusName = (typeof PERIOD_STATUSES)[number];

/** An item of GET /api/v1/periods. */
export interface PeriodSummaryView {
  /** `YYYY-MM` */
  key: string;
  /** First instant of the month and first instant of the next one, in the organisation's zone. */
  startsAt: string;
  endsAt: string;
  status: PeriodStatusName;
  /** Teams closed on their own (they remain listed while an organisation-wide close covers them). */
  closedTeamIds: string[];
  /** Teams reopened out of the organisation-wide close: writable while the rest of the month stays closed. */
  reopenedTeamIds: string[];
  submissionDeadline: string;
  deadlineSource: 'rule' | 'override';
  /** True once the month has ended in the organisation's zone: only then can it be closed. */
  ended: boolean;
  /** Revision of the period's stream; null while nothing was ever recorded for it. */
  revision: number | null;
}

/** GET /api/v1/periods?from=YYYY-MM&to=YYYY-MM (default: the last 12 months up to the current one, newest first). */
export interface PeriodListQuery {
  from?: string;
  to?: string;
}

export interface PeriodListView {
  timeZone: string;
  items: PeriodSummaryView[];
}

export const PERIOD_HISTORY_KINDS = ['deadline-overridden', 'closed', 'reopened'] as const;
export type PeriodHistoryKind = (typeof PERIOD_HISTORY_KINDS)[number];

/** One change of the period, with who did it and when. */
export interface PeriodHistoryEntry {
  revision: number;
  kind: PeriodHistoryKind;
  /** Member id of the actor (or `system:<component>`). */
  actor: string;
  occurredAt: string;
  /** true: the organisation-wide scope (reopening organisation-wide also lists the teams it opened). */
  organisationWide: boolean;
  teamIds: string[];
  /** The reason of a reopening or a deadline change; the note of a close. */
  reason: string | null;
  /** Closes only: the checklist as it was at that moment. */
  checklist?: ChecklistView;
  /** Deadline changes only. */
  deadline?: string | null;
  previousDeadline?: string | null;
}

/** GET /api/v1/periods/:key (ETag: the stream revision). */
export interface PeriodDetailView extends PeriodSummaryView {
  timeZone: string;
  history: PeriodHistoryEntry[];
}

/** POST /api/v1/periods/:key/close */
export interface ClosePeriodRequest {
  /** Leave out to close organisation-wide. */
  teamIds?: string[];
  /** Required when the checklist has open findings. */
  note?: string;
}

/** POST /api/v1/periods/:key/reopen (finance or admin). */
export interface ReopenPeriodRequest {
  /** Leave out to reopen everything closed in the period. */
  teamIds?: string[];
  reason: string;
}

/** PATCH /api/v1/periods/:key/deadline */
export interface PeriodDeadlineRequest {
  /** `YYYY-MM-DD` after the period's last day, or null to follow the organisation's rule again. */
  deadline: string | null;
  reason?: string;
}
