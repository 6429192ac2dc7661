import {
  ClientId,
  CurrencyCode,
  LocalDate,
  MemberId,
  MilestoneId,
  Money,
  ProjectId,
  TaskId,
  TimeEntryId,
} from '@billing/shared/kernel';

/**
 * The small shapes billing needs from other contexts, defined here on purpose: a domain never imports another
 * context's domain. The application fills them from the organisation, time-tracking and rates read models.
 */

/** An unbilled entry already valued by the rates context (valueEntry): rounded billable seconds and amount. */
export interface ValuedEntry {
  entryId: TimeEntryId;
  memberId: MemberId;
  projectId: ProjectId;
  taskId: TaskId | null;
  /** Local day of the entry's start in the organisation's zone. */
  day: LocalDate;
  billable: boolean;
  /** roundDuration(duration, project rounding) for billable entries; 0 for non-billable ones. */
  billableSeconds: number;
  /** round-half-up(billableSeconds x rate / 3600), in the client's currency. */
  amount: Money;
  /** No rate applied: such entries are left out of hourly lines until a rate is set (billing audit). */
  missingRate: boolean;
}

export const PERIOD_UNITS = ['week', 'month', 'quarter'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** How a project is invoiced; mirrors the organisation context's billing model. */
export type ProjectBillingModel =
  | { readonly kind: 'hourly'; readonly invoiceLinesPer: 'member' | 'task' }
  | { readonly kind: 'fixed_fee'; readonly fee: Money }
  | {
      readonly kind: 'per_period';
      readonly fee: Money;
      readonly periodUnit: PeriodUnit;
      readonly includedSeconds: number;
      readonly overageRateMinorPerHour: number;
    };

export interface MilestoneToBill {
  milestoneId: MilestoneId;
  name: string;
  amount: Money;
  /** null while not completed. */
  completedOn: LocalDate | null;
}

/** What earlier issued (not voided) invoices already billed for a project. */
export interface AlreadyInvoiced {
  milestoneIds: readonly MilestoneId[];
  /** A fixed-fee project's remaining fee was invoiced at completion. */
  remainingFee: boolean;
  /** Keys of per-period periods already invoiced, e.g. `2026-03`, `2026-Q1`, `2026-W10`. */
  periodKeys: readonly string[];
}

export const NOTHING_INVOICED: AlreadyInvoiced = {
  milestoneIds: [],
  remainingFee: false,
  periodKeys: [],
};

export interface ProjectToBill {
  projectId: ProjectId;
  clientId: ClientId;
  name: string;
  currency: CurrencyCode;
  billingModel: ProjectBillingModel;
  status: 'active' | 'completed' | 'archived';
  milestones: readonly MilestoneToBill[];
  invoiced: AlreadyInvoiced;
}

export interface ClientToBill {
  clientId: ClientId;
  currency: CurrencyCode;
  /** Tax on the subtotal in basis points: 1900 = 19 %. */
  taxRateBasisPoints: number;
}

/** Display names for line descriptions; ids are shown when a name is missing. */
export interface BillingNames {
  members?: Readonly<Record<string, string>>;
  tasks?: Readonly<Record<string, string>>;
}
