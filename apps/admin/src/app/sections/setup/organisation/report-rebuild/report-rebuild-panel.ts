import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ReportRebuildStatus } from '@billing/reporting/contracts';
import { firstValueFrom } from 'rxjs';
import { freshnessInstant } from '../../../../shared/report/report-freshness-notice';
import { classifyApiError } from '../../shared/api-error';
import { confirmAction } from '../../shared/confirm-dialog';
import { ReportRebuildApi } from './report-rebuild-api';
import { keepsPolling, rebuildAppliedText, rebuildProgressView, rebuildStateText } from './report-rebuild-text';

/** Between two status requests while a rebuild runs. */
export const REBUILD_POLL_MS = 1500;

const CONFIRM = {
  title: 'Rebuild the reports?',
  message:
    'The report tables are rebuilt from the whole event history in the background. Reports keep answering from the ' +
    'current tables during the rebuild and switch over to the rebuilt ones at the end. With a long history this takes ' +
    'a few minutes.',
  confirmLabel: 'Rebuild reports',
};

/**
 * The report read model's rebuild (for organisation managers): its state, times and progress, followed while it runs,
 * and a button that starts one after a confirmation.
 */
@Component({
  selector: 'app-report-rebuild-panel',
  imports: [MatButtonModule, MatProgressBarModule],
  template: `
    <section class="panel-card rebuild-panel" aria-labelledby="report-rebuild-heading">
      <h2 id="report-rebuild-heading">Report read model</h2>
      <p class="rebuild-intro">
        Reports answer from tables built from the event history. A rebuild recreates them from every event, for
        example after a change to how reports are computed.
      </p>
      @if (status(); as current) {
        <p class="rebuild-state" role="status" aria-label="Rebuild state">{{ stateText() }}</p>
        @if (current.startedAt !== null) {
          <dl class="rebuild-times">
            <dt>Started</dt>
            <dd>{{ instant(current.startedAt) }}</dd>
            <dt>Finished</dt>
            <dd>{{ current.finishedAt === null ? '—' : instant(current.finishedAt) }}</dd>
          </dl>
        }
        @if (current.error) {
          <div class="form-alert" role="alert"><span class="form-alert-text">{{ current.error }}</span></div>
        }
        @if (progress(); as shown) {
          <mat-progress-bar mode="determinate" [value]="shown.percent" aria-label="Rebuild progress" />
          <p class="rebuild-count">{{ shown.text }}</p>
        } @else if (running()) {
          <mat-progress-bar mode="indeterminate" aria-label="Rebuild progress" />
        }
        @if (appliedText(); as applied) {
          <p class="rebuild-count">{{ applied }}</p>
        }
      } @else if (!failure()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the rebuild state" />
      }
      @if (failure(); as message) {
        <div class="form-alert" role="alert">
          <span class="form-alert-text">{{ message }}</span>
          <button mat-button type="button" (click)="refresh()">Refresh</button>
        </div>
      }
      <div class="rebuild-actions">
        <button mat-flat-button type="button" (click)="confirmRebuild()" [disabled]="running() || starting()">Rebuild reports</button>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 24px;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .rebuild-intro,
    .rebuild-count {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .rebuild-count {
      margin-top: 6px;
      font-variant-numeric: tabular-nums;
    }
    .rebuild-state {
      margin: 0 0 8px;
      font: var(--mat-sys-body-large);
    }
    .rebuild-times {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
      font: var(--mat-sys-body-medium);
      dt {
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
    }
    .rebuild-actions {
      display: flex;
      justify-content: flex-end;
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportRebuildPanel {
  private readonly api = inject(ReportRebuildApi);
  private readonly dialog = inject(MatDialog);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  protected readonly status = signal<ReportRebuildStatus | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly starting = signal(false);
  protected readonly running = computed(() => keepsPolling(this.status()));
  protected readonly stateText = computed(() => {
    const current = this.status();
    return current === null ? '' : rebuildStateText(current);
  });
  protected readonly progress = computed(() => {
    const current = this.status();
    return current === null ? null : rebuildProgressView(current);
  });
  protected readonly appliedText = computed(() => {
    const current = this.status();
    return current === null ? null : rebuildAppliedText(current);
  });
  protected readonly instant = (iso: string) => freshnessInstant(iso);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.timer);
    });
    void this.refresh();
  }

  protected async confirmRebuild(): Promise<void> {
    if (!(await confirmAction(this.dialog, CONFIRM)) || this.destroyed) {
      return;
    }
    this.starting.set(true);
    try {
      this.follow(await firstValueFrom(this.api.start()));
    } catch (error) {
      this.failure.set(classifyApiError(error).message);
    } finally {
      this.starting.set(false);
    }
  }

  /** Reads the status, and schedules the next read while a rebuild runs; a failed read stops until Refresh. */
  protected async refresh(): Promise<void> {
    clearTimeout(this.timer);
    try {
      this.follow(await firstValueFrom(this.api.status()));
    } catch (error) {
      this.failure.set(classifyApiError(error).message);
    }
  }

  private follow(status: ReportRebuildStatus): void {
    clearTimeout(this.timer);
    this.status.set(status);
    this.failure.set(null);
    if (!this.destroyed && keepsPolling(status)) {
      this.timer = setTimeout(() => void this.refresh(), REBUILD_POLL_MS);
    }
  }
}
