import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { SavedReportView, TimeReport } from '@billing/reporting/contracts';
import { firstValueFrom } from 'rxjs';
import { classifyApiError } from '../../setup/shared/api-error';
import { ChartMetric, CHART_METRIC_LABELS, commonCurrency } from '../../../shared/report/chart-data';
import { ReportChart } from '../../../shared/report/report-chart';
import { ReportFreshnessLine } from '../../../shared/report/report-freshness';
import { GROUP_BY_LABELS, groupingLabel } from '../../../shared/report/report-format';
import { periodLabel, todayInZone } from '../../../shared/report/report-period';
import { ReportTable } from '../../../shared/report/report-table';
import { ReportsApi } from '../../../shared/report/reports-api';
import { openSaveReportDialog } from '../saved/save-report-dialog';
import { openShareLinksDialog } from '../saved/share-links-dialog';
import { DEFAULT_DEFINITION, definitionOfSaved, reportRequestOf } from '../shared/report-definition';
import { createReportOptions } from '../shared/report-options';
import { ReportTotalsStrip } from '../../../shared/report/report-totals-strip';
import { canSaveReports, canShareLinks } from '../shared/share-permission';
import { ReportFilterBar } from './report-filter-bar';
import { ExportButton } from '../exports/export-button';
import { AsOfControl } from './as-of-control';
import { asOfLabel } from './as-of-instant';
import { linkedPeriod } from './linked-period';

/** Build a report: period, filters and grouping; its chart and grouped table update as they change. `?saved=<id>` opens a saved one. */
@Component({
  selector: 'app-report-page',
  imports: [AsOfControl, ExportButton, MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule, ReportChart, ReportFilterBar, ReportFreshnessLine, ReportTable, ReportTotalsStrip],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPage {
  private readonly api = inject(ReportsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly options = createReportOptions();
  protected readonly mayShare = canShareLinks();
  protected readonly maySave = canSaveReports();

  /** From the query string: the saved report to open. */
  readonly saved = input<string>();
  /** From the query string: show the report as it was at this instant (links from the Audit section use it). */
  readonly asOf = input<string>();
  /** From the query string: a custom period to open on (with `to`; the Audit section links a closed month so). */
  readonly from = input<string>();
  readonly to = input<string>();
  /** The instant of the historical view, or null for the live report. */
  protected readonly viewAsOf = linkedSignal(() => this.asOf() ?? null);
  protected readonly asOfText = computed(() => {
    const instant = this.viewAsOf();
    return instant ? asOfLabel(instant) : null;
  });

  protected readonly definition = signal(DEFAULT_DEFINITION);
  protected readonly savedView = signal<SavedReportView | null>(null);
  protected readonly metric = signal<ChartMetric>('tracked');
  protected readonly metrics = Object.entries(CHART_METRIC_LABELS) as [ChartMetric, string][];

  private readonly today = computed(() => {
    const zone = this.options.timeZone();
    return zone ? todayInZone(zone, Date.now()) : null;
  });
  protected readonly request = computed(() => {
    const today = this.today();
    const asOf = this.viewAsOf();
    const request = today ? reportRequestOf(this.definition(), today) : null;
    return request ? { ...request, ...(asOf ? { asOf } : {}) } : null;
  });
  private readonly result = rxResource({
    params: () => this.request() ?? undefined,
    stream: ({ params }) => this.api.timeReport(params),
  });
  /** The last answer, kept on screen while the next one loads. */
  protected readonly report = linkedSignal<TimeReport | undefined, TimeReport | null>({
    source: () => (this.result.hasValue() ? this.result.value() : undefined),
    computation: (next, previous) => next ?? previous?.value ?? null,
  });
  protected readonly loading = this.result.isLoading;
  protected readonly failure = computed(() => (this.result.status() === 'error' ? classifyApiError(this.result.error()).message : null));
  protected readonly periodText = computed(() => {
    const period = this.request()?.period;
    return period ? periodLabel(period) : 'Choose both days';
  });
  protected readonly subtitle = computed(() => {
    const report = this.report();
    const parts = [groupingLabel(this.definition().groupBy), this.periodText()];
    return report ? [...parts, `days in ${report.timeZone}`].join(' · ') : parts.join(' · ');
  });
  protected readonly topDimension = computed(() => GROUP_BY_LABELS[this.report()?.groupBy[0] ?? 'project']);
  protected readonly amountChartable = computed(() => commonCurrency(this.report()?.groups ?? []) !== null);

  constructor() {
    // A linked period replaces the default "This month"; losing it from the address later (saving, a new report) changes nothing.
    effect(() => {
      const period = linkedPeriod(this.from(), this.to());
      if (period) {
        untracked(() => this.definition.update((current) => ({ ...current, preset: 'custom', ...period })));
      }
    });
    effect(() => {
      const id = this.saved();
      untracked(() => void this.open(id));
    });
  }

  protected async save(): Promise<void> {
    const today = this.today();
    if (!today) {
      return;
    }
    const saved = await openSaveReportDialog(this.dialog, { definition: this.definition(), today, existing: this.savedView() });
    if (saved) {
      this.savedView.set(saved);
      this.snackBar.open(`Report "${saved.name}" saved`, undefined, { duration: 4000 });
      void this.router.navigate([], { queryParams: { saved: saved.id }, replaceUrl: true });
    }
  }

  protected share(): void {
    const saved = this.savedView();
    if (saved) {
      void openShareLinksDialog(this.dialog, saved);
    }
  }

  /** Re-runs the report as of `instant` (null: back to the live report), keeping the instant in the address. */
  protected viewAt(instant: string | null): void {
    this.viewAsOf.set(instant);
    void this.router.navigate([], { queryParams: { asOf: instant }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  /** Runs the same report again (asked from the freshness warning while the read model catches up). */
  protected refresh(): void {
    this.result.reload();
  }

  protected startNew(): void {
    this.savedView.set(null);
    this.definition.set(DEFAULT_DEFINITION);
    void this.router.navigate([], { queryParams: {} });
  }

  private async open(id: string | undefined): Promise<void> {
    if (!id) {
      this.savedView.set(null);
      return;
    }
    if (this.savedView()?.id === id) {
      return;
    }
    try {
      const saved = await firstValueFrom(this.api.savedReport(id));
      this.savedView.set(saved);
      this.definition.set(definitionOfSaved(saved));
    } catch (error: unknown) {
      this.snackBar.open(classifyApiError(error).kind === 'not-found' ? 'That saved report no longer exists.' : classifyApiError(error).message, 'Dismiss', { duration: 8000 });
    }
  }
}
