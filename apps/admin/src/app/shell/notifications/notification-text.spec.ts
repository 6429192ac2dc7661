import { NotificationListView, NotificationView } from '@billing/pace/contracts';
import { badgeText, bellLabel, timeAgo, withRead } from './notification-text';

const item = (id: string, readAt: string | null): NotificationView => ({
  id, kind: 'pace-reminder', title: 't', body: 'b', data: {}, createdAt: '2026-11-25T08:00:00Z', readAt,
});

describe('the notifications menu', () => {
  it('names the bell and its badge by the unread count', () => {
    expect(bellLabel(0)).toBe('Notifications, none unread');
    expect(bellLabel(2)).toBe('Notifications, 2 unread');
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });

  it('says coarsely how long ago', () => {
    const at = Date.parse('2026-11-25T08:00:00Z');
    expect(timeAgo('2026-11-25T08:00:00Z', at + 59_000)).toBe('just now');
    expect(timeAgo('2026-11-25T08:00:00Z', at + 5 * 60_000)).toBe('5 min ago');
    expect(timeAgo('2026-11-25T08:00:00Z', at + 3 * 3_600_000)).toBe('3 h ago');
    expect(timeAgo('2026-11-25T08:00:00Z', at + 86_400_000)).toBe('1 day ago');
    expect(timeAgo('2026-11-25T08:00:00Z', at + 3 * 86_400_000)).toBe('3 days ago');
  });

  it('counts one fewer unread after marking an unread one, and no change for one already read', () => {
    const list: NotificationListView = { items: [item('a', null), item('b', '2026-11-25T09:00:00Z')], unread: 1 };
    const after = withRead(list, item('a', '2026-11-25T10:00:00Z'));
    expect(after.unread).toBe(0);
    expect(after.items[0]?.readAt).toBe('2026-11-25T10:00:00Z');
    expect(withRead(list, item('b', '2026-11-25T09:00:00Z')).unread).toBe(1);
  });
});
