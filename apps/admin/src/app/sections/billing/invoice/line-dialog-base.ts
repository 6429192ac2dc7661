import { Directive, inject, WritableSignal } from '@angular/core';
import { FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { InvoiceView } from '@billing/billing/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { FormSubmission } from '../../setup/shared/form-submission';
import { BillingApi } from '../shared/billing-api';
import { markLineField } from './line-fields';

/** A line as the dialog read it: the request, or the field whose text could not be read. */
export type ParsedLine<Request> = { readonly ok: true; readonly request: Request } | { readonly ok: false; readonly field: string; readonly reason: string };

/**
 * What the add-line and edit-line dialogs share: the draft whose revision is the If-Match (refreshed by a reload
 * after a conflict), and sending a parsed line, closing with the invoice as the server answered.
 */
@Directive()
export abstract class InvoiceLineDialog {
  protected readonly api = inject(BillingApi);
  private readonly ref = inject<MatDialogRef<unknown, InvoiceView>>(MatDialogRef);
  protected readonly fb = inject(NonNullableFormBuilder);
  protected abstract readonly invoice: WritableSignal<InvoiceView>;
  protected abstract readonly form: FormGroup;
  protected abstract readonly submission: FormSubmission;

  /** Marks the unreadable field, or sends the request and closes with the invoice the server answered. */
  protected async send<Request>(parsed: ParsedLine<Request>, request: (invoice: InvoiceView, body: Request) => Observable<InvoiceView>): Promise<void> {
    if (!parsed.ok) {
      markLineField(this.form.controls[parsed.field], parsed.reason);
      return;
    }
    const saved = await this.submission.submit(parsed.request, () => request(this.invoice(), parsed.request));
    if (saved) {
      this.ref.close(saved);
    }
  }

  /** Closes without a change. */
  protected cancel(): void {
    this.ref.close();
  }

  /** After a conflict: carry on from the invoice as it is now, keeping what was typed. */
  protected async reload(): Promise<void> {
    this.invoice.set(await firstValueFrom(this.api.invoice(this.invoice().invoiceId)));
    this.submission.reset();
  }
}
