import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { classifyApiError } from './api-error';
import { confirmAction, ConfirmRequest } from './confirm-dialog';
import { SetupApi } from './setup-api';

export interface RowAction {
  /** Confirmation to ask for first; none for harmless actions like unarchive. */
  readonly confirm?: ConfirmRequest;
  readonly path: string;
  readonly revision: number;
  readonly body?: unknown;
  readonly done: string;
}

/**
 * Status actions from a table row (archive, deactivate, complete): confirm, POST with If-Match and an
 * Idempotency-Key, then report. A stale revision offers to reload the list. Call in an injection context.
 */
export function createRowActions(reload: () => void) {
  const api = inject(SetupApi);
  const dialog = inject(MatDialog);
  const snackBar = inject(MatSnackBar);

  return async (action: RowAction): Promise<boolean> => {
    if (action.confirm && !(await confirmAction(dialog, action.confirm))) {
      return false;
    }
    try {
      await firstValueFrom(api.action(action.path, action.body ?? {}, action.revision, crypto.randomUUID()));
      snackBar.open(action.done, undefined, { duration: 4000 });
      reload();
      return true;
    } catch (error: unknown) {
      const failure = classifyApiError(error);
      const ref = snackBar.open(failure.message, failure.kind === 'stale' ? 'Reload' : 'Dismiss', { duration: 10_000 });
      if (failure.kind === 'stale') {
        void firstValueFrom(ref.onAction()).then(() => reload());
      }
      return false;
    }
  };
}
