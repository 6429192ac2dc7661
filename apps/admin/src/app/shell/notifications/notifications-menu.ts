import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NotificationListView, NotificationView } from '@billing/pace/contracts';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule, MatIconRegistry } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { DomSanitizer } from '@angular/platform-browser';
import { forkJoin } from 'rxjs';
import { badgeText, bellLabel, timeAgo, withRead } from './notification-text';
import { NotificationsApi } from './notifications-api';

/** How often the unread count is refreshed while the app is open. */
const REFRESH_MS = 60_000;
const BELL_PATH =
  'M160-200v-60h80v-304q0-84 49.5-150.5T420-798v-22q0-25 17.5-42.5T480-880q25 0 42.5 17.5T540-820v22q81 17 130.5 83.5T720-564v304h80v60H160Zm320-302Zm0 422q-33 0-56.5-23.5T400-160h160q0 33-23.5 56.5T480-80ZM300-260h360v-304q0-75-52.5-127.5T480-744q-75 0-127.5 52.5T300-564v304Z';

/** The toolbar bell: unread count, the latest notifications, mark read. */
@Component({
  selector: 'app-notifications-menu',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, MatMenuModule],
  templateUrl: './notifications-menu.html',
  styleUrl: './notifications-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsMenu {
  private readonly api = inject(NotificationsApi);
  private readonly refreshes = signal(0);
  private readonly resource = rxResource({ params: () => this.refreshes(), stream: () => this.api.list() });
  /** Kept between reloads, so the list does not blank while refreshing. */
  private readonly latest = signal<NotificationListView | null>(null);

  protected readonly list = computed(() => (this.resource.hasValue() ? this.resource.value() : this.latest()));
  protected readonly unread = computed(() => this.list()?.unread ?? 0);
  protected readonly label = computed(() => bellLabel(this.unread()));
  protected readonly badge = computed(() => badgeText(this.unread()));
  protected readonly failed = computed(() => this.resource.status() === 'error');
  protected readonly now = signal(Date.now());

  constructor() {
    const sanitizer = inject(DomSanitizer);
    inject(MatIconRegistry).addSvgIconLiteral(
      'notifications',
      sanitizer.bypassSecurityTrustHtml(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -960 960 960"><path d="${BELL_PATH}"/></svg>`),
    );
    const timer = setInterval(() => this.refresh(), REFRESH_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected refresh(): void {
    const current = this.list();
    if (current) {
      this.latest.set(current);
    }
    this.now.set(Date.now());
    this.refreshes.update((count) => count + 1);
  }

  protected ago(item: NotificationView): string {
    return timeAgo(item.createdAt, this.now());
  }

  protected markRead(item: NotificationView, event: Event): void {
    event.stopPropagation();
    this.api.markRead(item.id).subscribe((read) => this.apply([read]));
  }

  protected markAllRead(event: Event): void {
    event.stopPropagation();
    const unread = this.list()?.items.filter((item) => item.readAt === null) ?? [];
    if (unread.length > 0) {
      forkJoin(unread.map((item) => this.api.markRead(item.id))).subscribe((read) => this.apply(read));
    }
  }

  private apply(read: readonly NotificationView[]): void {
    const current = this.list();
    if (current) {
      this.resource.set(read.reduce(withRead, current));
    }
  }
}
