import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReportTotals } from '@billing/reporting/contracts';
import { formatHoursCell, formatTotalsMoney, TotalsFigure, totalsProfitFigure } from './report-format';

/** The grand totals as a row of figures above the chart. */
@Component({
  selector: 'app-report-totals-strip',
  template: `
    <dl class="totals-strip" aria-label="Report totals">
      @for (figure of figures(); track figure.label) {
        <div class="figure">
          <dt>{{ figure.label }}</dt>
          <dd [class.negative]="figure.negative" [attr.title]="figure.title">{{ figure.text }}</dd>
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

  protected readonly figures = computed((): Array<TotalsFigure & { label: string }> => {
    const totals = this.totals();
    const plain = (label: string, text: string) => ({ label, text, title: null, negative: false });
    return [
      plain('Tracked', formatHoursCell(totals.trackedSeconds)),
      plain('Billable', formatHoursCell(totals.billableSeconds)),
      plain('Billed', formatHoursCell(totals.billedSeconds)),
      plain('Amount', formatTotalsMoney(totals.amount, totals.currency)),
      { label: 'Profit', ...totalsProfitFigure(totals) },
      plain('Entries', String(totals.entryCount)),
    ];
  });
}
