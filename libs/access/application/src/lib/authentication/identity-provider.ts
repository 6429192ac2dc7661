import { AuthenticatedUser } from '@billing/shared/nest';

/**
 * Port: who is this? The local-account adapter checks a password; an OIDC adapter can take its place later.
 * Both answer `undefined` for "no" without telling why (unknown e-mail, wrong password and inactive look the same).
 */
export abstract class IdentityProvider {
  abstract verifyCredentials(
    email: string,
    password: string,
  ): Promise<AuthenticatedUser | undefined>;
  /** The current identity of an account, or undefined when it no longer exists or is inactive. */
  abstract findActiveUser(
    accountId: string,
  ): Promise<AuthenticatedUser | undefined>;
}
