import type { BillingModel } from '@billing/organisation/domain';
import type { BillingModelDto } from '@billing/organisation/contracts';
import type { ProjectRow } from './project.entity';

type BillingModelColumns = Pick<
  ProjectRow,
  'billingModelKind' | 'invoiceLinesPer' | 'feeMinor' | 'periodUnit' | 'includedSeconds' | 'overageRateMinorPerHour'
>;

/** Spreads a billing model over the project row's columns (the fields of other kinds are null). */
export function billingModelColumns(model: BillingModel): BillingModelColumns {
  const none = { invoiceLinesPer: null, feeMinor: null, periodUnit: null, includedSeconds: null, overageRateMinorPerHour: null };
  switch (model.kind) {
    case 'hourly':
      return { ...none, billingModelKind: 'hourly', invoiceLinesPer: model.invoiceLinesPer };
    case 'fixed_fee':
      return { ...none, billingModelKind: 'fixed_fee', feeMinor: model.fee.amountMinor };
    case 'per_period':
      return {
        ...none,
        billingModelKind: 'per_period',
        feeMinor: model.fee.amountMinor,
        periodUnit: model.periodUnit,
        includedSeconds: model.includedSeconds,
        overageRateMinorPerHour: model.overageRateMinorPerHour,
      };
    default: {
      const unknown: never = model;
      return unknown;
    }
  }
}

/** Reassembles the billing model from the row's columns. */
export function billingModelOf(row: ProjectRow): BillingModelDto {
  const fee = { amountMinor: row.feeMinor ?? 0, currency: row.currency };
  switch (row.billingModelKind) {
    case 'hourly':
      return { kind: 'hourly', invoiceLinesPer: row.invoiceLinesPer ?? 'member' };
    case 'fixed_fee':
      return { kind: 'fixed_fee', fee };
    case 'per_period':
      return {
        kind: 'per_period',
        fee,
        periodUnit: row.periodUnit ?? 'month',
        includedSeconds: row.includedSeconds ?? 0,
        overageRateMinorPerHour: row.overageRateMinorPerHour ?? 0,
      };
    default: {
      const unknown: never = row.billingModelKind;
      return unknown;
    }
  }
}
