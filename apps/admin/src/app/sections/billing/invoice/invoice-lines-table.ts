import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { InvoiceLineView, InvoiceView } from '@billing/billing/contracts';
import { discountLabel, hoursLabel, moneyLabel, percentText } from '../shared/billing-money';

/** An invoice's lines and totals as the server computed them; Edit and Delete buttons per line on drafts. */
@Component({
  selector: 'app-invoice-lines-table',
  imports: [MatButtonModule],
  template: `
    <div class="table-card">
      <table class="mat-mdc-table lines" [attr.aria-label]="'Lines of ' + (invoice().number ?? 'the draft')">
        <thead>
          <tr>
            <th scope="col">Description</th>
            <th scope="col" class="figure">Quantity</th>
            <th scope="col" class="figure">Unit price</th>
            <th scope="col" class="figure">Discount</th>
            <th scope="col" class="figure">Net</th>
            @if (editable()) {
              <th scope="col"><span class="cdk-visually-hidden">Actions</span></th>
            }
          </tr>
        </thead>
        <tbody>
          @for (line of invoice().lines; track line.lineId) {
            <tr>
              <td>
                {{ line.description }}
                @if (line.notes) {
                  <div class="secondary">{{ line.notes }}</div>
                }
              </td>
              <td class="figure">{{ quantity(line) }}</td>
              <td class="figure">{{ money(line.unitAmount) }}</td>
              <td class="figure">{{ discount(line) }}</td>
              <td class="figure">{{ money(line.net) }}</td>
              @if (editable()) {
                <td class="figure">
                  <button mat-stroked-button type="button" [attr.aria-label]="'Edit line ' + line.description" (click)="edit.emit(line)">Edit</button>
                  <button mat-button type="button" class="delete-line" [attr.aria-label]="'Delete line ' + line.description" (click)="remove.emit(line)">Delete</button>
                </td>
              }
            </tr>
          } @empty {
            <tr><td class="table-message" colspan="6">No lines: nothing billable and unbilled in the selection.</td></tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="4">Subtotal</th>
            <td class="figure" data-total="subtotal">{{ money(invoice().totals.subtotal) }}</td>
            @if (editable()) {
              <td></td>
            }
          </tr>
          <tr>
            <th scope="row" colspan="4">Tax ({{ taxPercent() }} %)</th>
            <td class="figure" data-total="tax">{{ money(invoice().totals.tax) }}</td>
            @if (editable()) {
              <td></td>
            }
          </tr>
          <tr class="grand-total">
            <th scope="row" colspan="4">Total</th>
            <td class="figure" data-total="total">{{ money(invoice().totals.total) }}</td>
            @if (editable()) {
              <td></td>
            }
          </tr>
        </tfoot>
      </table>
    </div>
  `,
  styles: `
    .lines { width: 100%; border-collapse: collapse; }
    th, td { padding: 8px 12px; text-align: left; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    tfoot th { text-align: right; font-weight: 500; }
    .grand-total { font-weight: 600; }
    .figure { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .delete-line { margin-left: 4px; }
    .secondary { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceLinesTable {
  readonly invoice = input.required<InvoiceView>();
  readonly editable = input(false);
  readonly edit = output<InvoiceLineView>();
  readonly remove = output<InvoiceLineView>();
  protected readonly money = moneyLabel;

  protected quantity(line: InvoiceLineView): string {
    return line.quantity.unit === 'seconds' ? `${hoursLabel(line.quantity.value)} h` : String(line.quantity.value);
  }

  protected discount(line: InvoiceLineView): string {
    return discountLabel(line.discount, this.invoice().currency);
  }

  protected taxPercent(): string {
    return percentText(this.invoice().taxRateBasisPoints);
  }
}
