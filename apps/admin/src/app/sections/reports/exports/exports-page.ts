import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { DatePipe, DecimalPipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { ExportView } from '@billing/exports/contracts';
import { classifyApiError } from '../../setup/shared/api-error';
import { ExportsApi, FORMAT_LABELS, isFinished } from './exports-api';

const REFRESH_MS = 1000;

/** The signed-in person's recent exports with their status; refreshes while any is queued or running. */
@Component({
  selector: 'app-exports-page',
  imports: [DatePipe, DecimalPipe, MatButtonModule, MatProgressBarModule],
  template: `
    @if (failure(); as message) {
      <p class="form-alert" role="alert">{{ message }}</p>
    }
    @if (items(); as items) {
      @if (items.length === 0) {
        <p class="table-message">No exports yet. Use Export on a report to create one.</p>
      } @else {
        <table class="exports-table" aria-label="Recent exports">
          <thead>
            <tr><th>Requested</th><th>Format</th><th>What</th><th>Status</th><th class="num">Rows</th><th></th></tr>
          </thead>
          <tbody>
            @for (item of items; track item.exportId) {
              <tr [attr.data-export-id]="item.exportId" [attr.data-status]="item.status">
                <td>{{ item.requestedAt | date: 'medium' }}</td>
                <td>{{ labels[item.format] }}</td>
                @if (item.definition.kind === 'time-report') {
                  <td>{{ item.definition.period.from }} – {{ item.definition.period.to }}</td>
                } @else {
                  <td>Audit log</td>
                }
                <td class="status">
                  {{ item.status }}
                  @if (item.status === 'running' || item.status === 'queued') {
                    <mat-progress-bar mode="determinate" [value]="item.progress?.percent ?? 0" aria-label="Export progress" />
                  }
                  @if (item.failureReason) {
                    <span class="reason">{{ item.failureReason }}</span>
                  }
                </td>
                <td class="num">{{ (item.rowCount ?? item.progress?.rowsWritten ?? 0) | number }}</td>
                <td class="actions">
                  @if (item.status === 'completed') {
                    <button mat-button type="button" (click)="download(item)">Download</button>
                  } @else if (item.status === 'running' || item.status === 'queued') {
                    <button mat-button type="button" (click)="cancel(item)">Cancel</button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    } @else {
      <p class="table-message">Loading exports…</p>
    }
  `,
  styles: `
    .exports-table { width: 100%; border-collapse: collapse; }
    .exports-table th, .exports-table td { text-align: left; padding: 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .exports-table .num { text-align: right; }
    .status mat-progress-bar { width: 140px; margin-top: 4px; }
    .reason { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportsPage {
  private readonly api = inject(ExportsApi);
  private readonly snackBar = inject(MatSnackBar);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  protected readonly labels = FORMAT_LABELS;
  protected readonly items = signal<ExportView[] | null>(null);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.timer);
    });
    void this.refresh();
  }

  protected async download(item: ExportView): Promise<void> {
    try {
      await this.api.download(item.exportId);
    } catch (error) {
      this.snackBar.open(classifyApiError(error).message, undefined, { duration: 6000 });
    }
  }

  protected async cancel(item: ExportView): Promise<void> {
    try {
      await this.api.cancel(item.exportId);
      await this.refresh();
    } catch (error) {
      this.snackBar.open(classifyApiError(error).message, undefined, { duration: 6000 });
    }
  }

  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    try {
      const { items } = await this.api.recent();
      this.items.set(items);
      this.failure.set(null);
      if (!this.destroyed && items.some((item) => !isFinished(item))) this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
    } catch (error) {
      this.failure.set(classifyApiError(error).message);
    }
  }
}
