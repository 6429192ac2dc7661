import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A local login of one member. Roles and whether the member is active are not stored here: they come from the
 * member events, through the `access_members` read model.
 */
@Entity('auth_accounts')
export class AuthAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null only for accounts created before accounts were linked to members; those cannot log in. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  /** The e-mail given when the account was created; login uses the member's current e-mail once it is known. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
