import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MAX_SAVED_REPORT_NAME_LENGTH, SavedReportView } from '@billing/reporting/contracts';
import { firstValueFrom } from 'rxjs';
import { PERIOD_PRESET_LABELS } from '../../../shared/report/report-period';
import { ReportsApi } from '../../../shared/report/reports-api';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { ReportDefinition, saveRequestOf } from '../shared/report-definition';

export interface SaveReportDialogData {
  readonly definition: ReportDefinition;
  /** The organisation's local day, to fix a relative period at. */
  readonly today: string;
  /** The saved report on screen, if any. */
  readonly existing: SavedReportView | null;
  /** Only the name changes. */
  readonly renameOnly?: boolean;
}

/** Saves the report on screen (new, or replacing the one opened), or renames a saved report. */
@Component({
  selector: 'app-save-report-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, FormAlerts],
  templateUrl: './save-report-dialog.html',
  styles: `
    .full-width { width: 100%; margin-top: 4px; }
    mat-checkbox { display: block; }
    .period-choice { display: flex; flex-direction: column; gap: 2px; margin: 4px 0 8px; }
    .choice-title { font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface-variant); margin: 8px 0 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveReportDialog {
  private readonly api = inject(ReportsApi);
  private readonly ref = inject<MatDialogRef<SaveReportDialog, SavedReportView>>(MatDialogRef);
  protected readonly data = inject<SaveReportDialogData>(MAT_DIALOG_DATA);
  private readonly mine = this.data.existing?.mine === true ? this.data.existing : null;

  protected readonly maxName = MAX_SAVED_REPORT_NAME_LENGTH;
  protected readonly relativeLabel = this.data.definition.preset === 'custom' ? null : PERIOD_PRESET_LABELS[this.data.definition.preset];
  protected readonly replaceable = this.mine !== null && !this.data.renameOnly;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.existing?.name ?? '', [Validators.required, Validators.maxLength(MAX_SAVED_REPORT_NAME_LENGTH)]],
    period: [this.data.existing?.period.kind === 'fixed' ? 'fixed' : 'relative'],
    shared: [this.data.existing?.shared ?? false],
    replace: [this.mine !== null],
  });
  protected readonly submission = new FormSubmission(this.form, { aliases: { 'period.from': 'period', 'period.to': 'period', 'period.relative': 'period', 'period.kind': 'period' } });
  protected readonly message = errorMessage;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const value = this.form.getRawValue();
    const request = saveRequestOf(this.data.definition, this.data.today, { name: value.name, shared: value.shared, fixed: value.period === 'fixed' });
    const target = this.mine && (value.replace || this.data.renameOnly) ? this.mine : null;
    const saved = target
      ? await this.submission.submit(request, () => this.api.replaceSaved(target.id, request))
      : await this.submission.submit(request, (key) => this.api.createSaved(request, key));
    if (saved) {
      this.ref.close(saved);
    }
  }
}

export async function openSaveReportDialog(dialog: MatDialog, data: SaveReportDialogData): Promise<SavedReportView | null> {
  const ref = dialog.open<SaveReportDialog, SaveReportDialogData, SavedReportView>(SaveReportDialog, { data, width: '520px', maxWidth: '95vw' });
  return (await firstValueFrom(ref.afterClosed())) ?? null;
}
