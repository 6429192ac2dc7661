import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TimeEntryView } from '@billing/time-tracking/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { TimeApi } from '../shared/time-api';
import { TimeContext } from '../shared/time-context';
import { explainTimeConflicts } from '../shared/time-errors';
import { buildEntryForm, ENTRY_PATH_ALIASES, entryChanges, setEntry } from './entry-form';
import { ProjectTaskFields } from './project-task-fields';

export interface EntryDialogData {
  readonly entry: TimeEntryView;
  readonly timeZone: string;
  /** The TimeContext of the section (dialogs live outside the routed component tree). */
  readonly context: TimeContext;
}

/** Edits an entry: PATCH with only the changed fields and If-Match; 409s explained, a stale revision reloadable. */
@Component({
  selector: 'app-entry-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule, FormAlerts, ProjectTaskFields],
  templateUrl: './entry-dialog.html',
  styles: `
    .checkbox-cell { display: flex; align-items: center; min-height: 56px; }
    .form-error-text { margin: -4px 0 4px; color: var(--mat-sys-error); font: var(--mat-sys-body-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntryDialog {
  private readonly api = inject(TimeApi);
  private readonly ref = inject<MatDialogRef<EntryDialog, TimeEntryView>>(MatDialogRef);
  private readonly data = inject<EntryDialogData>(MAT_DIALOG_DATA);
  protected readonly context = this.data.context;
  protected readonly zone = this.data.timeZone;
  protected readonly entry = signal(this.data.entry);
  protected readonly form = buildEntryForm(inject(NonNullableFormBuilder));
  protected readonly submission = new FormSubmission(this.form, { aliases: ENTRY_PATH_ALIASES });
  protected readonly message = errorMessage;
  protected readonly locked = computed(() => this.entry().billed);

  constructor() {
    setEntry(this.form, this.data.entry, this.zone);
    if (this.data.entry.billed) {
      this.form.disable();
    }
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const entry = this.entry();
    const changes = entryChanges(this.form, entry, this.zone);
    if (Object.keys(changes).length === 0) {
      this.ref.close();
      return;
    }
    const saved = await this.submission.submit(changes, () => this.api.updateEntry(entry.id, changes, entry.revision).pipe(explainTimeConflicts()));
    if (saved) {
      this.ref.close(saved);
    }
  }

  /** After a stale-revision conflict: the entry as it is now; the person redoes their change. */
  protected async reload(): Promise<void> {
    const fresh = await firstValueFrom(this.api.entry(this.entry().id));
    this.entry.set(fresh);
    this.form.enable({ emitEvent: false });
    setEntry(this.form, fresh, this.zone);
    this.submission.reset();
  }
}
