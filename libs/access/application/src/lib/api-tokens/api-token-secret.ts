import { createHash, randomBytes } from 'node:crypto';

/** Personal API tokens look like `llt_<43 url-safe characters>`, so they are told apart from JWTs at a glance. */
export const API_TOKEN_PREFIX = 'llt_';

export const newApiTokenSecret = (): string =>
  `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;

export const isApiTokenSecret = (token: string): boolean =>
  token.startsWith(API_TOKEN_PREFIX);

export const hashOfApiToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');
