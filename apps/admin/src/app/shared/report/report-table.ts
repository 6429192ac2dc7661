import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ReportTotals, TimeReport } from '@billing/reporting/contracts';
import { GroupEntries } from './group-entries';
import { formatHoursDecimal, formatTotalsCost, formatTotalsMoney, groupDisplayLabel, groupingLabel, GROUP_BY_LABELS, totalsProfitFigure } from './report-format';
import { expandedToDepth, flattenReport, isNested, toggleExpanded } from './report-tree';

/**
 * The grouped report: a row per group with its subtotals, opened level by level; a leaf group opens onto its
 * entries (paged) when `withEntries` is set; grand totals at the foot. Money shows in the currency the server
 * reports for each row (cost in its own), or "Mixed currencies": amounts of different currencies are never added
 * here, and a profit the server leaves out (amount and cost in different currencies) reads "—" with the reason.
 */
@Component({
  selector: 'app-report-table',
  imports: [GroupEntries, MatButtonModule, MatIconModule],
  templateUrl: './report-table.html',
  styleUrl: './report-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportTable {
  readonly report = input.required<TimeReport>();
  /** Offer the entries of leaf groups (needs a signed-in person: the public page has none). */
  readonly withEntries = input(false);
  readonly label = input('Report');

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly rows = computed(() => flattenReport(this.report().groups, this.expanded(), this.withEntries()));
  protected readonly nested = computed(() => isNested(this.report().groups));
  protected readonly groupHeader = computed(() => groupingLabel(this.report().groupBy));
  protected readonly columnCount = 8;
  protected readonly hours = formatHoursDecimal;
  protected readonly displayLabel = groupDisplayLabel;
  protected readonly dimensionLabels = GROUP_BY_LABELS;

  protected readonly cost = formatTotalsCost;
  protected readonly profit = totalsProfitFigure;

  protected amount(totals: ReportTotals): string {
    return formatTotalsMoney(totals.amount, totals.currency);
  }

  protected toggle(id: string): void {
    this.expanded.update((open) => toggleExpanded(open, id));
  }

  protected expandAll(): void {
    this.expanded.set(expandedToDepth(this.report().groups, this.report().groupBy.length));
  }

  protected collapseAll(): void {
    this.expanded.set(new Set());
  }
}
