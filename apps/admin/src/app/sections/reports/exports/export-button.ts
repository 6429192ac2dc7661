import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { EXPORT_FORMATS, type ExportDefinition, type ExportFormat, type ExportView } from '@billing/exports/contracts';
import type { TimeReportRequest } from '@billing/reporting/contracts';
import { classifyApiError } from '../../setup/shared/api-error';
import { ExportsApi, followExport, FORMAT_LABELS } from './exports-api';

/**
 * "Export" on a report: pick a format, the export runs as a queued job with a progress bar (percent and rows written),
 * and a Download button appears when the file is ready.
 */
@Component({
  selector: 'app-export-button',
  imports: [DecimalPipe, MatButtonModule, MatMenuModule, MatProgressBarModule],
  template: `
    <button mat-stroked-button type="button" [matMenuTriggerFor]="formats" [disabled]="(!report() && !definition()) || running()" data-testid="export-button">Export</button>
    <mat-menu #formats="matMenu">
      @for (format of formatChoices(); track format) {
        <button mat-menu-item type="button" (click)="start(format)" [attr.data-testid]="'export-format-' + format">{{ labels[format] }}</button>
      }
    </mat-menu>
    @if (view(); as view) {
      <div class="export-status" data-testid="export-status" [attr.data-status]="view.status" role="status">
        @if (view.status === 'queued' || view.status === 'running') {
          <mat-progress-bar mode="determinate" [value]="view.progress?.percent ?? 0" aria-label="Export progress" data-testid="export-progress" />
          <span class="export-text">{{ view.progress?.percent ?? 0 }} % · {{ view.progress?.rowsWritten ?? 0 | number }} rows</span>
          <button mat-button type="button" (click)="cancel(view.exportId)">Cancel</button>
        } @else if (view.status === 'completed') {
          <span class="export-text">{{ view.rowCount | number }} rows</span>
          <button mat-flat-button type="button" (click)="download(view.exportId)" data-testid="export-download">Download {{ labels[view.format] }}</button>
        } @else {
          <span class="export-text">Export {{ view.status }}{{ view.failureReason ? ': ' + view.failureReason : '' }}</span>
        }
      </div>
    }
  `,
  styles: `
    :host { display: inline-flex; align-items: center; gap: 12px; }
    .export-status { display: inline-flex; align-items: center; gap: 8px; min-width: 240px; }
    .export-status mat-progress-bar { width: 120px; }
    .export-text { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportButton {
  private readonly api = inject(ExportsApi);
  private readonly snackBar = inject(MatSnackBar);
  private destroyed = false;

  /** The report as it is built on screen; null while its period is incomplete. */
  readonly report = input<TimeReportRequest | null>(null);

  /** Any other export definition (e.g. the audit log); used when no report is given. */
  readonly definition = input<ExportDefinition | null>(null);
  /** The formats offered; the audit log has CSV and JSON only. */
  readonly formatChoices = input<readonly ExportFormat[]>(EXPORT_FORMATS);

  protected readonly labels = FORMAT_LABELS;
  protected readonly view = signal<ExportView | null>(null);
  protected readonly running = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  protected async start(format: ExportFormat): Promise<void> {
    const report = this.report();
    const definition = this.definition();
    if (!report && !definition) return;
    this.running.set(true);
    try {
      const key = crypto.randomUUID();
      const { exportId } = report ? await this.api.request(format, report, key) : await this.api.requestDefinition(format, definition as ExportDefinition, key);
      await followExport(this.api, exportId, (view) => this.view.set(view), () => this.destroyed);
    } catch (error) {
      this.snackBar.open(classifyApiError(error).message, undefined, { duration: 6000 });
    } finally {
      this.running.set(false);
    }
  }

  protected async cancel(exportId: string): Promise<void> {
    try {
      this.view.set(await this.api.cancel(exportId));
    } catch (error) {
      this.snackBar.open(classifyApiError(error).message, undefined, { duration: 6000 });
    }
  }

  protected async download(exportId: string): Promise<void> {
    try {
      await this.api.download(exportId);
    } catch (error) {
      this.snackBar.open(classifyApiError(error).message, undefined, { duration: 6000 });
    }
  }
}
