import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, finalize, firstValueFrom, map, Observable, of, shareReplay, tap, throwError } from 'rxjs';
import { AUTH_URLS } from './auth-api-urls';
import { AuthSessionResponse, AuthUser, LoginCredentials } from './auth-user';
import { effectivePermissions } from './permissions';
import { Role } from './role';
import { withoutSessionExpiryRedirect } from './session-expiry-context';
import { TokenStorage } from './token-storage';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly tokenStorage = inject(TokenStorage);

  private readonly currentUser = signal<AuthUser | null>(null);
  private refreshInFlight: Observable<string> | null = null;
  private restoreInFlight: Promise<boolean> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly isAuthenticated = computed(() => this.currentUser() !== null);
  readonly roles = computed<readonly Role[]>(() => this.currentUser()?.roles ?? []);
  /** What the person may do: the server's `permissions` when sent, else derived from the roles. */
  readonly permissions = computed(() => effectivePermissions(this.currentUser()));

  can(permission: string): boolean {
    return this.permissions().has(permission);
  }

  accessToken(): string | null {
    return this.tokenStorage.read()?.accessToken ?? null;
  }

  login(credentials: LoginCredentials): Observable<AuthUser> {
    return this.http
      .post<AuthSessionResponse>(AUTH_URLS.login, credentials)
      .pipe(map((session) => this.startSession(session)));
  }

  /**
   * Exchanges the refresh token for a new session and emits the new access token.
   * Concurrent callers share one request, so a burst of 401s refreshes once.
   */
  refresh(): Observable<string> {
    const refreshToken = this.tokenStorage.read()?.refreshToken;
    if (!refreshToken) {
      return throwError(() => new Error('No refresh token: the session has ended.'));
    }
    this.refreshInFlight ??= this.http.post<AuthSessionResponse>(AUTH_URLS.refresh, { refreshToken }).pipe(
      tap((session) => this.startSession(session)),
      map((session) => session.accessToken),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /**
   * Resolves true when there is a signed-in user, loading them with the stored tokens after a page reload.
   * Never rejects: a failed restore ends the session and resolves false.
   */
  restoreSession(): Promise<boolean> {
    if (this.currentUser()) {
      return Promise.resolve(true);
    }
    if (!this.tokenStorage.read()) {
      return Promise.resolve(false);
    }
    this.restoreInFlight ??= firstValueFrom(
      this.http.get<AuthUser>(AUTH_URLS.me, { context: withoutSessionExpiryRedirect() }).pipe(
        tap((user) => this.currentUser.set(user)),
        map(() => true),
        catchError(() => {
          this.clearSession();
          return of(false);
        }),
        finalize(() => (this.restoreInFlight = null)),
      ),
    );
    return this.restoreInFlight;
  }

  /** Revokes the refresh token on the server (best effort), forgets the session and shows the login page. */
  async logout(): Promise<void> {
    const refreshToken = this.tokenStorage.read()?.refreshToken;
    if (refreshToken) {
      await firstValueFrom(
        this.http
          .post<void>(AUTH_URLS.logout, { refreshToken }, { context: withoutSessionExpiryRedirect() })
          .pipe(catchError(() => of(undefined))),
      );
    }
    this.clearSession();
    await this.router.navigateByUrl('/login');
  }

  /** Called when the server no longer accepts the session: forget it and ask the person to sign in again. */
  expireSession(): void {
    this.clearSession();
    const returnUrl = this.router.url;
    const queryParams = returnUrl.startsWith('/login') || returnUrl === '/' ? {} : { returnUrl };
    void this.router.navigate(['/login'], { queryParams });
  }

  clearSession(): void {
    this.tokenStorage.clear();
    this.currentUser.set(null);
  }

  private startSession(session: AuthSessionResponse): AuthUser {
    this.tokenStorage.write({ accessToken: session.accessToken, refreshToken: session.refreshToken });
    this.currentUser.set(session.user);
    return session.user;
  }
}
