import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TimeReport, TimeReportRequest } from '@billing/reporting/contracts';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { classifyApiError } from '../../setup/shared/api-error';
import { API_V1 } from '../../setup/shared/setup-api';
import { formatDuration } from '../../time/shared/duration-text';
import { AuditApi } from '../audit-api';
import { instantLabel } from '../audit-text';
import { createMemberNames } from '../member-names';
import { ClosedPeriod, closedPeriodOf } from './closed-periods';

/**
 * Closed months and the instant each was closed: the report as of that instant (what the close relied on) in the
 * Reports builder (`asOf` query parameter), and its totals right here.
 */
@Component({
  selector: 'app-as-of-page',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule],
  templateUrl: './as-of-page.html',
  styleUrl: '../audit-shared.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AsOfPage {
  private readonly api = inject(AuditApi);
  private readonly http = inject(HttpClient);
  protected readonly members = createMemberNames();
  private readonly closed = rxResource({
    stream: () =>
      this.api.periods().pipe(
        switchMap((list) => {
          const candidates = list.items.filter((period) => period.status !== 'open');
          return candidates.length === 0 ? of([]) : forkJoin(candidates.map((period) => this.api.period(period.key)));
        }),
        map((details) => details.map(closedPeriodOf).filter((period): period is ClosedPeriod => period !== null)),
      ),
  });
  protected readonly periods = computed(() => (this.closed.hasValue() ? this.closed.value() : []));
  protected readonly loading = this.closed.isLoading;
  protected readonly failure = computed(() => (this.closed.status() === 'error' ? classifyApiError(this.closed.error()).message : null));
  protected readonly shown = signal<{ period: ClosedPeriod; report: TimeReport | null; error: string | null } | null>(null);
  protected readonly instant = instantLabel;
  protected readonly hours = formatDuration;

  protected reportLink(period: ClosedPeriod): Record<string, string> {
    return { asOf: period.closedAt, from: period.fromDay, to: period.toDay };
  }

  protected showTotals(period: ClosedPeriod): void {
    const request: TimeReportRequest = { period: { from: period.fromDay, to: period.toDay }, asOf: period.closedAt };
    this.shown.set({ period, report: null, error: null });
    this.http.post<TimeReport>(`${API_V1}/reports/time`, request).subscribe({
      next: (report) => this.shown.set({ period, report, error: null }),
      error: (error: unknown) => this.shown.set({ period, report: null, error: classifyApiError(error).message }),
    });
  }
}
