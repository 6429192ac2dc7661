import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CreateTaskRequest, ProjectView, TaskView } from '@billing/organisation/contracts';
import { changedFields } from '../../shared/changed-fields';
import { errorMessage } from '../../shared/error-message';
import { FormAlerts } from '../../shared/form-alerts';
import { FormSubmission } from '../../shared/form-submission';
import { MAX_NAME_LENGTH, nameRequired } from '../../shared/form-validators';
import { parseHoursText, secondsToHoursText } from '../../shared/hours-text';
import { SetupApi } from '../../shared/setup-api';
import { hoursTextValidator } from '../../shared/text-validators';

export interface TaskDialogData {
  readonly project: ProjectView;
  readonly task: TaskView | null;
}

@Component({
  selector: 'app-task-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule, FormAlerts],
  template: `
    <h2 mat-dialog-title>{{ data.task ? 'Edit task' : 'New task' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="close()" />
        <div class="dialog-form">
          <mat-form-field class="full">
            <mat-label>Task name</mat-label>
            <input matInput formControlName="name" maxlength="200" />
            <mat-error>{{ message(form.controls.name.errors) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Estimated hours</mat-label>
            <input matInput formControlName="estimateHours" inputmode="decimal" />
            <span matTextSuffix>h</span>
            <mat-error>{{ message(form.controls.estimateHours.errors) }}</mat-error>
          </mat-form-field>
          <div class="checkbox-row"><mat-checkbox formControlName="billable">Billable by default</mat-checkbox></div>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">{{ data.task ? 'Save' : 'Add task' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskDialog {
  private readonly api = inject(SetupApi);
  private readonly ref = inject<MatDialogRef<TaskDialog, TaskView | 'stale'>>(MatDialogRef);
  protected readonly data = inject<TaskDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    name: this.fb.control(this.data.task?.name ?? '', [Validators.required, nameRequired, Validators.maxLength(MAX_NAME_LENGTH)]),
    estimateHours: this.fb.control(
      this.data.task?.estimateSeconds == null ? '' : secondsToHoursText(this.data.task.estimateSeconds),
      hoursTextValidator,
    ),
    billable: this.fb.control(this.data.task?.billable ?? this.data.project.defaultBillable),
  });
  protected readonly submission = new FormSubmission(this.form, { aliases: { estimateSeconds: 'estimateHours' } });
  protected readonly message = errorMessage;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const value = this.form.getRawValue();
    const hours = parseHoursText(value.estimateHours);
    const request: CreateTaskRequest = { name: value.name.trim(), estimateSeconds: hours.ok ? hours.value : null, billable: value.billable };
    const { project, task } = this.data;
    const base = `/projects/${project.id}/tasks`;
    const saved = task
      ? await this.submission.submit(request, () =>
          this.api.update<TaskView>(
            `${base}/${task.id}`,
            changedFields({ name: task.name, estimateSeconds: task.estimateSeconds, billable: task.billable }, request),
            project.revision,
          ),
        )
      : await this.submission.submit(request, (key) => this.api.create<TaskView>(base, request, key));
    if (saved) {
      this.ref.close(saved);
    }
  }

  /** Tasks share the project's revision: after a conflict the page reloads the project and its lists. */
  protected close(): void {
    this.ref.close('stale');
  }
}
