import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CreatedSharedLink,
  CreateSharedLinkRequest,
  SavedReportList,
  SavedReportView,
  SaveReportRequest,
  SharedLinkList,
  SharedReportView,
  TimeReport,
  TimeReportRequest,
} from '@billing/reporting/contracts';
import { Observable } from 'rxjs';

const REPORTS = '/api/v1/reports';
const SAVED = `${REPORTS}/saved`;
const withKey = (key: string) => ({ headers: new HttpHeaders({ 'Idempotency-Key': key }) });

/**
 * The reporting REST API. Creating saved reports and links carries an Idempotency-Key; running a report is a
 * read (POST only for its body) and carries none. Saved reports are replaced whole with PUT (no revision).
 */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  timeReport(request: TimeReportRequest): Observable<TimeReport> {
    return this.http.post<TimeReport>(`${REPORTS}/time`, request);
  }

  savedReports(): Observable<SavedReportList> {
    return this.http.get<SavedReportList>(SAVED);
  }

  savedReport(id: string): Observable<SavedReportView> {
    return this.http.get<SavedReportView>(`${SAVED}/${id}`);
  }

  createSaved(body: SaveReportRequest, idempotencyKey: string): Observable<SavedReportView> {
    return this.http.post<SavedReportView>(SAVED, body, withKey(idempotencyKey));
  }

  replaceSaved(id: string, body: SaveReportRequest): Observable<SavedReportView> {
    return this.http.put<SavedReportView>(`${SAVED}/${id}`, body);
  }

  deleteSaved(id: string): Observable<void> {
    return this.http.delete<void>(`${SAVED}/${id}`);
  }

  links(savedReportId: string): Observable<SharedLinkList> {
    return this.http.get<SharedLinkList>(`${SAVED}/${savedReportId}/links`);
  }

  createLink(savedReportId: string, body: CreateSharedLinkRequest, idempotencyKey: string): Observable<CreatedSharedLink> {
    return this.http.post<CreatedSharedLink>(`${SAVED}/${savedReportId}/links`, body, withKey(idempotencyKey));
  }

  revokeLink(savedReportId: string, linkId: string): Observable<void> {
    return this.http.delete<void>(`${SAVED}/${savedReportId}/links/${linkId}`);
  }

  /** Public: no login needed. 404 unknown, tampered or revoked; 410 expired. */
  sharedReport(token: string): Observable<SharedReportView> {
    return this.http.get<SharedReportView>(`/api/v1/shared-reports/${encodeURIComponent(token)}`);
  }
}

/** Where a created link opens in the admin app (the API's `path` is the JSON behind it). */
export function sharedReportUrl(origin: string, token: string): string {
  return `${origin}/shared/${encodeURIComponent(token)}`;
}
