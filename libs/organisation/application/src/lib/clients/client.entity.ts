import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ClientStatus } from '@billing/organisation/contracts';

@Entity('org_clients')
export class ClientRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ name: 'tax_rate_basis_points', type: 'integer' })
  taxRateBasisPoints!: number;

  @Column({ name: 'responsible_ids', type: 'uuid', array: true })
  responsibleIds!: string[];

  @Column({ type: 'text' })
  status!: ClientStatus;

  @Column({ type: 'integer' })
  revision!: number;
}
