import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { PeriodSummaryView } from '@billing/closing/contracts';
import { classifyApiError } from '../../setup/shared/api-error';
import { dayLabel, monthLabel, statusLabel } from '../close-text';
import { CloseApi } from '../close-api';
import { createTeamOptions } from '../team-options';

/** The last twelve months, newest first: status organisation-wide or per team, and the submission deadline. */
@Component({
  selector: 'app-periods-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule],
  templateUrl: './periods-page.html',
  styleUrl: '../close-shared.scss',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodsPage {
  private readonly api = inject(CloseApi);
  protected readonly teams = createTeamOptions();
  private readonly list = rxResource({ stream: () => this.api.periods() });

  protected readonly periods = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly timeZone = computed(() => (this.list.hasValue() ? this.list.value().timeZone : ''));
  protected readonly loading = this.list.isLoading;
  protected readonly failure = computed(() => (this.list.status() === 'error' ? classifyApiError(this.list.error()).message : null));
  protected readonly columns = ['month', 'status', 'deadline', 'actions'];
  protected readonly month = monthLabel;
  protected readonly day = dayLabel;

  protected status(period: PeriodSummaryView): string {
    return statusLabel(period, this.teams.nameOf);
  }

  protected reload(): void {
    this.list.reload();
  }
}
