import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { InvoiceView } from '@billing/billing/contracts';
import { firstValueFrom } from 'rxjs';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { BillingApi } from '../shared/billing-api';
import { moneyDigitsHint } from '../shared/billing-money';
import { EMPTY_LINE, lineAddRequest } from './line-add';
import { LineFields, markLineField } from './line-fields';

/** Server field paths (AddInvoiceLineRequest) -> this form's controls. */
const FIELD_ALIASES = {
  unitAmountMinor: 'unitPrice',
  'quantity.unit': 'unit',
  'quantity.value': 'quantity',
  'discount.amountMinor': 'discount',
  'discount.basisPoints': 'discount',
};

/** Adds a manual line to a draft; closes with the invoice as the server answered (new line, totals, revision). */
@Component({
  selector: 'app-add-line-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, FormAlerts, LineFields],
  template: `
    <h2 mat-dialog-title>Add line</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="reload()" />
        <app-line-fields
          [controls]="form.controls"
          [currency]="currency"
          [hours]="unit() === 'seconds'"
          [priceHint]="digitsHint"
          [discountKind]="discountKind()"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">Add line</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddLineDialog {
  private readonly api = inject(BillingApi);
  private readonly ref = inject<MatDialogRef<AddLineDialog, InvoiceView>>(MatDialogRef);
  private readonly data = inject<InvoiceView>(MAT_DIALOG_DATA);
  /** The draft the line goes to; its revision is the If-Match, refreshed by a reload after a conflict. */
  private readonly invoice = signal(this.data);
  protected readonly currency = this.data.currency;
  protected readonly digitsHint = moneyDigitsHint(this.currency);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    description: this.fb.control(EMPTY_LINE.description, Validators.required),
    unit: this.fb.control(EMPTY_LINE.unit),
    quantity: this.fb.control(EMPTY_LINE.quantity, Validators.required),
    unitPrice: this.fb.control(EMPTY_LINE.unitPrice, Validators.required),
    discountKind: this.fb.control(EMPTY_LINE.discountKind),
    discount: this.fb.control(EMPTY_LINE.discount),
    notes: this.fb.control(EMPTY_LINE.notes),
  });
  protected readonly submission = new FormSubmission(this.form, { aliases: FIELD_ALIASES });
  protected readonly unit = toSignal(this.form.controls.unit.valueChanges, { initialValue: this.form.controls.unit.value });
  protected readonly discountKind = toSignal(this.form.controls.discountKind.valueChanges, { initialValue: this.form.controls.discountKind.value });

  protected async save(): Promise<void> {
    const parsed = lineAddRequest(this.form.getRawValue(), this.currency);
    if (!parsed.ok) {
      markLineField(this.form.controls[parsed.field], parsed.reason);
      return;
    }
    const saved = await this.submission.submit(parsed.request, () => this.api.addLine(this.invoice(), parsed.request));
    if (saved) {
      this.ref.close(saved);
    }
  }

  /** After a conflict: carry on from the invoice as it is now, keeping what was typed. */
  protected async reload(): Promise<void> {
    this.invoice.set(await firstValueFrom(this.api.invoice(this.data.invoiceId)));
    this.submission.reset();
  }
}
