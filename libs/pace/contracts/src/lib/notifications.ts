/** In-app notifications: GET /api/v1/notifications, POST /api/v1/notifications/:id/read */

export const NOTIFICATION_KINDS = ['pace-reminder', 'pace-weekly-summary'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** e.g. `{ on, missingSeconds }` for a reminder, `{ week, members }` for a summary. */
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListView {
  items: NotificationView[];
  unread: number;
}
