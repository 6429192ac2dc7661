import { ListQuery, MoneyDto, Revisioned, TimeRoundingDto } from './common';

export const BILLING_MODEL_KINDS = ['hourly', 'fixed_fee', 'per_period'] as const;
export type BillingModelKind = (typeof BILLING_MODEL_KINDS)[number];

export const PERIOD_UNIT_NAMES = ['week', 'month', 'quarter'] as const;
export type PeriodUnitName = (typeof PERIOD_UNIT_NAMES)[number];

/** "We bill work hours": invoice lines per member (default) or per task. */
export interface HourlyBillingModelDto {
  kind: 'hourly';
  invoiceLinesPer: 'member' | 'task';
}

/** "We bill per project": a fee; milestones (each with an amount) may split it. */
export interface FixedFeeBillingModelDto {
  kind: 'fixed_fee';
  fee: MoneyDto;
}

/** "We bill per period" (retainer): fee per period plus overage beyond the included hours. */
export interface PerPeriodBillingModelDto {
  kind: 'per_period';
  fee: MoneyDto;
  periodUnit: PeriodUnitName;
  /** Hours included in the fee, in whole seconds (10 h = 36000). */
  includedSeconds: number;
  /** Overage hourly rate in minor units of the client's currency. */
  overageRateMinorPerHour: number;
}

/** Discriminated by `kind`; fields of another kind are refused (400 naming the field). */
export type BillingModelDto =
  | HourlyBillingModelDto
  | FixedFeeBillingModelDto
  | PerPeriodBillingModelDto;

export type ProjectStatusName = 'active' | 'completed' | 'archived';

export interface ProjectEstimateDto {
  seconds?: number;
  amount?: MoneyDto;
}

export interface RequiredEntryFieldsDto {
  task: boolean;
  description: boolean;
}

/** GET /api/v1/projects, GET /api/v1/projects/:id */
export interface ProjectView extends Revisioned {
  id: string;
  clientId: string;
  name: string;
  /** The client's currency; all project money is in it. */
  currency: string;
  billingModel: BillingModelDto;
  estimate: ProjectEstimateDto;
  budgetAlertThresholdPercent: number | null;
  status: ProjectStatusName;
  defaultBillable: boolean;
  requiredFields: RequiredEntryFieldsDto;
  timeRounding: TimeRoundingDto;
  responsibleIds: string[];
  memberIds: string[];
}

export interface ProjectListQuery extends ListQuery {
  clientId?: string;
  status?: ProjectStatusName;
  billingModel?: BillingModelKind;
}

/** POST /api/v1/projects */
export interface CreateProjectRequest {
  clientId: string;
  name: string;
  billingModel: BillingModelDto;
  estimate?: ProjectEstimateDto;
  /** 1..1000 percent of the estimate; null: no alert. */
  budgetAlertThresholdPercent?: number | null;
  /** Default true. */
  defaultBillable?: boolean;
  requiredFields?: RequiredEntryFieldsDto;
  /** Default: the organisation's default rounding. */
  timeRounding?: TimeRoundingDto;
  responsibleIds?: string[];
  memberIds?: string[];
}

/** PATCH /api/v1/projects/:id (If-Match required). Status changes go through the actions below. */
export interface UpdateProjectRequest {
  name?: string;
  billingModel?: BillingModelDto;
  estimate?: ProjectEstimateDto;
  budgetAlertThresholdPercent?: number | null;
  defaultBillable?: boolean;
  requiredFields?: RequiredEntryFieldsDto;
  timeRounding?: TimeRoundingDto;
  responsibleIds?: string[];
  memberIds?: string[];
}

/** Actions (POST, If-Match required): /complete (active -> completed), /archive, /reopen (-> active). */
export type ProjectAction = 'complete' | 'archive' | 'reopen';
