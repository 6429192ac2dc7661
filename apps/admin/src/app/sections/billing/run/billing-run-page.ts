import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { BillingRunRequest, BillingRunResult } from '@billing/billing/contracts';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { BillingApi } from '../shared/billing-api';
import { createBillingOptions } from '../shared/billing-options';
import { createOrganisationDefaults } from '../../setup/shared/organisation-defaults';
import { lastMonthOf, localToday, todayInZone } from '../shared/billing-text';
import { InvoiceLinesTable } from '../invoice/invoice-lines-table';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A billing run over a client or a project and a period (last month by default); shows the proposed draft. */
@Component({
  selector: 'app-billing-run-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FormAlerts,
    InvoiceLinesTable,
  ],
  templateUrl: './billing-run-page.html',
  styleUrl: '../shared/billing-shared.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingRunPage {
  private readonly api = inject(BillingApi);
  protected readonly options = createBillingOptions();
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly period = lastMonthOf(localToday());
  protected readonly form = this.fb.group({
    selection: this.fb.control<'client' | 'project'>('client'),
    clientId: this.fb.control(''),
    projectId: this.fb.control(''),
    from: this.fb.control(this.period.from, [Validators.required, Validators.pattern(DAY)]),
    to: this.fb.control(this.period.to, [Validators.required, Validators.pattern(DAY)]),
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly result = signal<BillingRunResult | null>(null);
  private readonly selection = signal<'client' | 'project'>('client');
  protected readonly byProject = computed(() => this.selection() === 'project');

  private readonly organisation = createOrganisationDefaults();

  constructor() {
    this.form.controls.selection.valueChanges.subscribe((value) => this.selection.set(value));
    // Last month in the organisation's zone once it is known, unless the person already chose dates.
    effect(() => {
      const timeZone = this.organisation.settings()?.timeZone;
      const { from, to } = this.form.controls;
      if (timeZone && from.pristine && to.pristine) {
        const period = lastMonthOf(todayInZone(timeZone));
        from.setValue(period.from);
        to.setValue(period.to);
      }
    });
  }

  protected message(errors: unknown): string {
    return errorMessage(errors as Parameters<typeof errorMessage>[0]);
  }

  protected async run(): Promise<void> {
    const value = this.form.getRawValue();
    const subject = value.selection === 'client' ? value.clientId : value.projectId;
    const control = value.selection === 'client' ? this.form.controls.clientId : this.form.controls.projectId;
    if (!subject) {
      control.setErrors({ required: true });
      control.markAsTouched();
    }
    this.form.markAllAsTouched();
    if (!subject || this.form.invalid) {
      return;
    }
    const body: BillingRunRequest = {
      ...(value.selection === 'client' ? { clientId: subject } : { projectId: subject }),
      from: value.from,
      to: value.to,
    };
    this.result.set(null);
    const result = await this.submission.submit(body, () => this.api.run(body));
    if (result) {
      this.result.set(result);
    }
  }
}
