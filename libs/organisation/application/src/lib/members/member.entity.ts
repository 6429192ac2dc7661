import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MemberRoleName, MemberStatus } from '@billing/organisation/contracts';

@Entity('org_members')
export class MemberRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Normalised: trimmed, lower-case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', array: true })
  roles!: MemberRoleName[];

  @Column({ type: 'text' })
  status!: MemberStatus;

  @Column({ type: 'integer' })
  revision!: number;
}

/** Who holds which normalised e-mail: the unique key makes registration race-safe (see EmailReservations). */
@Entity('org_member_email_reservations')
export class MemberEmailReservationRow {
  @PrimaryColumn({ type: 'text' })
  email!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'reserved_at', type: 'timestamptz' })
  reservedAt!: Date;
}
