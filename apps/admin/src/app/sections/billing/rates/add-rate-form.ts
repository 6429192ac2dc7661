import { ChangeDetectionStrategy, Component, computed, inject, input, output, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RateBookView } from '@billing/rates/contracts';
import { Observable } from 'rxjs';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { moneyDigitsHint, parseMoney } from '../shared/billing-money';

/** The rate the form sends: integer minor units per hour, from a day on. */
export interface NewRate {
  readonly rateMinorPerHour: number;
  readonly currency: string;
  readonly validFrom: string;
  readonly replace: boolean;
  readonly reason?: string;
}

/** Adds a rate from a date in the scope's currency; server field errors land on their fields. */
@Component({
  selector: 'app-add-rate-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, FormAlerts],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="label()">
      <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="submission.reset()" />
      <div class="form-row">
        <mat-form-field>
          <mat-label>Rate per hour ({{ currency() }})</mat-label>
          <input matInput formControlName="rate" inputmode="decimal" />
          <mat-hint>{{ hint() }}</mat-hint>
          <mat-error>{{ message(form.controls.rate.errors) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Valid from</mat-label>
          <input matInput formControlName="validFrom" placeholder="YYYY-MM-DD" />
          <mat-hint>Empty: today</mat-hint>
          <mat-error>{{ message(form.controls.validFrom.errors) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Reason (optional)</mat-label>
          <input matInput formControlName="reason" maxlength="500" />
        </mat-form-field>
        <mat-checkbox formControlName="replace">Replace a rate on that day</mat-checkbox>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">Add rate</button>
      </div>
    </form>
  `,
  styles: `
:host { display: block; margin-top: 16px; }
    .form-row { display: flex; flex-wrap: wrap; gap: 12px; align-items: baseline; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddRateForm {
  readonly currency = input.required<string>();
  readonly today = input.required<string>();
  readonly label = input('Add a rate');
  readonly save = input.required<(rate: NewRate) => Observable<RateBookView>>();
  readonly saved = output<RateBookView>();
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    rate: this.fb.control('', Validators.required),
    validFrom: this.fb.control('', [Validators.required, Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)]),
    reason: this.fb.control(''),
    replace: this.fb.control(false),
  });
  protected readonly submission = new FormSubmission(this.form, {
    aliases: { rateMinorPerHour: 'rate', currency: 'rate' },
    codeFields: { RATE_ALREADY_SET_FOR_DATE: 'validFrom' },
  });
  /** Resetting through the directive also clears its submitted state, so the emptied fields show no errors. */
  private readonly directive = viewChild.required(FormGroupDirective);
  protected readonly hint = computed(() => moneyDigitsHint(this.currency()));

  protected message(errors: Parameters<typeof errorMessage>[0]): string {
    return errorMessage(errors);
  }

  protected async submit(): Promise<void> {
    if (!this.form.controls.validFrom.value.trim()) {
      this.form.controls.validFrom.setValue(this.today());
    }
    const value = this.form.getRawValue();
    const parsed = parseMoney(value.rate, this.currency());
    if (!parsed.ok && value.rate !== '') {
      this.form.controls.rate.setErrors({ format: parsed.reason });
    }
    this.form.markAllAsTouched();
    if (!parsed.ok || this.form.invalid) {
      return;
    }
    const reason = value.reason.trim();
    const rate: NewRate = {
      rateMinorPerHour: parsed.value,
      currency: this.currency(),
      validFrom: value.validFrom,
      replace: value.replace,
      ...(reason ? { reason } : {}),
    };
    const book = await this.submission.submit(rate, () => this.save()(rate));
    if (book) {
      this.directive().resetForm();
      this.saved.emit(book);
    }
  }
}
