import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { InvoiceLineView, InvoiceView } from '@billing/billing/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { BillingApi } from '../shared/billing-api';
import { moneyDigitsHint } from '../shared/billing-money';
import { lineEditRequest, lineFormValue } from './line-edit';

export interface LineDialogData {
  readonly invoice: InvoiceView;
  readonly line: InvoiceLineView;
}

/** Edits one draft line (description, quantity, unit price, discount, notes); closes with the invoice as the server answered (new totals and revision). */
@Component({
  selector: 'app-line-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, FormAlerts],
  template: `
    <h2 mat-dialog-title>Edit line</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="reload()" />
        <div class="dialog-form">
          <mat-form-field class="full">
            <mat-label>Description</mat-label>
            <input matInput formControlName="description" maxlength="500" />
            <mat-error>{{ message(form.controls.description.errors) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ hours ? 'Quantity (hours)' : 'Quantity (units)' }}</mat-label>
            <input matInput formControlName="quantity" inputmode="decimal" />
            <mat-error>{{ message(form.controls.quantity.errors) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ hours ? 'Price per hour' : 'Price per unit' }}</mat-label>
            <input matInput formControlName="unitPrice" inputmode="decimal" />
            <mat-hint>{{ priceHint }}</mat-hint>
            <mat-error>{{ message(form.controls.unitPrice.errors) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Discount</mat-label>
            <mat-select formControlName="discountKind">
              <mat-option value="none">None</mat-option>
              <mat-option value="percent">Percent</mat-option>
              <mat-option value="amount">Amount ({{ currency }})</mat-option>
            </mat-select>
          </mat-form-field>
          @if (discountKind() !== 'none') {
            <mat-form-field>
              <mat-label>{{ discountKind() === 'percent' ? 'Discount (%)' : 'Discount (' + currency + ')' }}</mat-label>
              <input matInput formControlName="discount" inputmode="decimal" />
              <mat-error>{{ message(form.controls.discount.errors) }}</mat-error>
            </mat-form-field>
          }
          <mat-form-field class="full">
            <mat-label>Notes</mat-label>
            <textarea matInput formControlName="notes" rows="2" maxlength="2000"></textarea>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">Save line</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineDialog {
  private readonly api = inject(BillingApi);
  private readonly ref = inject<MatDialogRef<LineDialog, InvoiceView>>(MatDialogRef);
  private readonly data = inject<LineDialogData>(MAT_DIALOG_DATA);
  private readonly invoice = signal(this.data.invoice);
  protected readonly currency = this.data.invoice.currency;
  protected readonly hours = this.data.line.quantity.unit === 'seconds';
  /** A line priced from its entries has no unit price; setting one (or the quantity) prices it by quantity. */
  protected readonly priceHint = this.data.line.unitAmount ? moneyDigitsHint(this.currency) : 'Priced from its entries; a price re-prices by quantity';
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group(this.controls());
  protected readonly submission = new FormSubmission(this.form, { aliases: { unitAmountMinor: 'unitPrice', 'discount.amountMinor': 'discount', 'discount.basisPoints': 'discount' } });
  protected readonly discountKind = toSignal(this.form.controls.discountKind.valueChanges, { initialValue: this.form.controls.discountKind.value });

  private controls() {
    const start = lineFormValue(this.data.line, this.data.invoice.currency);
    return {
      description: this.fb.control(start.description, Validators.required),
      quantity: this.fb.control(start.quantity, Validators.required),
      unitPrice: this.fb.control(start.unitPrice),
      discountKind: this.fb.control(start.discountKind),
      discount: this.fb.control(start.discount),
      notes: this.fb.control(start.notes),
    };
  }

  protected message(errors: Parameters<typeof errorMessage>[0]): string {
    return errorMessage(errors);
  }

  protected async save(): Promise<void> {
    const parsed = lineEditRequest(this.data.line, this.form.getRawValue(), this.currency);
    if (!parsed.ok) {
      const control = this.form.controls[parsed.field];
      control.setErrors({ format: parsed.reason });
      control.markAsTouched();
      return;
    }
    if (Object.keys(parsed.request).length === 0) {
      this.ref.close();
      return;
    }
    const saved = await this.submission.submit(parsed.request, () => this.api.editLine(this.invoice(), this.data.line.lineId, parsed.request));
    if (saved) {
      this.ref.close(saved);
    }
  }

  /** After a conflict: carry on from the invoice as it is now. */
  protected async reload(): Promise<void> {
    this.invoice.set(await firstValueFrom(this.api.invoice(this.data.invoice.invoiceId)));
    this.submission.reset();
  }
}
