import { AuthSessionResponse, AuthUser } from '../core/auth/auth-user';

export const FINANCE_USER: AuthUser = {
  id: 'u-1',
  email: 'fin@example.com',
  name: 'Fiona Finance',
  roles: ['finance'],
};

export function sessionResponse(overrides: Partial<AuthSessionResponse> = {}): AuthSessionResponse {
  return {
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresIn: 900,
    user: FINANCE_USER,
    ...overrides,
  };
}
