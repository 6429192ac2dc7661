import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AcceptCalendarProposalsRequest,
  AcceptCalendarProposalsResponse,
  CalendarImportRule,
  CalendarImportRules,
  CalendarPreviewResponse,
  CreateTimeEntryRequest,
  CurrentTimerView,
  PostAdjustmentRequest,
  StartTimerRequest,
  StopTimerRequest,
  TimeAuditQuery,
  TimeAuditReport,
  TimeEntryListQuery,
  TimeEntryPage,
  TimeEntryView,
  UpdateTimeEntryRequest,
} from '@billing/time-tracking/contracts';
import { Observable } from 'rxjs';
import { API_V1, ifMatch } from '../../setup/shared/setup-api';

const ENTRIES = `${API_V1}/time-entries`;
const TIMER = `${API_V1}/timer`;
const CALENDAR = `${ENTRIES}/calendar-import`;

function params(query: object): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      value.forEach((item) => (result = result.append(key, String(item))));
    } else if (value !== undefined && value !== null && value !== '') {
      result = result.set(key, String(value));
    }
  }
  return result;
}

const withKey = (key: string) => ({ headers: new HttpHeaders({ 'Idempotency-Key': key }) });
const withRevision = (revision: number) => new HttpHeaders({ 'If-Match': ifMatch(revision) });

/** The time-tracking REST API: If-Match on PATCH and DELETE, an Idempotency-Key on every POST. */
@Injectable({ providedIn: 'root' })
export class TimeApi {
  private readonly http = inject(HttpClient);

  listEntries(query: TimeEntryListQuery): Observable<TimeEntryPage> {
    return this.http.get<TimeEntryPage>(ENTRIES, { params: params(query) });
  }

  entry(id: string): Observable<TimeEntryView> {
    return this.http.get<TimeEntryView>(`${ENTRIES}/${id}`);
  }

  createEntry(body: CreateTimeEntryRequest, idempotencyKey: string): Observable<TimeEntryView> {
    return this.http.post<TimeEntryView>(ENTRIES, body, withKey(idempotencyKey));
  }

  updateEntry(id: string, body: UpdateTimeEntryRequest, revision: number): Observable<TimeEntryView> {
    return this.http.patch<TimeEntryView>(`${ENTRIES}/${id}`, body, { headers: withRevision(revision) });
  }

  deleteEntry(id: string, revision: number, reason?: string): Observable<TimeEntryView> {
    return this.http.delete<TimeEntryView>(`${ENTRIES}/${id}`, { headers: withRevision(revision), body: reason ? { reason } : {} });
  }

  /** Posts an adjusting entry for `id` (an entry of a closed period) into an open period. */
  postAdjustment(id: string, body: PostAdjustmentRequest, idempotencyKey: string): Observable<TimeEntryView> {
    return this.http.post<TimeEntryView>(`${ENTRIES}/${id}/adjustments`, body, withKey(idempotencyKey));
  }

  currentTimer(): Observable<CurrentTimerView> {
    return this.http.get<CurrentTimerView>(TIMER);
  }

  startTimer(body: StartTimerRequest, idempotencyKey: string): Observable<TimeEntryView> {
    return this.http.post<TimeEntryView>(`${TIMER}/start`, body, withKey(idempotencyKey));
  }

  stopTimer(body: StopTimerRequest, idempotencyKey: string): Observable<TimeEntryView> {
    return this.http.post<TimeEntryView>(`${TIMER}/stop`, body, withKey(idempotencyKey));
  }

  audit(query: TimeAuditQuery): Observable<TimeAuditReport> {
    return this.http.get<TimeAuditReport>(`${ENTRIES}/audit`, { params: params(query) });
  }

  calendarRules(): Observable<CalendarImportRules> {
    return this.http.get<CalendarImportRules>(`${CALENDAR}/rules`);
  }

  saveCalendarRules(rules: CalendarImportRule[], revision: number): Observable<CalendarImportRules> {
    const headers = revision > 0 ? withRevision(revision) : undefined;
    return this.http.put<CalendarImportRules>(`${CALENDAR}/rules`, { rules }, { headers });
  }

  previewCalendar(file: File, range: { from?: string; to?: string }, idempotencyKey: string): Observable<CalendarPreviewResponse> {
    const form = new FormData();
    form.append('file', file, file.name);
    if (range.from) {
      form.append('from', range.from);
    }
    if (range.to) {
      form.append('to', range.to);
    }
    return this.http.post<CalendarPreviewResponse>(`${CALENDAR}/preview`, form, withKey(idempotencyKey));
  }

  acceptCalendar(body: AcceptCalendarProposalsRequest, idempotencyKey: string): Observable<AcceptCalendarProposalsResponse> {
    return this.http.post<AcceptCalendarProposalsResponse>(`${CALENDAR}/accept`, body, withKey(idempotencyKey));
  }
}
