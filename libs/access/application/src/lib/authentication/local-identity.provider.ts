import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthenticatedUser } from '@billing/shared/nest';
import { AuthAccount } from './auth-account.entity';
import { IdentityProvider } from './identity-provider';
import { passwordMatches } from './passwords';

export const toAuthenticatedUser = (
  account: AuthAccount,
): AuthenticatedUser => ({
  id: account.id,
  email: account.email,
  name: account.displayName,
  roles: account.roles,
});

/** Local accounts in `auth_accounts`, passwords hashed with bcrypt. */
@Injectable()
export class LocalIdentityProvider extends IdentityProvider {
  constructor(
    @InjectRepository(AuthAccount)
    private readonly accounts: Repository<AuthAccount>,
  ) {
    super();
  }

  async verifyCredentials(
    email: string,
    password: string,
  ): Promise<AuthenticatedUser | undefined> {
    const account = await this.accounts
      .createQueryBuilder('account')
      .where('lower(account.email) = lower(:email)', { email })
      .getOne();
    const matches = await passwordMatches(password, account?.passwordHash);
    return account && matches && account.active
      ? toAuthenticatedUser(account)
      : undefined;
  }

  async findActiveUser(
    accountId: string,
  ): Promise<AuthenticatedUser | undefined> {
    const account = await this.accounts.findOneBy({
      id: accountId,
      active: true,
    });
    return account ? toAuthenticatedUser(account) : undefined;
  }
}
