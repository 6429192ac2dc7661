import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PostAdjustmentRequest, TimeEntryView } from '@billing/time-tracking/contracts';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { formatDuration, parseSignedDurationText } from '../shared/duration-text';
import { TimeApi } from '../shared/time-api';
import { TimeContext } from '../shared/time-context';
import { explainTimeConflicts } from '../shared/time-errors';
import { ProjectTaskFields } from './project-task-fields';

export interface AdjustEntryDialogData {
  /** The entry of a closed period being corrected. */
  readonly entry: TimeEntryView;
  /** What it is, e.g. "Acme Support · Support, Tue 10 Mar, 09:00–10:30". */
  readonly summary: string;
  readonly context: TimeContext;
}

function signedHours(control: AbstractControl<string>): ValidationErrors | null {
  const parsed = parseSignedDurationText(control.value);
  return parsed.ok ? null : { server: parsed.reason };
}

/**
 * Posts an adjusting entry: a signed correction of an entry of a closed period, booked on a day of an open period
 * (default: the first open day) with a required reason. The closed period stays as it was closed.
 */
@Component({
  selector: 'app-adjust-entry-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FormAlerts, ProjectTaskFields],
  template: `
    <h2 mat-dialog-title>Adjust entry of a closed period</h2>
    <mat-dialog-content>
      <p class="adjusted">{{ data.summary }} ({{ duration(data.entry.durationSeconds) }})</p>
      <p class="note">The closed period stays as it was closed. The correction is posted as an entry of its own in an open period.</p>
      <app-form-alerts [error]="submission.formError()" />
      <form class="dialog-form" [formGroup]="form" (ngSubmit)="post()" aria-label="Adjusting entry" id="adjust-form">
        <mat-form-field>
          <mat-label>Correction (hours)</mat-label>
          <input matInput formControlName="hours" required placeholder="-0:30" />
          <mat-hint>-0:30 takes time off, 0:30 adds it</mat-hint>
          <mat-error>{{ message(form.controls.hours.errors) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Posting day</mat-label>
          <input matInput type="date" formControlName="day" />
          <mat-hint>Empty: the first open day</mat-hint>
          <mat-error>{{ message(form.controls.day.errors) }}</mat-error>
        </mat-form-field>
        <app-project-task-fields [controls]="form.controls" [context]="data.context" [entry]="data.entry" />
        <mat-form-field class="full">
          <mat-label>Reason</mat-label>
          <input matInput formControlName="reason" required maxlength="2000" />
          <mat-hint>Required: kept with the adjustment and in the audit log</mat-hint>
          <mat-error>{{ message(form.controls.reason.errors) }}</mat-error>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="submit" form="adjust-form" [disabled]="submission.pending()">Post adjustment</button>
    </mat-dialog-actions>
  `,
  styles: `
    .adjusted { margin: 0; font: var(--mat-sys-body-large); }
    .note { margin: 4px 0 16px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdjustEntryDialog {
  private readonly api = inject(TimeApi);
  private readonly ref = inject<MatDialogRef<AdjustEntryDialog, TimeEntryView>>(MatDialogRef);
  protected readonly data = inject<AdjustEntryDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    hours: ['', [Validators.required, signedHours]],
    day: [''],
    projectId: [this.data.entry.projectId],
    taskId: [this.data.entry.taskId as string | null],
    reason: ['', [Validators.required, Validators.pattern(/\S/)]],
  });
  protected readonly submission = new FormSubmission(this.form, { aliases: { durationSeconds: 'hours' } });
  protected readonly message = errorMessage;
  protected readonly duration = formatDuration;

  protected async post(): Promise<void> {
    this.form.markAllAsTouched();
    const parsed = parseSignedDurationText(this.form.controls.hours.value);
    if (this.form.invalid || !parsed.ok || parsed.seconds === null) {
      return;
    }
    const { day, projectId, taskId, reason } = this.form.getRawValue();
    const entry = this.data.entry;
    const moved = projectId !== entry.projectId || taskId !== entry.taskId;
    const body: PostAdjustmentRequest = {
      durationSeconds: parsed.seconds,
      reason: reason.trim(),
      ...(day ? { day } : {}),
      ...(moved ? { projectId, taskId } : {}),
    };
    const posted = await this.submission.submit(body, (key) => this.api.postAdjustment(entry.id, body, key).pipe(explainTimeConflicts()));
    if (posted) {
      this.ref.close(posted);
    }
  }
}
