import { totalsProfit } from '@billing/reporting/application';
import type { ReportEntry, ReportTotals } from '@billing/reporting/contracts';

const onlyOf = (currencies: ReadonlySet<string>): string | null => {
  const [only] = currencies;
  return currencies.size === 1 ? (only ?? null) : null;
};

/**
 * Sums entries the way the report does (integers only); a currency (of the amounts, of the costs) only when every
 * entry that has one shares it, and a profit only when amount and cost are in one currency.
 */
export class TotalsAccumulator {
  private tracked = 0;
  private billable = 0;
  private billed = 0;
  private amount = 0;
  private cost = 0;
  private entries = 0;
  private currencies = new Set<string>();
  private costCurrencies = new Set<string>();

  add(entry: ReportEntry): void {
    this.tracked += entry.trackedSeconds;
    this.billable += entry.billableSeconds;
    if (entry.billed) this.billed += entry.billableSeconds;
    this.amount += entry.amount;
    this.cost += entry.cost;
    this.entries += 1;
    if (entry.currency !== null) this.currencies.add(entry.currency);
    if (entry.costCurrency !== null) this.costCurrencies.add(entry.costCurrency);
  }

  totals(): ReportTotals {
    const money = { amount: this.amount, cost: this.cost, currency: onlyOf(this.currencies), costCurrency: onlyOf(this.costCurrencies) };
    return {
      trackedSeconds: this.tracked,
      billableSeconds: this.billable,
      billedSeconds: this.billed,
      ...money,
      profit: totalsProfit(money, this.costCurrencies.size > 0),
      entryCount: this.entries,
    };
  }
}
