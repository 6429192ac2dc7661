import { TimeOffView } from '@billing/pace/contracts';
import { catchError, forkJoin, map, Observable, of } from 'rxjs';
import { PaceApi } from './pace-api';

/** date -> name for every holiday in the years `from`..`to` touch; a year that fails to load counts as none. */
export function holidaysBetween(api: PaceApi, from: string, to: string): Observable<ReadonlyMap<string, string>> {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    years.push(year);
  }
  return forkJoin(years.map((year) => api.holidays(year).pipe(catchError(() => of({ year, holidays: [], revision: null }))))).pipe(
    map((calendars) => new Map(calendars.flatMap((calendar) => calendar.holidays.map((holiday) => [holiday.date, holiday.name] as const)))),
  );
}

/** memberId -> time off, for the members shown; someone whose list cannot be read shows none. */
export function timeOffOf(api: PaceApi, memberIds: readonly string[]): Observable<ReadonlyMap<string, readonly TimeOffView[]>> {
  if (memberIds.length === 0) {
    return of(new Map());
  }
  return forkJoin(memberIds.map((memberId) => api.timeOff(memberId).pipe(map((list) => list.items), catchError(() => of([] as TimeOffView[]))))).pipe(
    map((lists) => new Map(memberIds.map((memberId, index) => [memberId, lists[index] ?? []]))),
  );
}
