import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { SavedReportView } from '@billing/reporting/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { groupingLabel } from '../../../shared/report/report-format';
import { PERIOD_PRESET_LABELS, periodLabel } from '../../../shared/report/report-period';
import { ReportsApi } from '../../../shared/report/reports-api';
import { classifyApiError } from '../../setup/shared/api-error';
import { confirmAction } from '../../setup/shared/confirm-dialog';
import { definitionOfSaved, saveRequestOf } from '../shared/report-definition';
import { canShareLinks } from '../shared/share-permission';
import { openSaveReportDialog } from './save-report-dialog';
import { openShareLinksDialog } from './share-links-dialog';

/** The person's saved reports and those shared with the organisation: open, rename, share, delete. */
@Component({
  selector: 'app-saved-reports-page',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, MatProgressBarModule, RouterLink],
  templateUrl: './saved-reports-page.html',
  styles: `
    .saved-table { border-collapse: collapse; }
    .saved-table th, .saved-table td { height: 44px; padding: 0 16px; text-align: left; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .saved-table thead th { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); background: var(--mat-sys-surface-container-low); }
    .saved-table tbody tr:hover { background: var(--mat-sys-surface-container); }
    .saved-table .actions-cell { width: 48px; text-align: right; }
    .status-pill { text-transform: none; }
  `,
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavedReportsPage {
  private readonly api = inject(ReportsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly mayShare = canShareLinks();
  private readonly reloads = signal(0);
  protected readonly list = rxResource({ params: () => this.reloads(), stream: () => this.api.savedReports() });
  protected readonly items = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly grouping = groupingLabel;

  protected period(report: SavedReportView): string {
    return report.period.kind === 'relative' ? PERIOD_PRESET_LABELS[report.period.relative] : periodLabel(report.period);
  }

  protected async rename(report: SavedReportView): Promise<void> {
    const saved = await openSaveReportDialog(this.dialog, { definition: definitionOfSaved(report), today: '', existing: report, renameOnly: true });
    if (saved) {
      this.done(`Renamed to "${saved.name}"`);
    }
  }

  protected async toggleShared(report: SavedReportView): Promise<void> {
    const request = saveRequestOf(definitionOfSaved(report), '', { name: report.name, shared: !report.shared, fixed: false });
    await this.attempt(this.api.replaceSaved(report.id, request), report.shared ? 'Now only you see it' : 'Shared within the organisation');
  }

  protected share(report: SavedReportView): void {
    void openShareLinksDialog(this.dialog, report);
  }

  protected async remove(report: SavedReportView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: `Delete "${report.name}"?`,
      message: 'The saved report and every link to it stop working. The time itself is not touched.',
      confirmLabel: 'Delete',
    });
    if (confirmed) {
      await this.attempt(this.api.deleteSaved(report.id), 'Report deleted');
    }
  }

  private async attempt(request: Observable<unknown>, done: string): Promise<void> {
    try {
      await firstValueFrom(request);
      this.done(done);
    } catch (error: unknown) {
      this.snackBar.open(classifyApiError(error).message, 'Dismiss', { duration: 8000 });
      this.reloads.update((count) => count + 1);
    }
  }

  private done(message: string): void {
    this.snackBar.open(message, undefined, { duration: 4000 });
    this.reloads.update((count) => count + 1);
  }
}
