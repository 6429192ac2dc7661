import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AGE_BUCKETS, AgeBucket, UnbilledByClientView } from '@billing/billing/contracts';
import { createMemberOptions } from '../../setup/shared/member-options';
import { BillingApi } from '../shared/billing-api';
import { hoursLabel, moneyLabel } from '../shared/billing-money';
import { createBillingOptions } from '../shared/billing-options';
import { readableError } from '../shared/readable-error';

/** What is wrong or left to bill: billable entries without a rate, budgets over or near their limit, unbilled hours by age. */
@Component({
  selector: 'app-billing-audit-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule],
  templateUrl: './billing-audit-page.html',
  styleUrl: '../shared/billing-shared.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingAuditPage {
  private readonly api = inject(BillingApi);
  protected readonly options = createBillingOptions();
  protected readonly members = createMemberOptions();
  private readonly resource = rxResource({ stream: () => this.api.audit() });
  protected readonly audit = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  protected readonly loading = this.resource.isLoading;
  protected readonly failure = computed(() => (this.resource.status() === 'error' ? readableError(this.resource.error()) : null));
  protected readonly buckets = AGE_BUCKETS;
  protected readonly hours = hoursLabel;
  protected readonly money = moneyLabel;

  protected bucket(row: UnbilledByClientView, bucket: AgeBucket): string {
    const found = row.buckets.find((candidate) => candidate.bucket === bucket);
    return found && found.entryCount > 0 ? `${hoursLabel(found.billableSeconds)} h · ${moneyLabel(found.amount)}` : '—';
  }

  protected reload(): void {
    this.resource.reload();
  }
}
