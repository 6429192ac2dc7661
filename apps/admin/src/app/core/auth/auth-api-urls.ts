/** Relative URLs only: the API serves the admin app from the same origin. */
export const API_PREFIX = '/api/';

export const AUTH_URLS = {
  login: '/api/v1/auth/login',
  refresh: '/api/v1/auth/refresh',
  logout: '/api/v1/auth/logout',
  me: '/api/v1/auth/me',
} as const;

export function isApiUrl(url: string): boolean {
  return url.startsWith(API_PREFIX);
}

/** Requests that exchange credentials or refresh tokens: they never carry a bearer token and are never retried. */
export function isTokenExchangeUrl(url: string): boolean {
  return url === AUTH_URLS.login || url === AUTH_URLS.refresh;
}
