import type { AccessUser } from '../members/access-user';

/** An account that proved who it is, with the member it belongs to. */
export interface VerifiedIdentity {
  accountId: string;
  user: AccessUser;
}

/**
 * Port: who is this? The local-account adapter checks a password; an OIDC adapter can take its place later.
 * Both answer `undefined` for "no" without telling why (unknown e-mail, wrong password and a deactivated member
 * look the same).
 */
export abstract class IdentityProvider {
  abstract verifyCredentials(
    email: string,
    password: string,
  ): Promise<VerifiedIdentity | undefined>;
  /** The account's identity now, or undefined when the account is gone or its member is deactivated. */
  abstract findActiveIdentity(
    accountId: string,
  ): Promise<VerifiedIdentity | undefined>;
}
