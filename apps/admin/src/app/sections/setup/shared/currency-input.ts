import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CURRENCY_CODES } from '@billing/shared/kernel';
import { errorMessage } from './error-message';

/** An ISO 4217 code with type-ahead over the codes the server knows. */
@Component({
  selector: 'app-currency-input',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field class="full-width">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        [matAutocomplete]="codes"
        maxlength="3"
        autocomplete="off"
        (input)="filter.set($any($event.target).value)"
      />
      <mat-autocomplete #codes="matAutocomplete">
        @for (code of matches(); track code) {
          <mat-option [value]="code">{{ code }}</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ message(control()) }}</mat-error>
    </mat-form-field>
  `,
  styles: `:host { display: block; } .full-width { width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CurrencyInput {
  readonly control = input.required<FormControl<string>>();
  readonly label = input('Currency');
  readonly hint = input('');
  protected readonly filter = signal('');
  protected readonly matches = computed(() => {
    const text = this.filter().trim().toUpperCase();
    return CURRENCY_CODES.filter((code) => code.startsWith(text)).slice(0, 30);
  });
  protected message(control: FormControl<string>): string {
    return errorMessage(control.errors);
  }
}
