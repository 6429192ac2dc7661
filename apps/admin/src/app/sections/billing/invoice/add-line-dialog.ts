import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { InvoiceView } from '@billing/billing/contracts';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { moneyDigitsHint } from '../shared/billing-money';
import { EMPTY_LINE, lineAddRequest } from './line-add';
import { InvoiceLineDialog } from './line-dialog-base';
import { LineFields } from './line-fields';

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
export class AddLineDialog extends InvoiceLineDialog {
  private readonly data = inject<InvoiceView>(MAT_DIALOG_DATA);
  protected readonly invoice = signal(this.data);
  protected readonly currency = this.data.currency;
  protected readonly digitsHint = moneyDigitsHint(this.currency);
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

  protected save(): Promise<void> {
    return this.send(lineAddRequest(this.form.getRawValue(), this.currency), (invoice, body) => this.api.addLine(invoice, body));
  }
}
