import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  RateBookView,
  RateScopeDto,
  SetBillableRateRequest,
  SetCostRateRequest,
} from '@billing/rates/contracts';
import { Observable } from 'rxjs';
import { API_V1 } from '../../setup/shared/setup-api';

const RATES = `${API_V1}/rates`;

/** The scope's ids as query parameters, next to validFrom (DELETE carries no body). */
function scopeParams(scope: RateScopeDto, validFrom: string): HttpParams {
  let params = new HttpParams().set('level', scope.level).set('validFrom', validFrom);
  for (const key of ['memberId', 'projectId', 'taskId', 'clientId'] as const) {
    const value = scope[key];
    if (value) {
      params = params.set(key, value);
    }
  }
  return params;
}

/** The rates API (libs/rates/application): the whole rate book, set and remove billable and cost rates. */
@Injectable({ providedIn: 'root' })
export class RatesApi {
  private readonly http = inject(HttpClient);

  book(): Observable<RateBookView> {
    return this.http.get<RateBookView>(RATES);
  }

  setBillable(body: SetBillableRateRequest): Observable<RateBookView> {
    return this.http.post<RateBookView>(`${RATES}/billable`, body);
  }

  removeBillable(scope: RateScopeDto, validFrom: string): Observable<RateBookView> {
    return this.http.delete<RateBookView>(`${RATES}/billable`, { params: scopeParams(scope, validFrom) });
  }

  setCost(body: SetCostRateRequest): Observable<RateBookView> {
    return this.http.post<RateBookView>(`${RATES}/cost`, body);
  }

  removeCost(memberId: string, validFrom: string): Observable<RateBookView> {
    return this.http.delete<RateBookView>(`${RATES}/cost`, { params: new HttpParams().set('memberId', memberId).set('validFrom', validFrom) });
  }
}
