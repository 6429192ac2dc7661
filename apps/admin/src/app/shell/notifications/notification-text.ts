import { NotificationListView, NotificationView } from '@billing/pace/contracts';

/** The bell's accessible name: `Notifications, 2 unread`. */
export function bellLabel(unread: number): string {
  return unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
}

/** The badge: hidden at 0, `99+` beyond 99. */
export function badgeText(unread: number): string {
  return unread === 0 ? '' : unread > 99 ? '99+' : String(unread);
}

/** How long ago, coarsely: `just now`, `5 min ago`, `3 h ago`, `2 days ago`. */
export function timeAgo(createdAt: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(createdAt)) / 1000));
  if (seconds < 60) {
    return 'just now';
  }
  if (seconds < 3600) {
    return `${Math.floor(seconds / 60)} min ago`;
  }
  if (seconds < 86_400) {
    return `${Math.floor(seconds / 3600)} h ago`;
  }
  const days = Math.floor(seconds / 86_400);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** The list after one notification was marked read, without waiting for a reload. */
export function withRead(list: NotificationListView, read: NotificationView): NotificationListView {
  const wasUnread = list.items.some((item) => item.id === read.id && item.readAt === null);
  return {
    items: list.items.map((item) => (item.id === read.id ? read : item)),
    unread: wasUnread && read.readAt !== null ? Math.max(0, list.unread - 1) : list.unread,
  };
}
