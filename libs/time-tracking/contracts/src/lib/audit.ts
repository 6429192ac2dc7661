/** The rules of the quality audit of time logs. */
export const AUDIT_RULES = [
  'overlap',
  'entry-over-12h',
  'running-over-24h',
  'missing-task',
  'missing-description',
  'non-working-day',
  'logged-late',
] as const;
export type AuditRuleName = (typeof AUDIT_RULES)[number];

/**
 * GET /api/v1/time-entries/audit?from=YYYY-MM-DD&to=YYYY-MM-DD: findings over the entries of the caller's scope
 * whose day is in the range (default: the last 31 days up to today, in the organisation's zone).
 */
export interface TimeAuditQuery {
  from?: string;
  to?: string;
  memberId?: string;
  projectId?: string;
  /** Only these rules (repeat the parameter, or comma-separated). Default: all. */
  rules?: AuditRuleName[];
  /** "Logged late" after this many days (0..365). Default: TIME_AUDIT_LATE_AFTER_DAYS, else 3. */
  lateAfterDays?: number;
}

export interface TimeAuditFinding {
  rule: AuditRuleName;
  entryId: string;
  memberId: string;
  projectId: string;
  /** The entry's day in the organisation's zone. */
  day: string;
  startedAt: string;
  endedAt: string | null;
  description: string;
  /** Rule-specific figures, e.g. { otherEntryId, overlapSeconds } or { daysLate, recordedOn }. */
  details: Record<string, string | number>;
}

export interface TimeAuditReport {
  from: string;
  to: string;
  lateAfterDays: number;
  /** Working days are Monday to Friday until work schedules exist (see the pace issue). */
  workingDays: 'monday-to-friday';
  findings: TimeAuditFinding[];
  /** Count per rule, every rule listed. */
  totals: Record<AuditRuleName, number>;
}
