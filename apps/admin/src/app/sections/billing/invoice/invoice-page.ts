import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { InvoiceLineView, InvoiceView } from '@billing/billing/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { confirmAction } from '../../setup/shared/confirm-dialog';
import { BillingApi } from '../shared/billing-api';
import { invoiceStatusLabel } from '../shared/billing-text';
import { readableError } from '../shared/readable-error';
import { AddLineDialog } from './add-line-dialog';
import { InvoiceLinesTable } from './invoice-lines-table';
import { LineDialog, LineDialogData } from './line-dialog';
import { VoidDialog } from './void-dialog';

/**
 * One invoice. A draft's lines can be edited, added and deleted (totals are always the server's answer), then it is
 * issued (and gets its number) or discarded; an issued invoice can be voided with a reason; issued and void ones have a PDF.
 */
@Component({
  selector: 'app-invoice-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, InvoiceLinesTable],
  templateUrl: './invoice-page.html',
  styleUrl: '../shared/billing-shared.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoicePage {
  readonly invoiceId = input.required<string>();
  private readonly api = inject(BillingApi);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthService);

  readonly invoice = signal<InvoiceView | null>(null);
  readonly loading = signal(false);
  readonly busy = signal(false);
  /** What went wrong with the last load or action, readably (400 fields, 409 conflicts). */
  readonly error = signal<string | null>(null);

  protected readonly isDraft = computed(() => this.invoice()?.status === 'draft');
  protected readonly isIssued = computed(() => this.invoice()?.status === 'issued');
  protected readonly hasPdf = computed(() => this.invoice() !== null && this.invoice()?.status !== 'discarded');
  protected readonly canEdit = computed(() => this.isDraft() && this.auth.can('billing.write'));
  protected readonly canIssue = computed(() => this.auth.can('billing.issue'));
  protected readonly canDiscard = computed(() => this.auth.can('billing.write'));
  protected readonly statusLabel = invoiceStatusLabel;

  constructor() {
    effect(() => {
      void this.load(this.invoiceId());
    });
  }

  async load(id = this.invoiceId()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.invoice.set(await firstValueFrom(this.api.invoice(id)));
    } catch (error: unknown) {
      this.error.set(readableError(error));
    } finally {
      this.loading.set(false);
    }
  }

  async editLine(line: InvoiceLineView): Promise<void> {
    const invoice = this.invoice();
    if (!invoice) {
      return;
    }
    const ref = this.dialog.open<LineDialog, LineDialogData, InvoiceView>(LineDialog, { data: { invoice, line }, width: '560px' });
    const saved = await firstValueFrom(ref.afterClosed());
    if (saved) {
      this.invoice.set(saved);
      this.error.set(null);
    }
  }

  async addLine(): Promise<void> {
    const invoice = this.invoice();
    if (!invoice) {
      return;
    }
    const ref = this.dialog.open<AddLineDialog, InvoiceView, InvoiceView>(AddLineDialog, { data: invoice, width: '560px' });
    const saved = await firstValueFrom(ref.afterClosed());
    if (saved) {
      this.invoice.set(saved);
      this.error.set(null);
    }
  }

  async removeLine(line: InvoiceLineView): Promise<void> {
    const invoice = this.invoice();
    const covered = line.entryIds.length;
    const confirmed =
      invoice &&
      (await confirmAction(this.dialog, {
        title: 'Delete line?',
        message:
          covered > 0
            ? `"${line.description}" is removed from the draft; its ${covered} entries stay unbilled and a new billing run can propose them again.`
            : `"${line.description}" is removed from the draft.`,
        confirmLabel: 'Delete line',
      }));
    if (invoice && confirmed) {
      await this.act(this.api.removeLine(invoice, line.lineId));
    }
  }

  async issue(): Promise<void> {
    const invoice = this.invoice();
    const confirmed =
      invoice &&
      (await confirmAction(this.dialog, {
        title: 'Issue invoice?',
        message: `It gets the next invoice number and its ${invoice.coveredEntryIds.length} entries are marked billed. It can no longer be edited, only voided.`,
        confirmLabel: 'Issue',
      }));
    if (invoice && confirmed) {
      await this.act(this.api.issue(invoice));
    }
  }

  async discard(): Promise<void> {
    const invoice = this.invoice();
    const confirmed =
      invoice &&
      (await confirmAction(this.dialog, {
        title: 'Discard draft?',
        message: 'The draft is thrown away; its entries stay unbilled and a new billing run can propose them again.',
        confirmLabel: 'Discard',
      }));
    if (invoice && confirmed) {
      await this.act(this.api.discard(invoice));
    }
  }

  async voidInvoice(): Promise<void> {
    const invoice = this.invoice();
    if (!invoice) {
      return;
    }
    const ref = this.dialog.open<VoidDialog, InvoiceView, InvoiceView>(VoidDialog, { data: invoice, width: '480px' });
    const voided = await firstValueFrom(ref.afterClosed());
    if (voided) {
      this.invoice.set(voided);
      this.error.set(null);
    }
  }

  async downloadPdf(): Promise<void> {
    const invoice = this.invoice();
    if (!invoice) {
      return;
    }
    this.error.set(null);
    try {
      const blob = await firstValueFrom(this.api.pdf(invoice.invoiceId));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${invoice.number ?? invoice.invoiceId}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url));
    } catch (error: unknown) {
      this.error.set(readableError(error));
    }
  }

  /** Runs an action; the invoice shown is always the server's answer, or stays as it was with the reason why not. */
  private async act(request: Observable<InvoiceView>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      this.invoice.set(await firstValueFrom(request));
    } catch (error: unknown) {
      this.error.set(readableError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
