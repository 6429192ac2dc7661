import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { NotificationListView, NotificationView } from '@billing/pace/contracts';
import { Observable } from 'rxjs';

const NOTIFICATIONS = '/api/v1/notifications';

/** The signed-in person's in-app notifications (reminders, weekly summaries). */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<NotificationListView> {
    return this.http.get<NotificationListView>(NOTIFICATIONS);
  }

  markRead(id: string): Observable<NotificationView> {
    return this.http.post<NotificationView>(`${NOTIFICATIONS}/${id}/read`, {});
  }
}
