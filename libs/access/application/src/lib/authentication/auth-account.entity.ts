import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@billing/shared/nest';

/** A local login. Members of the organisation model will later link to one of these. */
@Entity('auth_accounts')
export class AuthAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique regardless of case (unique index on lower(email)); stored as typed. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
