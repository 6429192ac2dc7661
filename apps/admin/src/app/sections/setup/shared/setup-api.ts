import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Page } from '@billing/organisation/contracts';
import { Observable } from 'rxjs';

export const API_V1 = '/api/v1';

export type QueryValue = string | number | boolean | null | undefined;

function toParams(query: Readonly<Record<string, QueryValue>>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/** `If-Match: "<revision>"`: the revision the person edited; the server answers 409 when it moved on. */
export function ifMatch(revision: number): string {
  return `"${revision}"`;
}

/**
 * The organisation REST conventions in one place: lists with paging and search, If-Match on every update and
 * action, an Idempotency-Key on every POST.
 */
@Injectable({ providedIn: 'root' })
export class SetupApi {
  private readonly http = inject(HttpClient);

  list<Item>(path: string, query: Readonly<Record<string, QueryValue>> = {}): Observable<Page<Item>> {
    return this.http.get<Page<Item>>(`${API_V1}${path}`, { params: toParams(query) });
  }

  get<Item>(path: string, query: Readonly<Record<string, QueryValue>> = {}): Observable<Item> {
    return this.http.get<Item>(`${API_V1}${path}`, { params: toParams(query) });
  }

  create<Item>(path: string, body: unknown, idempotencyKey: string): Observable<Item> {
    return this.http.post<Item>(`${API_V1}${path}`, body, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  update<Item>(path: string, body: unknown, revision: number): Observable<Item> {
    return this.http.patch<Item>(`${API_V1}${path}`, body, { headers: new HttpHeaders({ 'If-Match': ifMatch(revision) }) });
  }

  /** POST actions on an existing record (`/archive`, `/complete`, team moves): If-Match and Idempotency-Key. */
  action<Result>(path: string, body: unknown, revision: number | null, idempotencyKey: string): Observable<Result> {
    let headers = new HttpHeaders({ 'Idempotency-Key': idempotencyKey });
    if (revision !== null) {
      headers = headers.set('If-Match', ifMatch(revision));
    }
    return this.http.post<Result>(`${API_V1}${path}`, body ?? {}, { headers });
  }
}
