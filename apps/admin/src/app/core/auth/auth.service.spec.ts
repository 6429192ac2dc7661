import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { FINANCE_USER, sessionResponse } from '../../testing/auth-fixtures';
import { AUTH_URLS } from './auth-api-urls';
import { AuthService } from './auth.service';
import { TokenStorage } from './token-storage';

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;
  let tokens: TokenStorage;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
    tokens = TestBed.inject(TokenStorage);
  });

  afterEach(() => http.verify());

  it('starts signed out', () => {
    expect(auth.user()).toBeNull();
    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.roles()).toEqual([]);
  });

  it('signs in: posts the credentials, keeps the tokens in sessionStorage and exposes the user', async () => {
    const signedIn = firstValueFrom(auth.login({ email: 'fin@example.com', password: 'secret' }));

    const request = http.expectOne(AUTH_URLS.login);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'fin@example.com', password: 'secret' });
    request.flush(sessionResponse());

    await expect(signedIn).resolves.toEqual(FINANCE_USER);
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.roles()).toEqual(['finance']);
    expect(tokens.read()).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(auth.accessToken()).toBe('access-1');
  });

  it('stays signed out when the credentials are refused', async () => {
    const signedIn = firstValueFrom(auth.login({ email: 'fin@example.com', password: 'wrong' }));
    http.expectOne(AUTH_URLS.login).flush({ message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });

    await expect(signedIn).rejects.toMatchObject({ status: 401 });
    expect(auth.isAuthenticated()).toBe(false);
    expect(tokens.read()).toBeNull();
  });

  it('refreshes with the refresh token, once for concurrent callers, and stores the new tokens', async () => {
    tokens.write({ accessToken: 'old-access', refreshToken: 'old-refresh' });

    const first = firstValueFrom(auth.refresh());
    const second = firstValueFrom(auth.refresh());
    const request = http.expectOne(AUTH_URLS.refresh);
    expect(request.request.body).toEqual({ refreshToken: 'old-refresh' });
    request.flush(sessionResponse({ accessToken: 'new-access', refreshToken: 'new-refresh' }));

    await expect(first).resolves.toBe('new-access');
    await expect(second).resolves.toBe('new-access');
    expect(tokens.read()).toEqual({ accessToken: 'new-access', refreshToken: 'new-refresh' });
    expect(auth.user()).toEqual(FINANCE_USER);
  });

  it('cannot refresh without a refresh token', async () => {
    await expect(firstValueFrom(auth.refresh())).rejects.toThrow('No refresh token');
  });

  it('restores the user after a reload from the stored tokens', async () => {
    tokens.write({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    const restored = auth.restoreSession();
    const again = auth.restoreSession();
    http.expectOne(AUTH_URLS.me).flush(FINANCE_USER);

    await expect(restored).resolves.toBe(true);
    await expect(again).resolves.toBe(true);
    expect(auth.user()).toEqual(FINANCE_USER);
  });

  it('does not call the server to restore when there are no tokens', async () => {
    await expect(auth.restoreSession()).resolves.toBe(false);
    http.expectNone(AUTH_URLS.me);
  });

  it('forgets the tokens when they cannot be restored', async () => {
    tokens.write({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    const restored = auth.restoreSession();
    http.expectOne(AUTH_URLS.me).flush(null, { status: 500, statusText: 'Server Error' });

    await expect(restored).resolves.toBe(false);
    expect(tokens.read()).toBeNull();
  });

  it('signs out: revokes the refresh token, forgets the session and opens /login', async () => {
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const signedIn = firstValueFrom(auth.login({ email: 'fin@example.com', password: 'secret' }));
    http.expectOne(AUTH_URLS.login).flush(sessionResponse());
    await signedIn;

    const loggedOut = auth.logout();
    const request = http.expectOne(AUTH_URLS.logout);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ refreshToken: 'refresh-1' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await loggedOut;

    expect(auth.isAuthenticated()).toBe(false);
    expect(tokens.read()).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/login');
  });

  it('signs out locally even when the server cannot be reached', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    tokens.write({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    const loggedOut = auth.logout();
    http.expectOne(AUTH_URLS.logout).error(new ProgressEvent('error'));
    await loggedOut;

    expect(tokens.read()).toBeNull();
  });
});
