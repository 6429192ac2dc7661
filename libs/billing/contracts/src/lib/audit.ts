import type { MoneyView } from './invoices';

export interface MissingRateEntryView {
  entryId: string;
  memberId: string;
  projectId: string;
  clientId: string;
  day: string;
  billableSeconds: number;
}

export interface BudgetFindingView {
  projectId: string;
  projectName: string;
  clientId: string;
  /** Tracked billable hours and their value by the rate book, against the estimate. */
  trackedSeconds: number;
  trackedAmount: MoneyView;
  estimateSeconds: number | null;
  estimateAmount: MoneyView | null;
  /** Highest use of the estimate, in whole percent (hours or money, whichever is further). */
  usedPercent: number;
  alertThresholdPercent: number | null;
  status: 'over-budget' | 'past-alert-threshold';
}

export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export interface UnbilledByClientView {
  clientId: string;
  clientName: string;
  currency: string;
  buckets: Array<{
    bucket: AgeBucket;
    billableSeconds: number;
    amount: MoneyView;
    entryCount: number;
  }>;
  totalSeconds: number;
  totalAmount: MoneyView;
}

/** GET /api/v1/billing/audit (as of today in the organisation's zone). */
export interface BillingAuditView {
  asOf: string;
  missingRates: MissingRateEntryView[];
  budgets: BudgetFindingView[];
  unbilled: UnbilledByClientView[];
}
