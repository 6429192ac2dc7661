import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  type Clock,
  ConflictError,
  NotFoundError,
  ValidationError,
  isUuid,
} from '@billing/shared/kernel';
import { normaliseEmail } from '@billing/organisation/domain';
import { CLOCK } from '@billing/shared/nest';
import { AuthAccount } from '../authentication/auth-account.entity';
import { AuthRefreshToken } from '../authentication/auth-refresh-token.entity';
import { hashPassword } from '../authentication/passwords';

export interface NewMemberAccount {
  memberId: string;
  email: string;
  name: string;
  /** Hashed with bcrypt here; never put into an event or a log line. */
  password: string;
}

export const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 1024;

function checkPassword(password: unknown): string {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw ValidationError.single(
      'password',
      `must be at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw ValidationError.single(
      'password',
      `must be at most ${MAX_PASSWORD_LENGTH} characters`,
    );
  }
  return password;
}

const emailTaken = (email: string) =>
  new ConflictError(
    'ACCOUNT_EMAIL_TAKEN',
    { email },
    `E-mail ${email} already has an account`,
  );

/** Login accounts of members, for the organisation context (registering a member with a password). */
@Injectable()
export class MemberAccounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Creates the member's login; 409 when the e-mail or the member already has an account. */
  async createForMember(
    account: NewMemberAccount,
  ): Promise<{ accountId: string }> {
    if (!isUuid(account.memberId)) {
      throw ValidationError.single('memberId', 'must be a lower-case UUID');
    }
    const email = normaliseEmail(account.email);
    const password = checkPassword(account.password);
    if (await this.emailHasAccount(email)) throw emailTaken(email);
    const passwordHash = await hashPassword(password);
    // ON CONFLICT instead of catching a unique violation: a failed query would be logged with its parameters.
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO auth_accounts (member_id, email, display_name, password_hash)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
      [account.memberId, email, account.name.trim(), passwordHash],
    );
    const created = inserted[0];
    if (created) return { accountId: created.id };
    if (await this.hasAccount(account.memberId)) {
      throw new ConflictError(
        'MEMBER_ALREADY_HAS_ACCOUNT',
        { memberId: account.memberId },
        `Member ${account.memberId} already has an account`,
      );
    }
    throw emailTaken(email);
  }

  /** Replaces the member's password and ends their sessions (refresh tokens are revoked). */
  async setPassword(memberId: string, password: string): Promise<void> {
    const checked = checkPassword(password);
    const account = isUuid(memberId)
      ? await this.dataSource.manager.findOneBy(AuthAccount, { memberId })
      : null;
    if (!account) throw new NotFoundError('Account', memberId);
    const passwordHash = await hashPassword(checked);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AuthAccount, { id: account.id }, { passwordHash });
      await manager.update(
        AuthRefreshToken,
        { accountId: account.id, revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
    });
  }

  async hasAccount(memberId: string): Promise<boolean> {
    return (
      isUuid(memberId) &&
      (await this.dataSource.manager.existsBy(AuthAccount, { memberId }))
    );
  }

  /** The login e-mail is the member's current one, or the account's own while the member is not known yet. */
  private async emailHasAccount(email: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM auth_accounts a
         LEFT JOIN access_members m ON m.member_id = a.member_id
        WHERE lower(a.email) = $1 OR m.email = $1
        LIMIT 1`,
      [email],
    );
    return rows.length > 0;
  }
}
