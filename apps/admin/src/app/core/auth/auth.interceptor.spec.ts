import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { sessionResponse } from '../../testing/auth-fixtures';
import { AUTH_URLS } from './auth-api-urls';
import { authInterceptor } from './auth.interceptor';
import { withoutSessionExpiryRedirect } from './session-expiry-context';
import { TokenStorage } from './token-storage';

const ENTRIES_URL = '/api/v1/time-entries';
const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let client: HttpClient;
  let http: HttpTestingController;
  let tokens: TokenStorage;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    client = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
    tokens = TestBed.inject(TokenStorage);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    tokens.write({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  afterEach(() => http.verify());

  it('adds the bearer token to API requests', async () => {
    const response = firstValueFrom(client.get(ENTRIES_URL));

    const request = http.expectOne(ENTRIES_URL);
    expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
    request.flush([]);
    await expect(response).resolves.toEqual([]);
  });

  it('leaves requests outside the API alone', async () => {
    const response = firstValueFrom(client.get('icons/menu.svg', { responseType: 'text' }));

    const request = http.expectOne('icons/menu.svg');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush('<svg></svg>');
    await response;
  });

  it('sends no bearer token with login and refresh requests', async () => {
    const response = firstValueFrom(client.post(AUTH_URLS.login, { email: 'a@b.c', password: 'x' }));

    const request = http.expectOne(AUTH_URLS.login);
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(null, UNAUTHORIZED);
    await expect(response).rejects.toBeInstanceOf(HttpErrorResponse);
    http.expectNone(AUTH_URLS.refresh);
  });

  it('sends API requests without a token when signed out', async () => {
    tokens.clear();
    const response = firstValueFrom(client.get(ENTRIES_URL));

    const request = http.expectOne(ENTRIES_URL);
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(null, UNAUTHORIZED);

    await expect(response).rejects.toMatchObject({ status: 401 });
    http.expectNone(AUTH_URLS.refresh);
  });

  it('refreshes once on 401 and retries the request with the new token', async () => {
    const response = firstValueFrom(client.get(ENTRIES_URL));

    http.expectOne(ENTRIES_URL).flush(null, UNAUTHORIZED);
    const refresh = http.expectOne(AUTH_URLS.refresh);
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh.flush(sessionResponse({ accessToken: 'access-2', refreshToken: 'refresh-2' }));
    const retry = http.expectOne(ENTRIES_URL);
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush(['entry']);

    await expect(response).resolves.toEqual(['entry']);
    expect(tokens.read()).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2' });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shares one refresh between requests that fail together', async () => {
    const first = firstValueFrom(client.get(ENTRIES_URL));
    const second = firstValueFrom(client.get('/api/v1/projects'));

    http.expectOne(ENTRIES_URL).flush(null, UNAUTHORIZED);
    http.expectOne('/api/v1/projects').flush(null, UNAUTHORIZED);
    http.expectOne(AUTH_URLS.refresh).flush(sessionResponse({ accessToken: 'access-2' }));
    http.expectOne(ENTRIES_URL).flush(['e']);
    http.expectOne('/api/v1/projects').flush(['p']);

    await expect(first).resolves.toEqual(['e']);
    await expect(second).resolves.toEqual(['p']);
  });

  it('ends the session and opens /login when the refresh is refused', async () => {
    const response = firstValueFrom(client.get(ENTRIES_URL));

    http.expectOne(ENTRIES_URL).flush(null, UNAUTHORIZED);
    http.expectOne(AUTH_URLS.refresh).flush(null, UNAUTHORIZED);

    await expect(response).rejects.toMatchObject({ status: 401, url: ENTRIES_URL });
    expect(tokens.read()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: {} });
  });

  it('does not refresh a second time when the retried request is refused again', async () => {
    const response = firstValueFrom(client.get(ENTRIES_URL));

    http.expectOne(ENTRIES_URL).flush(null, UNAUTHORIZED);
    http.expectOne(AUTH_URLS.refresh).flush(sessionResponse({ accessToken: 'access-2' }));
    http.expectOne(ENTRIES_URL).flush(null, UNAUTHORIZED);

    await expect(response).rejects.toMatchObject({ status: 401 });
    http.expectNone(AUTH_URLS.refresh);
    expect(tokens.read()).toBeNull();
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('passes other errors through without refreshing', async () => {
    const response = firstValueFrom(client.get(ENTRIES_URL));

    http.expectOne(ENTRIES_URL).flush(null, { status: 403, statusText: 'Forbidden' });

    await expect(response).rejects.toMatchObject({ status: 403 });
    http.expectNone(AUTH_URLS.refresh);
    expect(tokens.read()).not.toBeNull();
  });

  it('clears the session without navigating when the caller handles expiry itself', async () => {
    const response = firstValueFrom(client.get(AUTH_URLS.me, { context: withoutSessionExpiryRedirect() }));

    http.expectOne(AUTH_URLS.me).flush(null, UNAUTHORIZED);
    http.expectOne(AUTH_URLS.refresh).flush(null, UNAUTHORIZED);

    await expect(response).rejects.toMatchObject({ status: 401 });
    expect(tokens.read()).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });
});
