import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { FINANCE_USER } from '../../testing/auth-fixtures';
import { AUTH_URLS } from './auth-api-urls';
import { authGuard, guestGuard } from './auth.guards';
import { authInterceptor } from './auth.interceptor';
import { TokenStorage } from './token-storage';

function runAuthGuard(url: string) {
  return TestBed.runInInjectionContext(() =>
    authGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
  ) as Promise<boolean | UrlTree>;
}

function runGuestGuard() {
  return TestBed.runInInjectionContext(() =>
    guestGuard({} as ActivatedRouteSnapshot, { url: '/login' } as RouterStateSnapshot),
  ) as Promise<boolean | UrlTree>;
}

describe('auth guards', () => {
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  describe('authGuard', () => {
    it('sends someone without a session to /login with the page they wanted', async () => {
      const result = await runAuthGuard('/billing?client=c-1');

      expect(result).toBeInstanceOf(UrlTree);
      expect(router.serializeUrl(result as UrlTree)).toBe('/login?returnUrl=%2Fbilling%3Fclient%3Dc-1');
    });

    it('sends someone opening / to /login without a return URL', async () => {
      const result = await runAuthGuard('/');

      expect(router.serializeUrl(result as UrlTree)).toBe('/login');
    });

    it('lets someone in whose stored session the server still knows', async () => {
      TestBed.inject(TokenStorage).write({ accessToken: 'a', refreshToken: 'r' });

      const result = runAuthGuard('/time');
      http.expectOne(AUTH_URLS.me).flush(FINANCE_USER);

      await expect(result).resolves.toBe(true);
    });

    it('sends someone to /login when the stored session is no longer valid', async () => {
      TestBed.inject(TokenStorage).write({ accessToken: 'a', refreshToken: 'r' });

      const result = runAuthGuard('/time');
      http.expectOne(AUTH_URLS.me).flush(null, { status: 401, statusText: 'Unauthorized' });
      http.expectOne(AUTH_URLS.refresh).flush(null, { status: 401, statusText: 'Unauthorized' });

      expect(router.serializeUrl((await result) as UrlTree)).toBe('/login?returnUrl=%2Ftime');
    });
  });

  describe('guestGuard', () => {
    it('shows the login page to someone signed out', async () => {
      await expect(runGuestGuard()).resolves.toBe(true);
    });

    it('sends someone already signed in to the app', async () => {
      TestBed.inject(TokenStorage).write({ accessToken: 'a', refreshToken: 'r' });

      const result = runGuestGuard();
      http.expectOne(AUTH_URLS.me).flush(FINANCE_USER);

      expect(router.serializeUrl((await result) as UrlTree)).toBe('/');
    });
  });
});
