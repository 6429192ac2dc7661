import type { JobsOptions } from 'bullmq';

/** Retried with exponential backoff (1 s, 2 s, 4 s, ...); finished jobs are kept a week so their id stays taken. */
export const REMINDER_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
