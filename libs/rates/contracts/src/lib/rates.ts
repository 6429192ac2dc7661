/**
 * The rates API (/api/v1/rates). Plain TypeScript only: the admin app imports these.
 * Dates are calendar dates `YYYY-MM-DD` in the organisation's zone; money is integer minor units.
 */

export const RATE_LEVEL_NAMES = [
  'member-on-project',
  'task',
  'project',
  'client',
  'member',
  'organisation',
] as const;
export type RateLevelName = (typeof RATE_LEVEL_NAMES)[number];

export interface MoneyView {
  amountMinor: number;
  currency: string;
}

/** Which scope a billable rate applies to; the ids the level needs (member-on-project: memberId and projectId, ...). */
export interface RateScopeDto {
  level: RateLevelName;
  memberId?: string;
  projectId?: string;
  taskId?: string;
  clientId?: string;
}

/** POST /api/v1/rates/billable */
export interface SetBillableRateRequest {
  scope: RateScopeDto;
  rateMinorPerHour: number;
  currency: string;
  validFrom: string;
  /** Required to overwrite a different rate already set for the same scope and date (409 RATE_ALREADY_SET_FOR_DATE). */
  replace?: boolean;
  reason?: string;
}

/** DELETE /api/v1/rates/billable?level=..&projectId=..&validFrom=.. (the scope's ids as query parameters) */
export interface RemoveBillableRateQuery extends RateScopeDto {
  validFrom: string;
}

/** POST /api/v1/rates/cost */
export interface SetCostRateRequest {
  memberId: string;
  rateMinorPerHour: number;
  currency: string;
  validFrom: string;
  replace?: boolean;
  reason?: string;
}

/** DELETE /api/v1/rates/cost?memberId=..&validFrom=.. */
export interface RemoveCostRateQuery {
  memberId: string;
  validFrom: string;
}

export interface DatedRateView {
  validFrom: string;
  /** The day before the scope's next rate; null: open-ended. */
  validUntil: string | null;
  ratePerHour: MoneyView;
}

export interface BillableScopeRatesView {
  /** Stable key, e.g. `project:<id>`. */
  key: string;
  scope: RateScopeDto;
  history: DatedRateView[];
}

export interface CostRatesView {
  memberId: string;
  history: DatedRateView[];
}

/** GET /api/v1/rates: the whole rate book; `revision` is the rate book stream's (also the ETag). */
export interface RateBookView {
  revision: number | null;
  billable: BillableScopeRatesView[];
  cost: CostRatesView[];
}

export type RateCheckOutcome =
  | 'applied'
  | 'none'
  | 'no-task'
  | 'other-currency'
  | 'not-consulted';

export interface RateCheckView {
  level: RateLevelName;
  outcome: RateCheckOutcome;
  ratePerHour: MoneyView | null;
  validFrom: string | null;
}

/** GET /api/v1/time-entries/:id/rate-explanation: "why this rate". */
export interface RateExplanationView {
  entryId: string;
  day: string;
  status: 'found' | 'missing';
  appliedLevel: RateLevelName | null;
  ratePerHour: MoneyView | null;
  validFrom: string | null;
  /** The levels in precedence order, most specific first, with what each said. */
  checks: RateCheckView[];
  /** More specific levels than the applied one that had no rate (or no task, or another currency). */
  levelsWithoutRate: RateLevelName[];
  explanation: string;
  trackedSeconds: number | null;
  billableSeconds: number | null;
  amount: MoneyView | null;
  cost: MoneyView | null;
  /** Billed entries keep the amount they were billed at: this is the current valuation by the rate book. */
  billed: boolean;
}
