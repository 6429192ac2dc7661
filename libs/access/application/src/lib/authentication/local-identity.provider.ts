import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '@billing/shared/kernel';
import type { MemberRole } from '@billing/organisation/domain';
import { toAccessUser } from '../members/access-user';
import { IdentityProvider, VerifiedIdentity } from './identity-provider';
import { passwordMatches } from './passwords';

interface AccountRow {
  account_id: string;
  password_hash: string;
  member_id: string | null;
  name: string | null;
  email: string | null;
  roles: MemberRole[] | null;
  active: boolean | null;
}

/** An account joined with its member; the member's current e-mail is the login, the account's until it is known. */
const ACCOUNT_WITH_MEMBER = `
  SELECT a.id AS account_id, a.password_hash, a.member_id, m.name, m.email, m.roles, m.active
    FROM auth_accounts a
    LEFT JOIN access_members m ON m.member_id = a.member_id`;

function identityOf(row: AccountRow | undefined): VerifiedIdentity | undefined {
  if (!row || !row.member_id || row.active !== true) return undefined;
  return {
    accountId: row.account_id,
    user: toAccessUser(
      {
        memberId: row.member_id,
        name: row.name ?? '',
        email: row.email ?? '',
        roles: row.roles ?? [],
        active: true,
        streamRevision: 0,
      },
      'access-token',
    ),
  };
}

/** Local accounts in `auth_accounts`, passwords hashed with bcrypt; the member must be active. */
@Injectable()
export class LocalIdentityProvider extends IdentityProvider {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async verifyCredentials(
    email: string,
    password: string,
  ): Promise<VerifiedIdentity | undefined> {
    const rows: AccountRow[] = await this.dataSource.query(
      `${ACCOUNT_WITH_MEMBER} WHERE lower(coalesce(m.email, a.email)) = lower($1) LIMIT 1`,
      [email.trim()],
    );
    const row = rows[0];
    const matches = await passwordMatches(password, row?.password_hash);
    return matches ? identityOf(row) : undefined;
  }

  async findActiveIdentity(
    accountId: string,
  ): Promise<VerifiedIdentity | undefined> {
    if (!isUuid(accountId)) return undefined;
    const rows: AccountRow[] = await this.dataSource.query(
      `${ACCOUNT_WITH_MEMBER} WHERE a.id = $1`,
      [accountId],
    );
    return identityOf(rows[0]);
  }
}
