import {
  LocalDate,
  Money,
  amountForSeconds,
  money,
} from '@billing/shared/kernel';
import {
  PeriodUnit,
  ProjectToBill,
  ValuedEntry,
} from '../inputs/billing-inputs';
import { DraftLine } from '../lines/invoice-line';
import { BillingPeriod, billingPeriodsWithin } from '../periods/billing-period';

export interface PerPeriodTerms {
  fee: Money;
  periodUnit: PeriodUnit;
  includedSeconds: number;
  overageRateMinorPerHour: number;
}

/** max(0, rounded billable seconds in the period - included seconds). */
export function overageSeconds(
  entries: readonly ValuedEntry[],
  includedSeconds: number,
): number {
  const billed = entries.reduce(
    (sum, entry) => sum + (entry.billable ? entry.billableSeconds : 0),
    0,
  );
  return Math.max(0, billed - includedSeconds);
}

function linesForPeriod(
  project: ProjectToBill,
  terms: PerPeriodTerms,
  period: BillingPeriod,
  entries: ValuedEntry[],
): DraftLine[] {
  const inPeriod = entries.filter(
    (entry) =>
      entry.billable &&
      entry.day >= period.firstDay &&
      entry.day <= period.lastDay,
  );
  const lines: DraftLine[] = [
    {
      source: {
        kind: 'period-fee',
        projectId: project.projectId,
        periodKey: period.key,
      },
      description: `${project.name}: fee ${period.key}`,
      quantity: { unit: 'units', value: 1 },
      price: { kind: 'per-unit', unitAmount: terms.fee },
      discount: null,
      notes: '',
      entryIds: inPeriod.map((entry) => entry.entryId),
    },
  ];
  const over = overageSeconds(inPeriod, terms.includedSeconds);
  if (over > 0) {
    lines.push({
      source: {
        kind: 'period-overage',
        projectId: project.projectId,
        periodKey: period.key,
      },
      description: `${project.name}: hours beyond the included ${period.key}`,
      quantity: { unit: 'seconds', value: over },
      // gross = round-half-up(over x overage rate / 3600), the SPEC's overage formula
      price: {
        kind: 'per-hour',
        unitAmount: money(terms.overageRateMinorPerHour, terms.fee.currency),
      },
      discount: null,
      notes: '',
      entryIds: [],
    });
  }
  return lines;
}

/**
 * Retainer lines for every period wholly inside the selection and not invoiced yet: the fee, plus an overage
 * line when the period's rounded billable seconds exceed the included hours. The fee is due even for a period
 * without entries. Its entries are covered by the fee line.
 */
export function draftPerPeriodLines(
  project: ProjectToBill,
  terms: PerPeriodTerms,
  entries: readonly ValuedEntry[],
  from: LocalDate,
  to: LocalDate,
): DraftLine[] {
  return billingPeriodsWithin(from, to, terms.periodUnit)
    .filter((period) => !project.invoiced.periodKeys.includes(period.key))
    .flatMap((period) => linesForPeriod(project, terms, period, [...entries]));
}

/** The overage amount alone, for reports: round-half-up(overage seconds x rate / 3600). */
export function overageAmount(
  seconds: number,
  overageRateMinorPerHour: number,
): number {
  return amountForSeconds(overageRateMinorPerHour, seconds);
}
