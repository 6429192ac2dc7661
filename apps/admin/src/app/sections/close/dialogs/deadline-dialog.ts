import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PeriodDetailView } from '@billing/closing/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { CloseApi } from '../close-api';
import { deadlineRequest, MAX_TEXT_LENGTH } from '../close-requests';
import { earliestDeadline, monthLabel } from '../close-text';

/** Overrides the period's submission deadline, or goes back to the organisation's rule. */
@Component({
  selector: 'app-deadline-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FormAlerts],
  template: `
    <h2 mat-dialog-title>Submission deadline for {{ month }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="reload()" />
        <p class="dialog-lead">Members see the deadline in the Time section and in reminders.</p>
        <div class="dialog-form">
          <mat-form-field>
            <mat-label>Deadline</mat-label>
            <input matInput type="date" formControlName="deadline" [min]="earliest" required />
            <mat-hint>After the last day of {{ month }}</mat-hint>
            <mat-error>{{ message(form.controls.deadline.errors) }}</mat-error>
          </mat-form-field>
          <mat-form-field class="full">
            <mat-label>Reason (optional)</mat-label>
            <input matInput formControlName="reason" [maxlength]="maxLength" />
            <mat-error>{{ message(form.controls.reason.errors) }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (period().deadlineSource === 'override') {
          <button mat-button type="button" class="rule-button" [disabled]="submission.pending()" (click)="followRule()">Follow the rule again</button>
        }
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">Save deadline</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .dialog-lead { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .rule-button { margin-right: auto; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlineDialog {
  private readonly api = inject(CloseApi);
  private readonly ref = inject<MatDialogRef<DeadlineDialog, PeriodDetailView>>(MatDialogRef);
  protected readonly period = signal(inject<{ period: PeriodDetailView }>(MAT_DIALOG_DATA).period);
  protected readonly month = monthLabel(this.period().key);
  protected readonly earliest = earliestDeadline(this.period().key);
  protected readonly maxLength = MAX_TEXT_LENGTH;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    deadline: this.fb.control(this.period().submissionDeadline, [Validators.required]),
    reason: this.fb.control('', [Validators.maxLength(MAX_TEXT_LENGTH)]),
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly message = errorMessage;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    await this.send(this.form.controls.deadline.value);
  }

  protected async followRule(): Promise<void> {
    await this.send(null);
  }

  private async send(deadline: string | null): Promise<void> {
    const body = deadlineRequest(deadline, this.form.controls.reason.value);
    const saved = await this.submission.submit(body, () => this.api.deadline(this.period().key, body, this.period().revision));
    if (saved) {
      this.ref.close(saved);
    }
  }

  protected async reload(): Promise<void> {
    const fresh = await firstValueFrom(this.api.period(this.period().key));
    this.period.set(fresh);
    this.form.controls.deadline.setValue(fresh.submissionDeadline);
    this.submission.reset();
  }
}
