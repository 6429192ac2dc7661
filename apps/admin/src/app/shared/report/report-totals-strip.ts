import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReportTotals } from '@billing/reporting/contracts';
import { formatHoursCell, formatTotalsMoney } from './report-format';

/** The grand totals as a row of figures above the chart. */
@Component({
  selector: 'app-report-totals-strip',
  template: `
    <dl class="totals-strip" aria-label="Report totals">
      @for (figure of figures(); track figure.label) {
        <div class="figure">
          <dt>{{ figure.label }}</dt>
          <dd [class.negative]="figure.negative">{{ figure.value }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    :host { display: block; }
    .totals-strip { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 0 0 16px; }
    .figure { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: var(--mat-sys-corner-medium); background: var(--mat-sys-surface-container-lowest); }
    dt { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    dd { margin: 4px 0 0; font: var(--mat-sys-title-medium); font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
    dd.negative { color: var(--mat-sys-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportTotalsStrip {
  readonly totals = input.required<ReportTotals>();

  protected readonly figures = computed(() => {
    const totals = this.totals();
    return [
      { label: 'Tracked', value: formatHoursCell(totals.trackedSeconds), negative: false },
      { label: 'Billable', value: formatHoursCell(totals.billableSeconds), negative: false },
      { label: 'Billed', value: formatHoursCell(totals.billedSeconds), negative: false },
      { label: 'Amount', value: formatTotalsMoney(totals.amount, totals.currency), negative: false },
      { label: 'Profit', value: formatTotalsMoney(totals.profit, totals.currency), negative: totals.profit < 0 },
      { label: 'Entries', value: String(totals.entryCount), negative: false },
    ];
  });
}
