import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PeriodDetailView } from '@billing/closing/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { CloseApi } from '../close-api';
import { MAX_TEXT_LENGTH, noteRequired, reopenRequest } from '../close-requests';
import { reopenableTeamIds } from '../close-rules';
import { monthLabel, TeamNames } from '../close-text';

export interface ReopenDialogData {
  readonly period: PeriodDetailView;
  readonly teamName: TeamNames;
  /** Active teams of the organisation: the ones an organisation-wide close can be reopened for. */
  readonly activeTeamIds: readonly string[];
}

/**
 * Reopens the period with a mandatory reason: as a whole, or for some teams (teams closed on their own, or teams
 * carved out of an organisation-wide close while the rest of the month stays closed).
 */
@Component({
  selector: 'app-reopen-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, FormAlerts],
  template: `
    <h2 mat-dialog-title>Reopen {{ month }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="reload()" />
        <p class="dialog-lead">Its entries can be changed again until it is closed anew. The reopening and its reason stay in the period's history.</p>
        <div class="dialog-form">
          @if (teamChoice.length > 0) {
            <mat-form-field class="full">
              <mat-label>Teams to reopen</mat-label>
              <mat-select formControlName="teamIds" multiple>
                @for (teamId of teamChoice; track teamId) {
                  <mat-option [value]="teamId">{{ data.teamName(teamId) }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ teamHint }}</mat-hint>
              <mat-error>{{ message(form.controls.teamIds.errors) }}</mat-error>
            </mat-form-field>
          }
          <mat-form-field class="full">
            <mat-label>Reason</mat-label>
            <textarea matInput formControlName="reason" rows="3" [maxlength]="maxLength" required></textarea>
            <mat-hint>Why the closed month must change, e.g. "Late correction of Max's 14 October entry"</mat-hint>
            <mat-error>{{ message(form.controls.reason.errors) }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">Reopen period</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .dialog-lead { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReopenDialog {
  private readonly api = inject(CloseApi);
  private readonly ref = inject<MatDialogRef<ReopenDialog, PeriodDetailView>>(MatDialogRef);
  protected readonly data = inject<ReopenDialogData>(MAT_DIALOG_DATA);
  private readonly revision = signal(this.data.period.revision);
  protected readonly month = monthLabel(this.data.period.key);
  protected readonly teamChoice = reopenableTeamIds(this.data.period, this.data.activeTeamIds);
  protected readonly teamHint =
    this.data.period.status === 'closed'
      ? 'Leave empty to reopen the whole organisation; teams chosen here open while the rest stays closed'
      : 'Leave empty to reopen every closed team';
  protected readonly maxLength = MAX_TEXT_LENGTH;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    teamIds: this.fb.control<string[]>([]),
    reason: this.fb.control('', [noteRequired, Validators.maxLength(MAX_TEXT_LENGTH)]),
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly message = errorMessage;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const body = reopenRequest(this.form.controls.teamIds.value, this.form.controls.reason.value);
    const reopened = await this.submission.submit(body, (key) => this.api.reopen(this.data.period.key, body, this.revision(), key));
    if (reopened) {
      this.ref.close(reopened);
    }
  }

  protected async reload(): Promise<void> {
    const fresh = await firstValueFrom(this.api.period(this.data.period.key));
    this.revision.set(fresh.revision);
    this.submission.reset();
  }
}
