import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { AuthUser } from '../auth/auth-user';
import { AUTH_URLS } from '../auth/auth-api-urls';
import { TokenStorage } from '../auth/token-storage';
import { homeRedirectGuard, sectionGuard } from './section.guards';

const AUDITOR: AuthUser = { id: 'u-2', email: 'aud@example.com', name: 'Aud Itor', roles: ['auditor'] };

describe('section guards', () => {
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(TokenStorage).write({ accessToken: 'a', refreshToken: 'r' });
  });

  afterEach(() => http.verify());

  async function run(guard: typeof homeRedirectGuard, user: AuthUser) {
    const result = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url: '/' } as RouterStateSnapshot),
    ) as Promise<boolean | UrlTree>;
    http.expectOne(AUTH_URLS.me).flush(user);
    const outcome = await result;
    return outcome instanceof UrlTree ? router.serializeUrl(outcome) : outcome;
  }

  it('opens a section the roles include', async () => {
    await expect(run(sectionGuard('audit'), AUDITOR)).resolves.toBe(true);
  });

  it('sends someone away from a section their roles do not include', async () => {
    await expect(run(sectionGuard('billing'), AUDITOR)).resolves.toBe('/');
  });

  it('opens the first visible section from /', async () => {
    await expect(run(homeRedirectGuard, AUDITOR)).resolves.toBe('/reports');
  });

  it('stays on / (the "no sections" page) for someone without roles', async () => {
    await expect(run(homeRedirectGuard, { ...AUDITOR, roles: [] })).resolves.toBe(true);
  });
});
