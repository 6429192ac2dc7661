import { Role } from './role';

export interface AuthUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** The organisation member this login belongs to (newer servers). */
  readonly memberId?: string;
  /** Effective permissions, e.g. `clients.write` (newer servers). When absent, the roles decide. */
  readonly permissions?: readonly string[];
}

/** Body of `POST /api/v1/auth/login` and `POST /api/v1/auth/refresh` responses. */
export interface AuthSessionResponse {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Lifetime of the access token in seconds. */
  readonly expiresIn: number;
  readonly user: AuthUser;
}

export interface LoginCredentials {
  readonly email: string;
  readonly password: string;
}
