import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RELATIVE_PERIODS, RelativePeriod } from '@billing/reporting/contracts';
import { ChartMetric, CHART_METRIC_LABELS, commonCurrency } from '../../shared/report/chart-data';
import { registerReportIcons } from '../../shared/report/report-icons';
import { ReportChart } from '../../shared/report/report-chart';
import { ReportFreshnessLine } from '../../shared/report/report-freshness';
import { filterSummary, GROUP_BY_LABELS, groupingLabel } from '../../shared/report/report-format';
import { PERIOD_PRESET_LABELS, periodLabel } from '../../shared/report/report-period';
import { ReportTable } from '../../shared/report/report-table';
import { ReportTotalsStrip } from '../../shared/report/report-totals-strip';
import { ReportsApi } from '../../shared/report/reports-api';
import { namesInReport, sharedLinkProblem } from './shared-report-state';

/** A saved report opened through its shared link: read-only, no sign-in, the sharer's scope. */
@Component({
  selector: 'app-shared-report-page',
  imports: [DatePipe, MatButtonToggleModule, MatProgressBarModule, ReportChart, ReportFreshnessLine, ReportTable, ReportTotalsStrip],
  templateUrl: './shared-report-page.html',
  styleUrl: './shared-report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SharedReportPage {
  private readonly api = inject(ReportsApi);
  /** From the route: `/shared/:token`. */
  readonly token = input.required<string>();

  protected readonly shared = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.sharedReport(params) });
  protected readonly view = computed(() => (this.shared.hasValue() ? this.shared.value() : null));
  protected readonly problem = computed(() => (this.shared.status() === 'error' ? sharedLinkProblem(this.shared.error()) : null));
  protected readonly metric = signal<ChartMetric>('tracked');
  protected readonly metrics = Object.entries(CHART_METRIC_LABELS) as [ChartMetric, string][];

  protected readonly periodText = computed(() => {
    const view = this.view();
    if (!view) {
      return '';
    }
    const saved = view.savedReport.period;
    const relative = saved.kind === 'relative' && RELATIVE_PERIODS.includes(saved.relative) ? `${PERIOD_PRESET_LABELS[saved.relative as RelativePeriod]}: ` : '';
    return `${relative}${periodLabel(view.period)}`;
  });
  protected readonly grouping = computed(() => groupingLabel(this.view()?.report.groupBy ?? []));
  protected readonly filters = computed(() => {
    const view = this.view();
    return view ? filterSummary(view.report.filters, namesInReport(view.report.groups)) : [];
  });
  protected readonly topDimension = computed(() => GROUP_BY_LABELS[this.view()?.report.groupBy[0] ?? 'project']);
  protected readonly amountChartable = computed(() => commonCurrency(this.view()?.report.groups ?? []) !== null);

  constructor() {
    // Outside the signed-in shell and the Reports routes: register the table's icons here.
    registerReportIcons();
  }
}
