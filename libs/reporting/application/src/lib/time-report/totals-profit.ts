import type { ReportTotals } from '@billing/reporting/contracts';

/**
 * The profit of summed entries (no exchange rates are modelled, as in the rates domain's valueEntry): amount - cost
 * when both are in the one currency, or when nothing was costed (`costed`: some entry has a cost currency; otherwise
 * the cost is 0); null when amount or cost mixes currencies or they differ.
 */
export function totalsProfit(
  totals: Pick<ReportTotals, 'amount' | 'cost' | 'currency' | 'costCurrency'>,
  costed: boolean,
): number | null {
  if (totals.currency === null) return null;
  if (!costed) return totals.cost === 0 ? totals.amount : null;
  return totals.costCurrency === totals.currency
    ? totals.amount - totals.cost
    : null;
}
