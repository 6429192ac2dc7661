import type { ReportEntry, ReportTotals } from '@billing/reporting/contracts';

/** Sums entries the way the report does (integers only); currency only when every entry shares one. */
export class TotalsAccumulator {
  private tracked = 0;
  private billable = 0;
  private billed = 0;
  private amount = 0;
  private cost = 0;
  private entries = 0;
  private currencies = new Set<string | null>();

  add(entry: ReportEntry): void {
    this.tracked += entry.trackedSeconds;
    this.billable += entry.billableSeconds;
    if (entry.billed) this.billed += entry.billableSeconds;
    this.amount += entry.amount;
    this.cost += entry.cost;
    this.entries += 1;
    if (entry.currency !== null) this.currencies.add(entry.currency);
  }

  totals(): ReportTotals {
    const [only] = this.currencies;
    return {
      trackedSeconds: this.tracked,
      billableSeconds: this.billable,
      billedSeconds: this.billed,
      amount: this.amount,
      cost: this.cost,
      profit: this.amount - this.cost,
      entryCount: this.entries,
      currency: this.currencies.size === 1 ? (only ?? null) : null,
    };
  }
}
