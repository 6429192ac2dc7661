/** A member's calendar rule: events whose title contains `keyword` (any case) go to the project and task. */
export interface CalendarImportRule {
  keyword: string;
  projectId: string;
  taskId?: string | null;
}

/** GET /api/v1/time-entries/calendar-import/rules: the caller's rules, in order (the first match wins). */
export interface CalendarImportRules {
  rules: CalendarImportRule[];
  /** Send back as If-Match on PUT; 0 before the first save. */
  revision: number;
}

/** PUT /api/v1/time-entries/calendar-import/rules (If-Match optional): replaces the whole list, at most 100. */
export interface PutCalendarImportRulesRequest {
  rules: CalendarImportRule[];
}

/**
 * POST /api/v1/time-entries/calendar-import/preview: either multipart/form-data with a `file` field (an .ics
 * file, at most 2 MB), or JSON with exactly one of `ics` (the file's text) or `url` (fetched by the server only
 * when its host is listed in ICS_FETCH_ALLOWED_HOSTS). Occurrences of recurring events are expanded between
 * `from` and `to` (days, inclusive; default: the last 31 days up to today, in the organisation's zone).
 */
export interface CalendarPreviewRequest {
  ics?: string;
  url?: string;
  from?: string;
  to?: string;
}

export type CalendarSkipReasonName =
  | 'all-day'
  | 'no-matching-rule'
  | 'not-after-start'
  | 'longer-than-24h'
  | 'repeated-in-calendar';

export type CalendarProposalView =
  | {
      outcome: 'proposed';
      /** Stable for an event occurrence: send it back to accept. */
      proposalId: string;
      externalId: string;
      projectId: string;
      taskId: string | null;
      description: string;
      startedAt: string;
      endedAt: string;
      durationSeconds: number;
      matchedKeyword: string;
      /** The day in the organisation's zone. */
      day: string;
    }
  | { outcome: 'already-imported'; proposalId: string; externalId: string; entryId: string; summary: string; startedAt: string }
  | {
      outcome: 'skipped';
      proposalId: string;
      externalId: string;
      reason: CalendarSkipReasonName;
      summary: string;
      startedAt: string;
      endedAt: string;
    };

export interface CalendarPreviewResponse {
  from: string;
  to: string;
  proposals: CalendarProposalView[];
}

/** A proposal as the client accepts it (possibly with another project, task or description than proposed). */
export interface AcceptedCalendarProposal {
  externalId: string;
  projectId: string;
  taskId?: string | null;
  description: string;
  startedAt: string;
  endedAt: string;
  billable?: boolean;
  tags?: string[];
}

/**
 * POST /api/v1/time-entries/calendar-import/accept: logs each proposal as a calendar entry. Idempotent by external
 * id: an occurrence imported before is reported as `already-imported`, never logged twice.
 */
export interface AcceptCalendarProposalsRequest {
  proposals: AcceptedCalendarProposal[];
}

export type AcceptedCalendarOutcome =
  | { externalId: string; outcome: 'logged'; entryId: string }
  | { externalId: string; outcome: 'already-imported'; entryId: string }
  | { externalId: string; outcome: 'refused'; status: number; code: string; message: string };

export interface AcceptCalendarProposalsResponse {
  results: AcceptedCalendarOutcome[];
}
