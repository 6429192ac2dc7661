import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CreateMilestoneRequest, MilestoneView, ProjectView } from '@billing/organisation/contracts';
import { changedFields } from '../../shared/changed-fields';
import { errorMessage } from '../../shared/error-message';
import { FormAlerts } from '../../shared/form-alerts';
import { FormSubmission } from '../../shared/form-submission';
import { minorToMoneyText, parseMoneyText } from '../../shared/money-text';
import { SetupApi } from '../../shared/setup-api';
import { buildMilestoneDraft } from '../project-form';

export interface MilestoneDialogData {
  readonly project: ProjectView;
  readonly milestone: MilestoneView | null;
}

@Component({
  selector: 'app-milestone-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FormAlerts],
  template: `
    <h2 mat-dialog-title>{{ data.milestone ? 'Edit milestone' : 'New milestone' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="close()" />
        <div class="dialog-form">
          <mat-form-field class="full">
            <mat-label>Milestone name</mat-label>
            <input matInput formControlName="name" maxlength="200" />
            <mat-error>{{ message(form.controls.name.errors) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Due date</mat-label>
            <input matInput type="date" formControlName="dueDate" />
            <mat-error>{{ message(form.controls.dueDate.errors) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Amount</mat-label>
            <input matInput formControlName="amount" inputmode="decimal" />
            <span matTextSuffix>{{ data.project.currency }}</span>
            <mat-error>{{ message(form.controls.amount.errors) }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">{{ data.milestone ? 'Save' : 'Add milestone' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MilestoneDialog {
  private readonly api = inject(SetupApi);
  private readonly ref = inject<MatDialogRef<MilestoneDialog, MilestoneView | 'stale'>>(MatDialogRef);
  protected readonly data = inject<MilestoneDialogData>(MAT_DIALOG_DATA);

  protected readonly form = buildMilestoneDraft(inject(NonNullableFormBuilder), () => this.data.project.currency);
  protected readonly submission = new FormSubmission(this.form, { codeFields: { MILESTONES_EXCEED_FEE: 'amount' } });
  protected readonly message = errorMessage;

  constructor() {
    const milestone = this.data.milestone;
    if (milestone) {
      this.form.reset({ name: milestone.name, dueDate: milestone.dueDate, amount: minorToMoneyText(milestone.amount.amountMinor, milestone.amount.currency) });
    }
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const { project, milestone } = this.data;
    const value = this.form.getRawValue();
    const amount = parseMoneyText(value.amount, project.currency);
    const request: CreateMilestoneRequest = {
      name: value.name.trim(),
      dueDate: value.dueDate,
      amount: { amountMinor: amount.ok ? amount.value : 0, currency: project.currency },
    };
    const base = `/projects/${project.id}/milestones`;
    const saved = milestone
      ? await this.submission.submit(request, () =>
          this.api.update<MilestoneView>(
            `${base}/${milestone.id}`,
            changedFields({ name: milestone.name, dueDate: milestone.dueDate, amount: milestone.amount }, request),
            project.revision,
          ),
        )
      : await this.submission.submit(request, (key) => this.api.create<MilestoneView>(base, request, key));
    if (saved) {
      this.ref.close(saved);
    }
  }

  protected close(): void {
    this.ref.close('stale');
  }
}
