import { HttpContext, HttpContextToken } from '@angular/common/http';

/**
 * When a request fails with 401 even after one token refresh, the interceptor ends the session and
 * sends the person to /login. Callers that handle that themselves (the session restore in the guard) opt out.
 */
export const REDIRECT_ON_SESSION_EXPIRY = new HttpContextToken<boolean>(() => true);

export function withoutSessionExpiryRedirect(): HttpContext {
  return new HttpContext().set(REDIRECT_ON_SESSION_EXPIRY, false);
}
