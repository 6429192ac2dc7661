import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ReportFreshness } from '@billing/reporting/contracts';
import { freshnessNotice } from './report-freshness-notice';

/**
 * Above a report's totals: a warning while the read model trails the event store (the totals may be incomplete),
 * otherwise a discreet "Counted through" line.
 */
@Component({
  selector: 'app-report-freshness',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (notice(); as notice) {
      @if (notice.kind === 'behind') {
        <div class="freshness-banner" role="status" aria-label="Report freshness">
          <mat-icon svgIcon="update" />
          <span class="freshness-text">{{ notice.text }}</span>
          <button mat-button type="button" (click)="refresh.emit()">Refresh</button>
        </div>
      } @else {
        <p class="counted-through">{{ notice.text }}</p>
      }
    }
  `,
  styles: `
    :host { display: block; }
    .freshness-banner {
      display: flex; align-items: center; gap: 12px; margin-bottom: 12px; padding: 8px 12px 8px 16px; border-radius: 12px;
      border: 2px solid var(--mat-sys-error); background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container);
    }
    .freshness-banner mat-icon { flex: none; }
    .freshness-text { flex: 1; }
    .counted-through { margin: 0 0 8px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); font-variant-numeric: tabular-nums; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFreshnessLine {
  readonly freshness = input<ReportFreshness | undefined>(undefined);
  /** Asked from the warning: run the report again. */
  readonly refresh = output<void>();

  // The browser's clock when this answer came in: recomputed only when a new answer arrives.
  protected readonly notice = computed(() => freshnessNotice(this.freshness(), Date.now()));
}
