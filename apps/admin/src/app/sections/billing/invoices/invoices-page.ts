import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { InvoiceStatusName } from '@billing/billing/contracts';
import { classifyApiError } from '../../setup/shared/api-error';
import { BillingApi } from '../shared/billing-api';
import { moneyLabel } from '../shared/billing-money';
import { invoiceStatusLabel } from '../shared/billing-text';

type StatusFilter = InvoiceStatusName | 'all';

/** Every invoice with its status, number, client, total and dates; drafts first, then by number descending. */
@Component({
  selector: 'app-invoices-page',
  imports: [RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule, MatTableModule],
  templateUrl: './invoices-page.html',
  styleUrl: '../shared/billing-shared.scss',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoicesPage {
  private readonly api = inject(BillingApi);
  protected readonly status = signal<StatusFilter>('all');
  private readonly list = rxResource({
    params: () => ({ status: this.status() }),
    stream: ({ params }) => this.api.invoices(params.status === 'all' ? {} : { status: params.status }),
  });

  protected readonly invoices = computed(() => (this.list.hasValue() ? this.list.value() : []));
  protected readonly loading = this.list.isLoading;
  protected readonly failure = computed(() => (this.list.status() === 'error' ? classifyApiError(this.list.error()).message : null));
  protected readonly columns = ['number', 'client', 'status', 'issuedOn', 'lines', 'total'];
  protected readonly statuses: readonly { value: StatusFilter; label: string }[] = [
    { value: 'all', label: 'All' },
    { value: 'draft', label: 'Draft' },
    { value: 'issued', label: 'Issued' },
    { value: 'voided', label: 'Void' },
    { value: 'discarded', label: 'Discarded' },
  ];
  protected readonly money = moneyLabel;
  protected readonly statusLabel = invoiceStatusLabel;

  protected reload(): void {
    this.list.reload();
  }
}
