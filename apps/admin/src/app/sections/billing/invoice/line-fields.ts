import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AbstractControl, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ENCLOSING_FORM } from '../../setup/shared/enclosing-form';
import { errorMessage } from '../../setup/shared/error-message';
import { DiscountKind } from '../shared/billing-money';

/** The controls both line dialogs bind; `unit` only where the line's unit can still be chosen (a new line). */
export interface LineFieldControls {
  readonly description: FormControl<string>;
  readonly unit?: FormControl<'seconds' | 'units'>;
  readonly quantity: FormControl<string>;
  readonly unitPrice: FormControl<string>;
  readonly discountKind: FormControl<DiscountKind>;
  readonly discount: FormControl<string>;
  readonly notes: FormControl<string>;
}

/**
 * The fields of an invoice line (description, unit, quantity, price, discount, notes) with their error messages,
 * bound to the enclosing dialog's form so its submit and error state cover them.
 */
@Component({
  selector: 'app-line-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  viewProviders: ENCLOSING_FORM,
  template: `
    <div class="dialog-form">
      <mat-form-field class="full">
        <mat-label>Description</mat-label>
        <input matInput formControlName="description" maxlength="500" />
        <mat-error>{{ message(controls().description.errors) }}</mat-error>
      </mat-form-field>
      @if (controls().unit; as unit) {
        <mat-form-field>
          <mat-label>Billed by</mat-label>
          <mat-select formControlName="unit">
            <mat-option value="units">Units</mat-option>
            <mat-option value="seconds">Hours</mat-option>
          </mat-select>
          <mat-error>{{ message(unit.errors) }}</mat-error>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>{{ hours() ? 'Quantity (hours)' : 'Quantity (units)' }}</mat-label>
        <input matInput formControlName="quantity" inputmode="decimal" />
        <mat-error>{{ message(controls().quantity.errors) }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ hours() ? 'Price per hour' : 'Price per unit' }}</mat-label>
        <input matInput formControlName="unitPrice" inputmode="decimal" />
        <mat-hint>{{ priceHint() }}</mat-hint>
        <mat-error>{{ message(controls().unitPrice.errors) }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Discount</mat-label>
        <mat-select formControlName="discountKind">
          <mat-option value="none">None</mat-option>
          <mat-option value="percent">Percent</mat-option>
          <mat-option value="amount">Amount ({{ currency() }})</mat-option>
        </mat-select>
      </mat-form-field>
      @if (discountKind() !== 'none') {
        <mat-form-field>
          <mat-label>{{ discountKind() === 'percent' ? 'Discount (%)' : 'Discount (' + currency() + ')' }}</mat-label>
          <input matInput formControlName="discount" inputmode="decimal" />
          <mat-error>{{ message(controls().discount.errors) }}</mat-error>
        </mat-form-field>
      }
      <mat-form-field class="full">
        <mat-label>Notes</mat-label>
        <textarea matInput formControlName="notes" rows="2" maxlength="2000"></textarea>
        <mat-error>{{ message(controls().notes.errors) }}</mat-error>
      </mat-form-field>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineFields {
  readonly controls = input.required<LineFieldControls>();
  readonly currency = input.required<string>();
  /** Quantity in hours and price per hour (else units). */
  readonly hours = input.required<boolean>();
  readonly priceHint = input.required<string>();
  readonly discountKind = input.required<DiscountKind>();
  protected readonly message = errorMessage;
}

/** Where a line's text could not be read: mark that field, as the server's 400 would. */
export function markLineField(control: AbstractControl | undefined, reason: string): void {
  control?.setErrors({ format: reason });
  control?.markAsTouched();
}
