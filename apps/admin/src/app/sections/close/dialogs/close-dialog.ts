import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ClosePeriodRequest, PeriodDetailView } from '@billing/closing/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { CloseApi } from '../close-api';
import { closeRequest, MAX_TEXT_LENGTH, noteRequired } from '../close-requests';
import { monthLabel } from '../close-text';

export interface CloseDialogData {
  readonly period: PeriodDetailView;
  /** Empty: organisation-wide. */
  readonly teamIds: readonly string[];
  /** `organisation-wide` or `for Delivery`. */
  readonly scope: string;
  /** Open findings on the checklist the person reviewed; the server checks again when closing. */
  readonly openFindings: number;
}

/** Closes the period for the reviewed scope; with open findings a note is required (the API's 400 lands on it too). */
@Component({
  selector: 'app-close-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FormAlerts],
  template: `
    <h2 mat-dialog-title>Close {{ month }} {{ data.scope }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="reload()" />
        <p class="dialog-lead">
          Entries of {{ month }} {{ data.teamIds.length ? 'of these teams' : '' }} can no longer be created, edited or deleted once it is closed, by
          anyone. The checklist as it is now is kept with the close.
        </p>
        @if (data.openFindings > 0) {
          <div class="form-alert conflict" role="status">
            <span class="form-alert-text">
              The checklist has {{ data.openFindings }} open finding{{ data.openFindings === 1 ? '' : 's' }}. To close anyway, say why in a note.
            </span>
          </div>
        }
        <div class="dialog-form">
          <mat-form-field class="full">
            <mat-label>{{ data.openFindings > 0 ? 'Note (required)' : 'Note (optional)' }}</mat-label>
            <textarea matInput formControlName="note" rows="3" [maxlength]="maxLength"></textarea>
            <mat-hint>Kept in the period's history</mat-hint>
            <mat-error>{{ message(form.controls.note.errors) }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">Close period</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .dialog-lead { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseDialog {
  private readonly api = inject(CloseApi);
  private readonly ref = inject<MatDialogRef<CloseDialog, PeriodDetailView>>(MatDialogRef);
  protected readonly data = inject<CloseDialogData>(MAT_DIALOG_DATA);
  private readonly revision = signal(this.data.period.revision);
  protected readonly month = monthLabel(this.data.period.key);
  protected readonly maxLength = MAX_TEXT_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    note: ['', [Validators.maxLength(MAX_TEXT_LENGTH), ...(this.data.openFindings > 0 ? [noteRequired] : [])]],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly message = errorMessage;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const body: ClosePeriodRequest = closeRequest(this.data.teamIds, this.form.controls.note.value);
    const closed = await this.submission.submit(body, (key) => this.api.close(this.data.period.key, body, this.revision(), key));
    if (closed) {
      this.ref.close(closed);
    }
  }

  protected async reload(): Promise<void> {
    const fresh = await firstValueFrom(this.api.period(this.data.period.key));
    this.revision.set(fresh.revision);
    this.submission.reset();
  }
}
