import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AuditEntityType,
  AuditLogPage,
  AuditLogQuery,
  AuditSealList,
  EntityHistory,
  ProjectionStatusList,
  ReplayDiffRunList,
  ReplayDiffRunView,
  VerifyView,
} from '@billing/audit/contracts';
import { PeriodDetailView, PeriodListView } from '@billing/closing/contracts';
import { Observable } from 'rxjs';
import { API_V1 } from '../setup/shared/setup-api';

const AUDIT = `${API_V1}/audit`;

function logParams(query: AuditLogQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    params = params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

/**
 * The auditors' API (libs/audit/application): reads only. The two POSTs run checks (verification, replay-and-diff);
 * they change no business data.
 */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  events(query: AuditLogQuery): Observable<AuditLogPage> {
    return this.http.get<AuditLogPage>(`${AUDIT}/events`, { params: logParams(query) });
  }

  history(entityType: AuditEntityType, entityId: string): Observable<EntityHistory> {
    return this.http.get<EntityHistory>(`${AUDIT}/entities/${entityType}/${encodeURIComponent(entityId)}/history`);
  }

  verify(stream: string | undefined): Observable<VerifyView> {
    return this.http.post<VerifyView>(`${AUDIT}/verify`, stream === undefined ? {} : { stream });
  }

  seals(): Observable<AuditSealList> {
    return this.http.get<AuditSealList>(`${AUDIT}/seals`);
  }

  startReplayDiff(): Observable<ReplayDiffRunView> {
    return this.http.post<ReplayDiffRunView>(`${AUDIT}/replay-diff`, {});
  }

  replayDiff(id: string): Observable<ReplayDiffRunView> {
    return this.http.get<ReplayDiffRunView>(`${AUDIT}/replay-diff/${id}`);
  }

  replayDiffRuns(): Observable<ReplayDiffRunList> {
    return this.http.get<ReplayDiffRunList>(`${AUDIT}/replay-diff`);
  }

  projections(): Observable<ProjectionStatusList> {
    return this.http.get<ProjectionStatusList>(`${AUDIT}/projections`);
  }

  periods(): Observable<PeriodListView> {
    return this.http.get<PeriodListView>(`${API_V1}/periods`);
  }

  period(key: string): Observable<PeriodDetailView> {
    return this.http.get<PeriodDetailView>(`${API_V1}/periods/${key}`);
  }
}
