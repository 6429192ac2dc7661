import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { InvoiceLineView, InvoiceView } from '@billing/billing/contracts';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { moneyDigitsHint } from '../shared/billing-money';
import { lineEditRequest, lineFormValue } from './line-edit';
import { InvoiceLineDialog } from './line-dialog-base';
import { LineFields } from './line-fields';

export interface LineDialogData {
  readonly invoice: InvoiceView;
  readonly line: InvoiceLineView;
}

/** Edits one draft line (description, quantity, unit price, discount, notes); closes with the invoice as the server answered (new totals and revision). */
@Component({
  selector: 'app-line-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, FormAlerts, LineFields],
  template: `
    <h2 mat-dialog-title>Edit line</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="reload()" />
        <app-line-fields [controls]="form.controls" [currency]="currency" [hours]="hours" [priceHint]="priceHint" [discountKind]="discountKind()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">Save line</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineDialog extends InvoiceLineDialog {
  private readonly data = inject<LineDialogData>(MAT_DIALOG_DATA);
  protected readonly invoice = signal(this.data.invoice);
  protected readonly currency = this.data.invoice.currency;
  protected readonly hours = this.data.line.quantity.unit === 'seconds';
  /** A line priced from its entries has no unit price; setting one (or the quantity) prices it by quantity. */
  protected readonly priceHint = this.data.line.unitAmount ? moneyDigitsHint(this.currency) : 'Priced from its entries; a price re-prices by quantity';
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

  protected async save(): Promise<void> {
    const parsed = lineEditRequest(this.data.line, this.form.getRawValue(), this.currency);
    if (parsed.ok && Object.keys(parsed.request).length === 0) {
      this.cancel();
      return;
    }
    await this.send(parsed, (invoice, body) => this.api.editLine(invoice, this.data.line.lineId, body));
  }
}
