import type { ReportGroupBy, ReportTotals } from '@billing/reporting/contracts';
import type { ExportRow, GroupSubtotal } from './export-row';
import { TotalsAccumulator } from './totals-accumulator';

interface OpenGroup {
  key: string | null;
  label: string;
  sums: TotalsAccumulator;
}

/**
 * Follows the grouping levels over rows sorted group by group: reports each group's subtotal when it ends, and the
 * grand total. Memory holds one open group per level, whatever the number of rows.
 */
export class GroupTracker {
  private readonly open: OpenGroup[] = [];
  private readonly grand = new TotalsAccumulator();

  constructor(private readonly groupBy: readonly ReportGroupBy[]) {}

  /** Subtotals of the groups this row closes (innermost first), then counts the row. */
  next(row: ExportRow): GroupSubtotal[] {
    let changedLevel = this.groupBy.length;
    for (let level = 0; level < this.groupBy.length; level++) {
      const current = this.open[level];
      if (current === undefined || current.key !== (row.groups[level]?.key ?? null)) {
        changedLevel = level;
        break;
      }
    }
    const closed = this.closeFrom(changedLevel);
    for (let level = changedLevel; level < this.groupBy.length; level++) {
      const group = row.groups[level];
      this.open[level] = { key: group?.key ?? null, label: group?.label ?? '', sums: new TotalsAccumulator() };
    }
    for (const group of this.open) group.sums.add(row.entry);
    this.grand.add(row.entry);
    return closed;
  }

  /** Closes every open group: their subtotals, innermost first. */
  finish(): GroupSubtotal[] {
    return this.closeFrom(0);
  }

  totals(): ReportTotals {
    return this.grand.totals();
  }

  private closeFrom(level: number): GroupSubtotal[] {
    const closed: GroupSubtotal[] = [];
    for (let index = this.open.length - 1; index >= level; index--) {
      const group = this.open[index] as OpenGroup;
      closed.push({ level: index, dimension: this.groupBy[index] as ReportGroupBy, label: group.label, totals: group.sums.totals() });
    }
    this.open.length = Math.min(this.open.length, level);
    return closed;
  }
}
