import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `org_tasks`; revision: the project stream's (tasks live in their project's stream). */
@Entity('org_tasks')
export class TaskRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'estimate_seconds', type: 'integer', nullable: true })
  estimateSeconds!: number | null;

  @Column({ type: 'boolean' })
  billable!: boolean;

  @Column({ type: 'boolean' })
  archived!: boolean;

  @Column({ type: 'integer' })
  revision!: number;
}
