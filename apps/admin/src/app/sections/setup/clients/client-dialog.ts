import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ClientView } from '@billing/organisation/contracts';
import { firstValueFrom } from 'rxjs';
import { changedFields } from '../shared/changed-fields';
import { CurrencyInput } from '../shared/currency-input';
import { errorMessage } from '../shared/error-message';
import { FormAlerts } from '../shared/form-alerts';
import { FormSubmission } from '../shared/form-submission';
import { createMemberOptions } from '../shared/member-options';
import { SetupApi } from '../shared/setup-api';
import { buildClientForm, CLIENT_PATH_ALIASES, clientFormValue, clientRequest, clientRequestOf } from './client-form';

export interface ClientDialogData {
  readonly client: ClientView | null;
  readonly defaultCurrency: string;
}

@Component({
  selector: 'app-client-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CurrencyInput,
    FormAlerts,
  ],
  templateUrl: './client-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientDialog {
  private readonly api = inject(SetupApi);
  private readonly ref = inject<MatDialogRef<ClientDialog, ClientView>>(MatDialogRef);
  private readonly data = inject<ClientDialogData>(MAT_DIALOG_DATA);

  protected readonly client = signal(this.data.client);
  protected readonly form = buildClientForm(inject(NonNullableFormBuilder), this.data.defaultCurrency);
  protected readonly submission = new FormSubmission(this.form, {
    aliases: CLIENT_PATH_ALIASES,
    codeFields: { CLIENT_HAS_BILLED_HOURS: 'currency', CURRENCY_LOCKED: 'currency' },
  });
  protected readonly members = createMemberOptions();
  protected readonly message = errorMessage;

  constructor() {
    if (this.data.client) {
      this.form.reset(clientFormValue(this.data.client));
    }
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const request = clientRequest(this.form);
    const existing = this.client();
    const saved = existing
      ? await this.submission.submit(request, () =>
          this.api.update<ClientView>(`/clients/${existing.id}`, changedFields(clientRequestOf(existing), request), existing.revision),
        )
      : await this.submission.submit(request, (key) => this.api.create<ClientView>('/clients', request, key));
    if (saved) {
      this.ref.close(saved);
    }
  }

  /** Stale revision: load the current client and show it, dropping the local edits. */
  protected async reload(): Promise<void> {
    const existing = this.client();
    if (!existing) {
      return;
    }
    const fresh = await firstValueFrom(this.api.get<ClientView>(`/clients/${existing.id}`));
    this.client.set(fresh);
    this.form.reset(clientFormValue(fresh));
    this.submission.reset();
  }
}
