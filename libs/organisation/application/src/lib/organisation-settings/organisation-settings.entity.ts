import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SubmissionDeadlineRuleDto, TimeRoundingDto } from '@billing/organisation/contracts';

@Entity('org_settings')
export class OrganisationSettingsRow {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'default_currency', type: 'text' })
  defaultCurrency!: string;

  @Column({ name: 'invoice_number_format', type: 'text' })
  invoiceNumberFormat!: string;

  @Column({ name: 'default_time_rounding', type: 'jsonb' })
  defaultTimeRounding!: TimeRoundingDto;

  @Column({ name: 'submission_deadline_rule', type: 'jsonb' })
  submissionDeadlineRule!: SubmissionDeadlineRuleDto;

  @Column({ type: 'integer' })
  revision!: number;
}
