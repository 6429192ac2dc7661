import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError } from '@billing/shared/kernel';

/** A reservation whose member never got registered (the request died) is released after this long. */
const ABANDONED_AFTER_SECONDS = 60;

const emailTaken = (email: string, memberId: string) =>
  new ConflictError('MEMBER_EMAIL_TAKEN', { email, memberId }, `E-mail ${email} is already in use`);

/**
 * Race-safe e-mail uniqueness. The members read model lags behind the event store, so two concurrent
 * registrations could both see an e-mail as free. Before appending, the handler claims the normalised e-mail in
 * `org_member_email_reservations`, whose primary key lets exactly one member hold it; the loser gets 409.
 *
 * The claim and the append are two writes (the event store has its own connection), so a claim can outlive a
 * failed append: the handler releases it on failure, and a claim left by a crash is taken over when the read
 * model shows its holder with another e-mail, or without a member at all after a minute.
 */
@Injectable()
export class EmailReservations {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Claims `email` for `memberId`; true when this call claimed it (false: the member already held it). */
  async reserve(email: string, memberId: string): Promise<boolean> {
    const inserted: unknown[] = await this.dataSource.query(
      `insert into org_member_email_reservations (email, member_id) values ($1, $2)
       on conflict (email) do nothing returning email`,
      [email, memberId],
    );
    if (inserted.length === 1) return true;
    const holders: { member_id: string; member_email: string | null; abandoned: boolean }[] = await this.dataSource.query(
      `select r.member_id, m.email as member_email,
              r.reserved_at < now() - make_interval(secs => $2) as abandoned
         from org_member_email_reservations r left join org_members m on m.id = r.member_id
        where r.email = $1`,
      [email, ABANDONED_AFTER_SECONDS],
    );
    const holder = holders[0];
    if (holder === undefined) return this.reserve(email, memberId);
    if (holder.member_id === memberId) return false;
    const stale = holder.member_email === null ? holder.abandoned : holder.member_email !== email;
    if (!stale) throw emailTaken(email, holder.member_id);
    const taken: unknown[] = await this.dataSource.query(
      `update org_member_email_reservations set member_id = $2, reserved_at = now()
        where email = $1 and member_id = $3 returning email`,
      [email, memberId, holder.member_id],
    );
    if (taken.length === 0) throw emailTaken(email, holder.member_id);
    return true;
  }

  async release(email: string, memberId: string): Promise<void> {
    await this.dataSource.query('delete from org_member_email_reservations where email = $1 and member_id = $2', [
      email,
      memberId,
    ]);
  }
}
