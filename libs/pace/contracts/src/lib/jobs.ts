/** Job payloads on the `notifications` queue (producer: api and the scheduler; processor: worker). */

export const PACE_JOB_NAMES = {
  /** Repeatable, hourly: finds whether the reminder hour has come in the organisation zone and fans out. */
  tick: 'pace-reminder-tick',
  reminder: 'pace-reminder',
  weeklySummary: 'pace-weekly-summary',
} as const;

export interface PaceReminderTickJob {
  kind: 'pace-reminder-tick';
}

export interface PaceReminderJob {
  kind: 'pace-reminder';
  memberId: string;
  /** The day the member is behind on. */
  on: string;
  source: 'schedule' | 'manual';
  /** The responsible who pressed "remind". */
  requestedBy?: string;
}

export interface PaceWeeklySummaryJob {
  kind: 'pace-weekly-summary';
  responsibleId: string;
  /** ISO week summarised, `2026-W10`. */
  week: string;
}

export type NotificationJob = PaceReminderTickJob | PaceReminderJob | PaceWeeklySummaryJob;

/** One job per member and day, whoever enqueues it: BullMQ keeps a single job per id. */
export const reminderJobId = (memberId: string, on: string): string => `reminder:${memberId}:${on}`;
export const weeklySummaryJobId = (responsibleId: string, week: string): string => `weekly-summary:${responsibleId}:${week}`;

/** Body of the webhook POST; signed: `X-Pace-Signature: sha256=<hex HMAC-SHA256 of the raw body>`. */
export interface PaceWebhookPayload {
  /** Same for retries of one notification, so receivers can drop duplicates. */
  id: string;
  kind: 'pace-reminder' | 'pace-weekly-summary';
  sentAt: string;
  data: Record<string, unknown>;
}
