import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { InvoiceView } from '@billing/billing/contracts';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { BillingApi } from '../shared/billing-api';

/** Voids an issued invoice with a mandatory reason; the number stays taken and the entries become unbilled. */
@Component({
  selector: 'app-void-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FormAlerts],
  template: `
    <h2 mat-dialog-title>Void {{ invoice.number }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="ref.close()" />
        <p>The number stays used; its {{ invoice.coveredEntryIds.length }} entries become unbilled and editable again.</p>
        <mat-form-field class="full">
          <mat-label>Reason</mat-label>
          <textarea matInput formControlName="reason" rows="3" maxlength="2000"></textarea>
          <mat-error>{{ message() }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">Void invoice</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.full { width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VoidDialog {
  private readonly api = inject(BillingApi);
  protected readonly ref = inject<MatDialogRef<VoidDialog, InvoiceView>>(MatDialogRef);
  protected readonly invoice = inject<InvoiceView>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', [Validators.required, Validators.pattern(/\S/)]] });
  protected readonly submission = new FormSubmission(this.form);

  protected message(): string {
    return errorMessage(this.form.controls.reason.errors?.['pattern'] ? { required: true } : this.form.controls.reason.errors);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const body = { reason: this.form.controls.reason.value.trim() };
    const voided = await this.submission.submit(body, () => this.api.void(this.invoice, body));
    if (voided) {
      this.ref.close(voided);
    }
  }
}
