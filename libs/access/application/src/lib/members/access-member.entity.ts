import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MemberRole } from '@billing/organisation/domain';

/** Read model `access_members`: who a member is for authentication and authorisation, fed by member events. */
@Entity('access_members')
export class AccessMember {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Normalised (trimmed, lower-case) as the member decider stores it. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', array: true })
  roles!: MemberRole[];

  @Column({ type: 'boolean' })
  active!: boolean;

  /** Revision of the member stream this row reflects (for read-your-writes waits). */
  @Column({ name: 'stream_revision', type: 'integer' })
  streamRevision!: number;
}
