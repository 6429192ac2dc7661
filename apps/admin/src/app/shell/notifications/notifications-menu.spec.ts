import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { NotificationListView, NotificationView } from '@billing/pace/contracts';
import { provideTestIcons } from '../../testing/test-icons';
import { NotificationsMenu } from './notifications-menu';

const reminder = (id: string, title: string, readAt: string | null = null): NotificationView => ({
  id, kind: 'pace-reminder', title, body: 'You tracked 0:00 h of 8:00 h', data: {}, createdAt: new Date().toISOString(), readAt,
});

describe('NotificationsMenu', () => {
  let fixture: ComponentFixture<NotificationsMenu>;
  let http: HttpTestingController;
  const list: NotificationListView = { items: [reminder('n-1', 'Your hours for 2026-11-24 are incomplete'), reminder('n-2', 'Pace 2026-W47: 1 of 3 behind')], unread: 2 };

  const bell = () => (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [NotificationsMenu], providers: [provideHttpClient(), provideHttpClientTesting(), provideTestIcons()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationsMenu);
    fixture.detectChanges();
    http.expectOne('/api/v1/notifications').flush(list);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  it('names the bell by the unread count', () => {
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 2 unread');
  });

  it('reloads when opened, lists the notifications and marks one read', async () => {
    bell().click();
    fixture.detectChanges();
    http.expectOne('/api/v1/notifications').flush(list);
    await fixture.whenStable();
    const items = [...document.querySelectorAll('.item')];
    expect(items.map((item) => item.querySelector('.item-title')?.textContent?.trim())).toEqual([
      'Your hours for 2026-11-24 are incomplete',
      'Pace 2026-W47: 1 of 3 behind',
    ]);

    (document.querySelector('[aria-label="Mark read: Your hours for 2026-11-24 are incomplete"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/v1/notifications/n-1/read');
    expect(request.request.method).toBe('POST');
    request.flush(reminder('n-1', 'Your hours for 2026-11-24 are incomplete', '2026-11-25T10:00:00Z'));
    await fixture.whenStable();
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 1 unread');
    expect(document.querySelectorAll('.item.unread')).toHaveLength(1);
  });
});
