import { HttpErrorResponse, HttpHandlerFn, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { AUTH_URLS, isApiUrl, isTokenExchangeUrl } from './auth-api-urls';
import { AuthService } from './auth.service';
import { REDIRECT_ON_SESSION_EXPIRY } from './session-expiry-context';

function withBearer(request: HttpRequest<unknown>, accessToken: string | null): HttpRequest<unknown> {
  return accessToken ? request.clone({ setHeaders: { Authorization: `Bearer ${accessToken}` } }) : request;
}

function isUnauthorized(error: unknown): error is HttpErrorResponse {
  return error instanceof HttpErrorResponse && error.status === 401;
}

/**
 * Adds `Authorization: Bearer <access token>` to API requests. On a 401 it refreshes the session once and
 * retries the request; if that does not help, the session ends and the person is sent to /login.
 */
export const authInterceptor: HttpInterceptorFn = (request: HttpRequest<unknown>, next: HttpHandlerFn) => {
  if (!isApiUrl(request.url) || isTokenExchangeUrl(request.url)) {
    return next(request);
  }
  const auth = inject(AuthService);
  const accessToken = auth.accessToken();
  const mayRefresh = accessToken !== null && request.url !== AUTH_URLS.logout;

  const endSession = (error: HttpErrorResponse) => {
    if (request.context.get(REDIRECT_ON_SESSION_EXPIRY)) {
      auth.expireSession();
    } else {
      auth.clearSession();
    }
    return throwError(() => error);
  };

  return next(withBearer(request, accessToken)).pipe(
    catchError((error: unknown) => {
      if (!isUnauthorized(error) || !mayRefresh) {
        return throwError(() => error);
      }
      return auth.refresh().pipe(
        catchError(() => endSession(error)),
        switchMap((freshToken) =>
          next(withBearer(request, freshToken)).pipe(
            catchError((retryError: unknown) => (isUnauthorized(retryError) ? endSession(retryError) : throwError(() => retryError))),
          ),
        ),
      );
    }),
  );
};
