import { BillingModelDto } from '@billing/organisation/contracts';
import { secondsToHoursText } from '../shared/hours-text';
import { formatMoney } from '../shared/money-text';

/** One line describing a billing model, for tables and the project page. */
export function billingModelSummary(model: BillingModelDto): string {
  switch (model.kind) {
    case 'hourly':
      return `Hourly · lines per ${model.invoiceLinesPer}`;
    case 'fixed_fee':
      return `Fixed fee · ${formatMoney(model.fee.amountMinor, model.fee.currency)}`;
    case 'per_period':
      return `${formatMoney(model.fee.amountMinor, model.fee.currency)} per ${model.periodUnit} · ${secondsToHoursText(model.includedSeconds)} h included · overage ${formatMoney(model.overageRateMinorPerHour, model.fee.currency)}/h`;
  }
}
