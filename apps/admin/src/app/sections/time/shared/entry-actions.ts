import { inject, Injector } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TimeEntryView } from '@billing/time-tracking/contracts';
import { firstValueFrom } from 'rxjs';
import { AdjustEntryDialog, AdjustEntryDialogData } from '../entries/adjust-entry-dialog';
import { DeleteEntryDialog, DeleteEntryDialogData } from '../entries/delete-entry-dialog';
import { EntryDialog, EntryDialogData } from '../entries/entry-dialog';
import { formatDuration } from './duration-text';
import { instantMs, shortDayLabel, timeOfDayInZone } from './local-time';
import { TimeApi } from './time-api';
import { TimeContext } from './time-context';
import { classifyTimeError } from './time-errors';

/** `Tue 10 Mar, 09:00–10:30` in the organisation's zone; `Wed 1 Apr, adjustment` for an adjusting entry. */
export function entrySpan(entry: TimeEntryView, zone: string): string {
  if (entry.adjustment) {
    return `${shortDayLabel(entry.day)}, adjustment`; // a correction has no times of day
  }
  const start = timeOfDayInZone(instantMs(entry.startedAt), zone);
  const end = entry.endedAt ? timeOfDayInZone(instantMs(entry.endedAt), zone) : 'running';
  return `${shortDayLabel(entry.day)}, ${start}–${end}`;
}

/**
 * Edit and delete of one entry from any Time screen: the edit dialog, and delete with a reason and If-Match.
 * Both tell the section to reload. Call in an injection context below the Time routes.
 */
export function createEntryActions() {
  const api = inject(TimeApi);
  const dialog = inject(MatDialog);
  const snackBar = inject(MatSnackBar);
  const context = inject(TimeContext);
  const injector = inject(Injector);

  return {
    async edit(entry: TimeEntryView): Promise<TimeEntryView | null> {
      const timeZone = context.timeZone() ?? 'UTC';
      const data: EntryDialogData = { entry, timeZone, context };
      const ref = dialog.open<EntryDialog, EntryDialogData, TimeEntryView>(EntryDialog, { data, width: '640px', maxWidth: '95vw', injector });
      const saved = (await firstValueFrom(ref.afterClosed())) ?? null;
      if (saved) {
        snackBar.open('Entry saved', undefined, { duration: 3000 });
        context.changed();
      }
      return saved;
    },

    /** An adjusting entry for an entry of a closed period; resolves the posted adjustment, or null when cancelled. */
    async adjust(entry: TimeEntryView): Promise<TimeEntryView | null> {
      const summary = `${context.lineLabel(entry.projectId, entry.taskId)}, ${entrySpan(entry, context.timeZone() ?? 'UTC')}`;
      const data: AdjustEntryDialogData = { entry, summary, context };
      const ref = dialog.open<AdjustEntryDialog, AdjustEntryDialogData, TimeEntryView>(AdjustEntryDialog, { data, width: '640px', maxWidth: '95vw', injector });
      const posted = (await firstValueFrom(ref.afterClosed())) ?? null;
      if (posted) {
        snackBar.open(`Adjustment of ${formatDuration(posted.durationSeconds)} posted on ${posted.day}`, undefined, { duration: 5000 });
        context.changed();
      }
      return posted;
    },

    async remove(entry: TimeEntryView): Promise<boolean> {
      const summary = `${context.lineLabel(entry.projectId, entry.taskId)}, ${entrySpan(entry, context.timeZone() ?? 'UTC')} (${formatDuration(entry.durationSeconds)})`;
      const ref = dialog.open<DeleteEntryDialog, DeleteEntryDialogData, { reason: string }>(DeleteEntryDialog, { data: { summary }, width: '460px' });
      const answer = await firstValueFrom(ref.afterClosed());
      if (!answer) {
        return false;
      }
      try {
        await firstValueFrom(api.deleteEntry(entry.id, entry.revision, answer.reason || undefined));
        snackBar.open('Entry deleted', undefined, { duration: 3000 });
        return true;
      } catch (error: unknown) {
        const failure = classifyTimeError(error);
        snackBar.open(failure.kind === 'stale' ? 'The entry changed elsewhere; the list now shows it as it is. Try again.' : failure.message, 'Dismiss', { duration: 10_000 });
        return false;
      } finally {
        context.changed();
      }
    },
  };
}
