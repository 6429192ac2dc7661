import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

export interface DeleteEntryDialogData {
  /** What is deleted, e.g. "Acme Support · Support, Tue 10 Mar 9:00–10:30". */
  readonly summary: string;
}

/** Asks before deleting an entry, with an optional reason for its history. Closes with `{ reason }` on yes. */
@Component({
  selector: 'app-delete-entry-dialog',
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Delete this entry?</h2>
    <mat-dialog-content>
      <p class="confirm-message">{{ data.summary }}</p>
      <p class="delete-note">The entry leaves timesheets and reports; its history stays and it can be restored.</p>
      <mat-form-field class="reason-field">
        <mat-label>Reason (optional)</mat-label>
        <input matInput maxlength="500" [ngModel]="reason()" (ngModelChange)="reason.set($event)" />
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="{ reason: reason().trim() }">Delete entry</button>
    </mat-dialog-actions>
  `,
  styles: `
    .delete-note { margin: 8px 0 16px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .reason-field { width: 100%; }
    .danger { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteEntryDialog {
  protected readonly data = inject<DeleteEntryDialogData>(MAT_DIALOG_DATA);
  protected readonly reason = signal('');
}
