/** BullMQ queue names shared by producers (api) and processors (worker). */
export const QUEUE_NAMES = {
  exports: 'exports',
  notifications: 'notifications',
  audit: 'audit',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];
