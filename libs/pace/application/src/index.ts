export * from './lib/pace-application.module';
export * from './lib/pace-reminders.module';
export { PACE_MIGRATIONS, PACE_PROJECTIONS } from './lib/read-models';
export { PACE_PROJECTION, PaceProjection } from './lib/read-model/pace.projection';
export { ReminderTick, type TickResult } from './lib/reminders/reminder-tick';
export { ReminderSender, type ReminderOutcome } from './lib/reminders/reminder-sender';
export { WeeklySummarySender } from './lib/reminders/weekly-summary-sender';
export { REMINDER_JOB_OPTIONS } from './lib/reminders/reminder-job-options';
export { signWebhookBody, verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_DELIVERY_HEADER } from './lib/notifications/webhook-signature';
