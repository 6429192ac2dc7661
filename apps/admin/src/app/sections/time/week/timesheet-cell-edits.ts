import { inject, Injectable, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom, Observable } from 'rxjs';
import { confirmAction } from '../../setup/shared/confirm-dialog';
import { IdempotencyKeys } from '../../setup/shared/idempotency-keys';
import { formatCellDuration, parseDurationText } from '../shared/duration-text';
import { TimeApi } from '../shared/time-api';
import { TimeContext } from '../shared/time-context';
import { classifyTimeError } from '../shared/time-errors';
import { CellChange, planCellChange, TimesheetCell, TimesheetRow } from './timesheet';

export type CellOutcome = { readonly kind: 'saved'; readonly display: string } | { readonly kind: 'unchanged' | 'invalid' | 'choose' | 'failed' };

const cellKey = (row: TimesheetRow, day: string) => `${row.key}|${day}`;

/**
 * Writes what was typed into a timesheet cell: parse, plan (create / change the end / delete / choose), send with
 * an Idempotency-Key or If-Match, and keep a message per cell for what went wrong.
 */
@Injectable()
export class TimesheetCellEdits {
  private readonly api = inject(TimeApi);
  private readonly context = inject(TimeContext);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly createKeys = new Map<string, IdempotencyKeys>();
  private readonly errors = signal<ReadonlyMap<string, string>>(new Map());
  private readonly saving = signal<ReadonlySet<string>>(new Set());

  errorOf(row: TimesheetRow, day: string): string | null {
    return this.errors().get(cellKey(row, day)) ?? null;
  }

  isSaving(row: TimesheetRow, day: string): boolean {
    return this.saving().has(cellKey(row, day));
  }

  /** Any message, for the alert above the grid. */
  readonly messages = () => [...this.errors().values()];

  clearError(row: TimesheetRow, day: string): void {
    this.setError(cellKey(row, day), null);
  }

  async commit(row: TimesheetRow, cell: TimesheetCell, text: string, timeZone: string): Promise<CellOutcome> {
    const key = cellKey(row, cell.day);
    if (text.trim() === formatCellDuration(cell.seconds)) {
      this.setError(key, null);
      return { kind: 'unchanged' };
    }
    const parsed = parseDurationText(text);
    if (!parsed.ok) {
      this.setError(key, `${this.labelOf(row, cell)}: ${parsed.reason}.`);
      return { kind: 'invalid' };
    }
    const change = planCellChange(row, cell, parsed.seconds, timeZone);
    this.setError(key, null);
    switch (change.kind) {
      case 'none':
        return { kind: 'unchanged' };
      case 'choose':
        return { kind: 'choose' };
      case 'refuse':
        this.setError(key, `${this.labelOf(row, cell)}: ${change.reason}`);
        return { kind: 'failed' };
      case 'delete':
        if (!(await this.confirmDelete(row, cell))) {
          return { kind: 'unchanged' };
        }
    }
    const saved = await this.send(key, row, cell, change);
    return saved ? { kind: 'saved', display: formatCellDuration(parsed.seconds ?? 0) } : { kind: 'failed' };
  }

  private async send(key: string, row: TimesheetRow, cell: TimesheetCell, change: CellChange): Promise<boolean> {
    let request: Observable<unknown>;
    let keys: IdempotencyKeys | null = null;
    if (change.kind === 'create') {
      keys = this.createKeys.get(key) ?? new IdempotencyKeys();
      this.createKeys.set(key, keys);
      request = this.api.createEntry(change.request, keys.keyFor(change.request));
    } else if (change.kind === 'update') {
      request = this.api.updateEntry(change.entry.id, { endedAt: change.endedAt }, change.entry.revision);
    } else if (change.kind === 'delete') {
      request = this.api.deleteEntry(change.entry.id, change.entry.revision, 'Cleared in the weekly timesheet');
    } else {
      return false;
    }
    this.saving.update((keysSaving) => new Set(keysSaving).add(key));
    try {
      await firstValueFrom(request);
      keys?.settle();
      this.snackBar.open(change.kind === 'delete' ? 'Entry deleted' : 'Saved', undefined, { duration: 2500 });
      return true;
    } catch (error: unknown) {
      const failure = classifyTimeError(error);
      if (failure.kind !== 'retryable') {
        keys?.settle();
      }
      const reason =
        failure.kind === 'stale'
          ? 'The entry changed elsewhere in the meantime; the week now shows the latest figures. Type the hours again.'
          : failure.kind === 'validation' && failure.fields.length > 0
            ? failure.fields.map((field) => `${field.path} ${field.reason}`).join('; ')
            : failure.message;
      this.setError(key, `${this.labelOf(row, cell)}: ${reason}`);
      return false;
    } finally {
      this.saving.update((keysSaving) => {
        const next = new Set(keysSaving);
        next.delete(key);
        return next;
      });
      this.context.changed();
    }
  }

  private confirmDelete(row: TimesheetRow, cell: TimesheetCell): Promise<boolean> {
    return confirmAction(this.dialog, {
      title: 'Delete this entry?',
      message: `Clearing the cell deletes the entry of ${this.labelOf(row, cell)}. It stays in the history and can be restored.`,
      confirmLabel: 'Delete entry',
    });
  }

  private labelOf(row: TimesheetRow, cell: TimesheetCell): string {
    return `${this.context.lineLabel(row.projectId, row.taskId)} on ${cell.day}`;
  }

  private setError(key: string, message: string | null): void {
    this.errors.update((errors) => {
      const next = new Map(errors);
      if (message) {
        next.set(key, message);
      } else {
        next.delete(key);
      }
      return next;
    });
  }
}
