import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TimeEntryView } from '@billing/time-tracking/contracts';
import { formatDuration } from '../shared/duration-text';
import { createEntryActions, entrySpan } from '../shared/entry-actions';

export interface DayEntriesDialogData {
  readonly title: string;
  readonly entries: readonly TimeEntryView[];
  readonly timeZone: string;
}

/** The entries behind a timesheet cell that holds several: pick one to edit or delete. */
@Component({
  selector: 'app-day-entries-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p class="day-note">This cell holds {{ data.entries.length }} entries. Change the one you mean.</p>
      <ul class="day-entries" aria-label="Entries of the day">
        @for (entry of data.entries; track entry.id) {
          <li class="day-entry">
            <div class="day-entry-what">
              <div class="day-entry-span">{{ span(entry) }}</div>
              <div class="day-entry-description">{{ entry.description || 'No description' }}</div>
            </div>
            <span class="day-entry-duration">{{ duration(entry.durationSeconds) }}</span>
            <button mat-icon-button type="button" [attr.aria-label]="'Edit entry ' + span(entry)" (click)="edit(entry)">
              <mat-icon svgIcon="edit" />
            </button>
            <button mat-icon-button type="button" [attr.aria-label]="'Delete entry ' + span(entry)" [disabled]="entry.running || entry.billed" (click)="remove(entry)">
              <mat-icon svgIcon="delete" />
            </button>
          </li>
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .day-note { margin: 0 0 8px; color: var(--mat-sys-on-surface-variant); }
    .day-entries { list-style: none; margin: 0; padding: 0; }
    .day-entry { display: flex; align-items: center; gap: 8px; padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .day-entry-what { flex: 1; min-width: 0; }
    .day-entry-span { font: var(--mat-sys-title-small); }
    .day-entry-description { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .day-entry-duration { font-variant-numeric: tabular-nums; font-weight: 600; min-width: 48px; text-align: right; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DayEntriesDialog {
  protected readonly data = inject<DayEntriesDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DayEntriesDialog>);
  private readonly actions = createEntryActions();
  protected readonly duration = formatDuration;

  protected span(entry: TimeEntryView): string {
    return entrySpan(entry, this.data.timeZone);
  }

  protected async edit(entry: TimeEntryView): Promise<void> {
    if (await this.actions.edit(entry)) {
      this.ref.close();
    }
  }

  protected async remove(entry: TimeEntryView): Promise<void> {
    if (await this.actions.remove(entry)) {
      this.ref.close();
    }
  }
}
