import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ReportRebuildStatus } from '@billing/reporting/contracts';
import { Observable } from 'rxjs';
import { API_V1 } from '../../shared/setup-api';

export const REPORT_READ_MODEL_URL = `${API_V1}/reports/read-model`;

/** The report read model's rebuild: its status, and starting one (which joins a rebuild already running). */
@Injectable({ providedIn: 'root' })
export class ReportRebuildApi {
  private readonly http = inject(HttpClient);

  status(): Observable<ReportRebuildStatus> {
    return this.http.get<ReportRebuildStatus>(REPORT_READ_MODEL_URL);
  }

  start(): Observable<ReportRebuildStatus> {
    return this.http.post<ReportRebuildStatus>(`${REPORT_READ_MODEL_URL}/rebuild`, {});
  }
}
