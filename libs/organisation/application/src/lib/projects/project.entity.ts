import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  BillingModelKind,
  PeriodUnitName,
  ProjectEstimateDto,
  ProjectStatusName,
  RequiredEntryFieldsDto,
  TimeRoundingDto,
} from '@billing/organisation/contracts';
import { BIGINT_AS_NUMBER } from '../shared/read/bigint-column';

/** `org_projects`: the billing model is spread over columns so lists can filter and sort by them. */
@Entity('org_projects')
export class ProjectRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ name: 'billing_model_kind', type: 'text' })
  billingModelKind!: BillingModelKind;

  @Column({ name: 'invoice_lines_per', type: 'text', nullable: true })
  invoiceLinesPer!: 'member' | 'task' | null;

  @Column({ name: 'fee_minor', type: 'bigint', nullable: true, transformer: BIGINT_AS_NUMBER })
  feeMinor!: number | null;

  @Column({ name: 'period_unit', type: 'text', nullable: true })
  periodUnit!: PeriodUnitName | null;

  @Column({ name: 'included_seconds', type: 'integer', nullable: true })
  includedSeconds!: number | null;

  @Column({ name: 'overage_rate_minor_per_hour', type: 'bigint', nullable: true, transformer: BIGINT_AS_NUMBER })
  overageRateMinorPerHour!: number | null;

  @Column({ type: 'jsonb' })
  estimate!: ProjectEstimateDto;

  @Column({ name: 'budget_alert_threshold_percent', type: 'integer', nullable: true })
  budgetAlertThresholdPercent!: number | null;

  @Column({ type: 'text' })
  status!: ProjectStatusName;

  @Column({ name: 'default_billable', type: 'boolean' })
  defaultBillable!: boolean;

  @Column({ name: 'required_fields', type: 'jsonb' })
  requiredFields!: RequiredEntryFieldsDto;

  @Column({ name: 'time_rounding', type: 'jsonb' })
  timeRounding!: TimeRoundingDto;

  @Column({ name: 'responsible_ids', type: 'uuid', array: true })
  responsibleIds!: string[];

  @Column({ name: 'member_ids', type: 'uuid', array: true })
  memberIds!: string[];

  @Column({ type: 'integer' })
  revision!: number;
}
