import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BIGINT_AS_NUMBER } from '../shared/read/bigint-column';

/** `org_milestones`; revision: the project stream's. */
@Entity('org_milestones')
export class MilestoneRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'due_date', type: 'text' })
  dueDate!: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: BIGINT_AS_NUMBER })
  amountMinor!: number;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ name: 'completed_on', type: 'text', nullable: true })
  completedOn!: string | null;

  @Column({ type: 'integer' })
  revision!: number;
}
