/**
 * The time report over HTTP: `POST /api/v1/reports/time`. Days, ISO weeks and months are taken in the organisation's
 * time zone, by each entry's start. Durations are integer seconds; money is integer minor units of `currency`.
 * Only entries the caller may see are counted (finance, admin, auditors: all; responsibles: their clients, projects
 * and teams (team on the entry's day), plus their own; members: their own).
 */

/** What a report can be grouped by, up to `MAX_GROUP_LEVELS` levels. */
export const REPORT_GROUP_BY = [
  'client',
  'project',
  'task',
  'member',
  'team',
  'day',
  'week',
  'month',
] as const;
export type ReportGroupBy = (typeof REPORT_GROUP_BY)[number];
export const MAX_GROUP_LEVELS = 3;

export function isReportGroupBy(value: unknown): value is ReportGroupBy {
  return REPORT_GROUP_BY.includes(value as ReportGroupBy);
}

/** Inclusive local days `YYYY-MM-DD` in the organisation's zone. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** Each list narrows to entries matching any of its ids; lists combine with AND. Omitted or empty: no filter. */
export interface TimeReportFilters {
  clientIds?: string[];
  projectIds?: string[];
  taskIds?: string[];
  memberIds?: string[];
  teamIds?: string[];
  /** Entries carrying at least one of these tags. */
  tags?: string[];
  billable?: boolean;
  billed?: boolean;
}

export const MAX_ENTRIES_PAGE_SIZE = 500;
export const DEFAULT_ENTRIES_PAGE_SIZE = 100;

/** Body of `POST /api/v1/reports/time`. */
export interface TimeReportRequest {
  period: ReportPeriod;
  filters?: TimeReportFilters;
  /** Outermost level first; no dimension twice. Omitted: totals only. */
  groupBy?: ReportGroupBy[];
  /** Also return the matching entries, one page at a time (sorted by start, then id). */
  includeEntries?: boolean;
  /** 1-based; default 1. */
  entriesPage?: number;
  /** Default 100, at most 500. */
  entriesPageSize?: number;
  /**
   * An ISO-8601 instant in the past: the report as it was at that moment (events recorded after it are ignored).
   * Omitted: the live report.
   */
  asOf?: string;
}

export interface ReportTotals {
  trackedSeconds: number;
  /** After each project's billing rounding; 0 for non-billable entries. */
  billableSeconds: number;
  /** Billable seconds of entries already billed (by an invoice or marked billed). */
  billedSeconds: number;
  /** Minor units. Zero until rates apply. */
  amount: number;
  /** Minor units of `costCurrency` (the members' cost rates), which need not be the amount's currency. */
  cost: number;
  /**
   * amount - cost, in `currency`, when cost is in that currency too (`costCurrency === currency`), or when nothing
   * was costed (cost 0, `costCurrency` null). null when amount and cost are in different currencies or either mixes
   * several: no exchange rates are modelled, so they are never subtracted across currencies.
   */
  profit: number | null;
  entryCount: number;
  /**
   * ISO 4217 code of amount and profit when all counted entries share one (the client's currency); null when
   * there is none or several (group by client to read the amounts of mixed currencies).
   */
  currency: string | null;
  /**
   * ISO 4217 code of cost when all costed entries share one (the cost rate's currency, normally the organisation's
   * default currency); null when nothing was costed or the costs are in several currencies.
   */
  costCurrency: string | null;
}

export interface ReportGroup {
  dimension: ReportGroupBy;
  /**
   * The id (client, project, task, member, team) or the calendar key: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`.
   * null for entries without a task or without a team on their day.
   */
  key: string | null;
  /** Display text: the name, or the calendar key; "(no task)" / "(no team)" for a null key. */
  label: string;
  totals: ReportTotals;
  /** The next level, empty on the last one. */
  children: ReportGroup[];
}

/** One entry of the detail list. */
export interface ReportEntry {
  entryId: string;
  day: string;
  week: string;
  month: string;
  startedAt: string;
  endedAt: string;
  clientId: string | null;
  clientName: string;
  projectId: string;
  projectName: string;
  taskId: string | null;
  taskName: string | null;
  memberId: string;
  memberName: string;
  teamId: string | null;
  description: string;
  tags: string[];
  billable: boolean;
  billed: boolean;
  invoiceId: string | null;
  billingReference: string | null;
  /**
   * Set on an adjusting entry only: the entry (of a closed period) it corrects, signed, in this entry's period; its
   * seconds and amount are the signed correction. null for every other entry.
   */
  adjustsEntryId: string | null;
  /** Why the adjustment was posted; null when `adjustsEntryId` is. */
  adjustmentReason: string | null;
  trackedSeconds: number;
  billableSeconds: number;
  /** Hourly rate applied, minor units; null until rates apply. */
  rate: number | null;
  amount: number;
  /** Minor units of `costCurrency`. */
  cost: number;
  /** The currency of amount and rate (the client's). */
  currency: string | null;
  /** The currency of cost (the member's cost rate's); null when the member has no cost rate. */
  costCurrency: string | null;
}

export interface ReportEntryPage {
  items: ReportEntry[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * How current the report read model was when the report was answered. The read model follows the event store and
 * normally trails it by a fraction of a second, but for minutes while it replays (after a migration recreated it) or
 * when its projection stopped on an error: the totals then miss recent changes.
 */
export interface ReportFreshness {
  /** When the store recorded the last event the read model applied (ISO UTC); null before the first one. */
  countedThrough: string | null;
  /**
   * When the store recorded the oldest event the read model has still to apply (ISO UTC); null when it is caught up.
   * Its age is how far behind the totals are: changes recorded since then may be missing.
   */
  pendingSince: string | null;
}

/** Response of `POST /api/v1/reports/time`. */
export interface TimeReport {
  period: ReportPeriod;
  filters: TimeReportFilters;
  groupBy: ReportGroupBy[];
  /** The organisation's zone the days were taken in. */
  timeZone: string;
  totals: ReportTotals;
  /** Top level, sorted by label (calendar keys ascending). Empty without groupBy. */
  groups: ReportGroup[];
  /** Present when includeEntries was asked. */
  entries?: ReportEntryPage;
  /** Set when the report was asked as of a past instant (normalised to UTC): a historical view, not the live one. */
  asOf?: string;
  /**
   * Always set on the API's reports (live, as of, saved-report runs, shared links); absent from an export file's
   * report, which is one snapshot of the read model read by the worker.
   */
  freshness?: ReportFreshness;
}
