import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { DatedRateView } from '@billing/rates/contracts';
import { moneyLabel } from '../shared/billing-money';
import { isCurrent } from './rate-dates';

/** A scope's rates by date, newest first, the one valid today marked; Remove per rate for writers. */
@Component({
  selector: 'app-rate-history-table',
  imports: [MatButtonModule],
  template: `
    <div class="table-card">
      <table class="history" [attr.aria-label]="label()">
        <thead>
          <tr>
            <th scope="col">Valid from</th>
            <th scope="col">Valid until</th>
            <th scope="col" class="figure">Rate per hour</th>
            <th scope="col"><span class="cdk-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (rate of newestFirst(); track rate.validFrom) {
            <tr>
              <td>
                {{ rate.validFrom }}
                @if (current(rate)) {
                  <span class="status-pill current">Current</span>
                }
              </td>
              <td>{{ rate.validUntil ?? 'open-ended' }}</td>
              <td class="figure">{{ money(rate.ratePerHour) }}</td>
              <td class="figure">
                @if (canWrite()) {
                  <button mat-stroked-button type="button" [attr.aria-label]="'Remove rate from ' + rate.validFrom" (click)="remove.emit(rate)">Remove</button>
                }
              </td>
            </tr>
          } @empty {
            <tr><td class="table-message" colspan="4">No rate at this level yet.</td></tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .history { width: 100%; border-collapse: collapse; }
    th, td { padding: 8px 12px; text-align: left; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .figure { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .status-pill.current { margin-left: 8px; background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); text-transform: none; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RateHistoryTable {
  readonly history = input.required<readonly DatedRateView[]>();
  readonly today = input.required<string>();
  readonly label = input('Rate history');
  readonly canWrite = input(false);
  readonly remove = output<DatedRateView>();
  protected readonly money = moneyLabel;

  protected newestFirst(): DatedRateView[] {
    return [...this.history()].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  }

  protected current(rate: DatedRateView): boolean {
    return isCurrent(rate, this.today());
  }
}
