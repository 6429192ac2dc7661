import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AddHolidayRequest,
  BehindView,
  HolidayYearView,
  ImportHolidaysRequest,
  ImportHolidaysResult,
  PaceQuery,
  PaceView,
  RecordTimeOffRequest,
  RemindResult,
  SetWorkScheduleRequest,
  TimeOffListView,
  WorkScheduleView,
} from '@billing/pace/contracts';
import { Observable } from 'rxjs';
import { API_V1 } from '../../setup/shared/setup-api';

/** The Pace API (libs/pace/application): figures, members behind, reminders, schedules, time off and holidays. */
@Injectable({ providedIn: 'root' })
export class PaceApi {
  private readonly http = inject(HttpClient);

  pace(query: PaceQuery): Observable<PaceView> {
    let params = new HttpParams().set('scope', query.scope).set('from', query.from).set('to', query.to);
    if (query.id) {
      params = params.set('id', query.id);
    }
    if (query.rollup) {
      params = params.set('rollup', query.rollup);
    }
    return this.http.get<PaceView>(`${API_V1}/pace`, { params });
  }

  behind(on?: string): Observable<BehindView> {
    return this.http.get<BehindView>(`${API_V1}/pace/behind`, { params: on ? { on } : {} });
  }

  remind(memberId: string, on?: string): Observable<RemindResult> {
    return this.http.post<RemindResult>(`${API_V1}/pace/behind/${memberId}/remind`, on ? { on } : {});
  }

  schedule(memberId: string): Observable<WorkScheduleView> {
    return this.http.get<WorkScheduleView>(`${API_V1}/members/${memberId}/schedule`);
  }

  setSchedule(memberId: string, body: SetWorkScheduleRequest): Observable<WorkScheduleView> {
    return this.http.put<WorkScheduleView>(`${API_V1}/members/${memberId}/schedule`, body);
  }

  timeOff(memberId: string): Observable<TimeOffListView> {
    return this.http.get<TimeOffListView>(`${API_V1}/members/${memberId}/time-off`);
  }

  recordTimeOff(memberId: string, body: RecordTimeOffRequest): Observable<TimeOffListView> {
    return this.http.post<TimeOffListView>(`${API_V1}/members/${memberId}/time-off`, body);
  }

  cancelTimeOff(memberId: string, timeOffId: string): Observable<TimeOffListView> {
    return this.http.delete<TimeOffListView>(`${API_V1}/members/${memberId}/time-off/${timeOffId}`);
  }

  holidays(year: number): Observable<HolidayYearView> {
    return this.http.get<HolidayYearView>(`${API_V1}/holidays`, { params: { year } });
  }

  addHoliday(body: AddHolidayRequest): Observable<HolidayYearView> {
    return this.http.post<HolidayYearView>(`${API_V1}/holidays`, body);
  }

  removeHoliday(date: string): Observable<HolidayYearView> {
    return this.http.delete<HolidayYearView>(`${API_V1}/holidays/${date}`);
  }

  importHolidays(body: ImportHolidaysRequest): Observable<ImportHolidaysResult> {
    return this.http.post<ImportHolidaysResult>(`${API_V1}/holidays/import`, body);
  }
}
