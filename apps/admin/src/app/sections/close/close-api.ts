import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ChecklistView,
  ClosePeriodRequest,
  PeriodDeadlineRequest,
  PeriodDetailView,
  PeriodListView,
  ReopenPeriodRequest,
} from '@billing/closing/contracts';
import { Observable } from 'rxjs';
import { API_V1, ifMatch } from '../setup/shared/setup-api';

const PERIODS = `${API_V1}/periods`;

/** If-Match with the period's revision once it has one (a month nothing was recorded for has none yet). */
function headers(revision: number | null, idempotencyKey?: string): HttpHeaders {
  let result = new HttpHeaders();
  if (revision !== null) {
    result = result.set('If-Match', ifMatch(revision));
  }
  return idempotencyKey ? result.set('Idempotency-Key', idempotencyKey) : result;
}

/** The month-end close API (libs/closing/application): periods, the live checklist, close, reopen, deadline. */
@Injectable({ providedIn: 'root' })
export class CloseApi {
  private readonly http = inject(HttpClient);

  periods(): Observable<PeriodListView> {
    return this.http.get<PeriodListView>(PERIODS);
  }

  period(key: string): Observable<PeriodDetailView> {
    return this.http.get<PeriodDetailView>(`${PERIODS}/${key}`);
  }

  /** Organisation-wide without teams; else only these teams. */
  checklist(key: string, teamIds: readonly string[]): Observable<ChecklistView> {
    let params = new HttpParams();
    teamIds.forEach((teamId) => (params = params.append('teamId', teamId)));
    return this.http.get<ChecklistView>(`${PERIODS}/${key}/checklist`, { params });
  }

  close(key: string, body: ClosePeriodRequest, revision: number | null, idempotencyKey: string): Observable<PeriodDetailView> {
    return this.http.post<PeriodDetailView>(`${PERIODS}/${key}/close`, body, { headers: headers(revision, idempotencyKey) });
  }

  reopen(key: string, body: ReopenPeriodRequest, revision: number | null, idempotencyKey: string): Observable<PeriodDetailView> {
    return this.http.post<PeriodDetailView>(`${PERIODS}/${key}/reopen`, body, { headers: headers(revision, idempotencyKey) });
  }

  deadline(key: string, body: PeriodDeadlineRequest, revision: number | null): Observable<PeriodDetailView> {
    return this.http.patch<PeriodDetailView>(`${PERIODS}/${key}/deadline`, body, { headers: headers(revision) });
  }
}
