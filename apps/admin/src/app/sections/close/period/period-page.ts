import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { PeriodDetailView } from '@billing/closing/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { classifyApiError } from '../../setup/shared/api-error';
import { createMemberOptions } from '../../setup/shared/member-options';
import { CloseApi } from '../close-api';
import { canClose, canReopen, openFindings } from '../close-rules';
import { dayLabel, instantLabel, monthLabel, periodRange, statusLabel } from '../close-text';
import { CloseDialog, CloseDialogData } from '../dialogs/close-dialog';
import { DeadlineDialog } from '../dialogs/deadline-dialog';
import { ReopenDialog, ReopenDialogData } from '../dialogs/reopen-dialog';
import { createTeamOptions } from '../team-options';
import { ChecklistItems } from './checklist-items';
import { PeriodHistory } from './period-history';

/** One month: its status and deadline, the checklist computed live for a scope, close, reopen, and the history. */
@Component({
  selector: 'app-period-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    ChecklistItems,
    PeriodHistory,
  ],
  templateUrl: './period-page.html',
  styleUrls: ['../close-shared.scss', './period-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodPage {
  private readonly api = inject(CloseApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly members = createMemberOptions();
  protected readonly teams = createTeamOptions();

  /** From the route: `YYYY-MM`. */
  readonly key = input.required<string>();
  /** '' organisation-wide, else one team. */
  protected readonly scopeTeamId = signal('');
  private readonly scopeTeamIds = computed(() => (this.scopeTeamId() ? [this.scopeTeamId()] : []));

  private readonly detail = rxResource({ params: () => ({ key: this.key() }), stream: ({ params }) => this.api.period(params.key) });
  private readonly checklistResource = rxResource({
    params: () => ({ key: this.key(), teamIds: this.scopeTeamIds() }),
    stream: ({ params }) => this.api.checklist(params.key, params.teamIds),
  });

  protected readonly period = computed(() => (this.detail.hasValue() ? this.detail.value() : null));
  protected readonly checklist = computed(() => (this.checklistResource.hasValue() ? this.checklistResource.value() : null));
  protected readonly checking = this.checklistResource.isLoading;
  protected readonly loading = this.detail.isLoading;
  protected readonly failure = computed(() => (this.detail.status() === 'error' ? classifyApiError(this.detail.error()).message : null));
  protected readonly checklistFailure = computed(() =>
    this.checklistResource.status() === 'error' ? classifyApiError(this.checklistResource.error()).message : null,
  );
  protected readonly open = computed(() => openFindings(this.checklist()));
  protected readonly closable = computed(() => canClose(this.period(), this.scopeTeamIds()));
  protected readonly reopenable = computed(() => canReopen(this.period()));
  protected readonly month = computed(() => monthLabel(this.key()));
  protected readonly scopeName = computed(() => (this.scopeTeamId() ? `for ${this.teams.nameOf(this.scopeTeamId())}` : 'organisation-wide'));
  protected readonly day = dayLabel;

  protected status(period: PeriodDetailView): string {
    return statusLabel(period, this.teams.nameOf);
  }

  protected instant(iso: string, zone: string): string {
    return instantLabel(iso, zone);
  }

  protected range(period: PeriodDetailView): string {
    return periodRange(period.startsAt, period.endsAt, period.timeZone);
  }

  protected recheck(): void {
    this.checklistResource.reload();
  }

  protected async close(period: PeriodDetailView): Promise<void> {
    const data: CloseDialogData = { period, teamIds: this.scopeTeamIds(), scope: this.scopeName(), openFindings: this.open() };
    await this.afterDialog(this.dialog.open<CloseDialog, CloseDialogData, PeriodDetailView>(CloseDialog, { data, width: '560px' }).afterClosed(), `${this.month()} is closed ${this.scopeName()}.`);
  }

  protected async reopen(period: PeriodDetailView): Promise<void> {
    const data: ReopenDialogData = { period, teamName: this.teams.nameOf, activeTeamIds: this.teams.active().map((team) => team.id) };
    await this.afterDialog(this.dialog.open<ReopenDialog, ReopenDialogData, PeriodDetailView>(ReopenDialog, { data, width: '560px' }).afterClosed(), `${this.month()} is reopened.`);
  }

  protected async changeDeadline(period: PeriodDetailView): Promise<void> {
    await this.afterDialog(this.dialog.open<DeadlineDialog, { period: PeriodDetailView }, PeriodDetailView>(DeadlineDialog, { data: { period }, width: '520px' }).afterClosed(), 'Submission deadline saved.');
  }

  private async afterDialog(closed: Observable<PeriodDetailView | undefined>, message: string): Promise<void> {
    const saved = await firstValueFrom(closed);
    if (saved) {
      this.detail.set(saved);
      this.checklistResource.reload();
      this.snackBar.open(message, 'Dismiss', { duration: 5000 });
    }
  }
}
