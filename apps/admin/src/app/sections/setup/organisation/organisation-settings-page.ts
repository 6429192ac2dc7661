import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { OrganisationSettingsView, TIME_ROUNDING_INCREMENTS } from '@billing/organisation/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { changedFields } from '../shared/changed-fields';
import { CurrencyInput } from '../shared/currency-input';
import { errorMessage } from '../shared/error-message';
import { FormAlerts } from '../shared/form-alerts';
import { FormSubmission } from '../shared/form-submission';
import { SetupApi } from '../shared/setup-api';
import { ROUNDING_MODES } from '../shared/time-rounding-form';
import { canWrite } from '../setup-access';
import { previewInvoiceNumber } from './invoice-number-preview';
import { ReportRebuildPanel } from './report-rebuild/report-rebuild-panel';
import { buildOrganisationForm, DEADLINE_KINDS, ORGANISATION_PATH_ALIASES, organisationRequest, organisationRequestOf, setOrganisation } from './organisation-form';
import { TimeZoneInput } from './time-zone-input';

@Component({
  selector: 'app-organisation-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    CurrencyInput,
    FormAlerts,
    ReportRebuildPanel,
    TimeZoneInput,
  ],
  templateUrl: './organisation-settings-page.html',
  styleUrl: './organisation-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationSettingsPage {
  private readonly api = inject(SetupApi);
  private readonly snackBar = inject(MatSnackBar);

  private readonly auth = inject(AuthService);
  protected readonly canWrite = canWrite(this.auth, 'organisation');
  /** The report rebuild is an organisation-wide operation: the same permission as changing these settings. */
  protected readonly canRebuildReports = this.auth.can('organisation.manage');
  protected readonly settings = signal<OrganisationSettingsView | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly form = buildOrganisationForm(inject(NonNullableFormBuilder));
  protected readonly submission = new FormSubmission(this.form, { aliases: ORGANISATION_PATH_ALIASES });
  protected readonly roundingModes = ROUNDING_MODES;
  protected readonly increments = TIME_ROUNDING_INCREMENTS;
  protected readonly deadlineKinds = DEADLINE_KINDS;
  protected readonly message = errorMessage;

  private readonly format = toSignal(this.form.controls.invoiceNumberFormat.valueChanges, { initialValue: '' });
  protected readonly preview = computed(() => {
    const now = new Date();
    const values = { year: now.getFullYear(), month: now.getMonth() + 1 };
    const first = previewInvoiceNumber(this.format(), { ...values, sequence: 1 });
    return first ? `${first}, ${previewInvoiceNumber(this.format(), { ...values, sequence: 2 })}, …` : '';
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      const settings = await firstValueFrom(this.api.get<OrganisationSettingsView>('/organisation'));
      this.settings.set(settings);
      setOrganisation(this.form, settings);
      if (!this.canWrite) {
        this.form.disable();
      }
      this.submission.reset();
    } catch {
      this.loadFailed.set(true);
    }
  }

  protected async save(): Promise<void> {
    const current = this.settings();
    this.form.markAllAsTouched();
    if (!current || this.form.invalid) {
      return;
    }
    const changes = changedFields(organisationRequestOf(current), organisationRequest(this.form));
    if (Object.keys(changes).length === 0) {
      this.snackBar.open('Nothing changed', undefined, { duration: 3000 });
      return;
    }
    const saved = await this.submission.submit(changes, () => this.api.update<OrganisationSettingsView>('/organisation', changes, current.revision));
    if (saved) {
      this.settings.set(saved);
      setOrganisation(this.form, saved);
      this.snackBar.open('Organisation settings saved', undefined, { duration: 4000 });
    }
  }

  protected discard(): void {
    const current = this.settings();
    if (current) {
      setOrganisation(this.form, current);
    }
  }
}
